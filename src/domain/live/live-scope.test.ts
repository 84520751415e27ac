import { describe, expect, it } from 'vitest'
import { mayWatchEvent } from './live-scope.js'

describe('mayWatchEvent', () => {
  const manager = { role: 'manager' as const, locationId: 'loc-a' }
  const owner = { role: 'owner' as const, locationId: 'loc-a' }

  it("shows staff and managers their own location's events", () => {
    expect(mayWatchEvent(manager, { locationId: 'loc-a' })).toBe(true)
  })

  it("hides another location's events from a manager", () => {
    expect(mayWatchEvent(manager, { locationId: 'loc-b' })).toBe(false)
  })

  it('keeps events with no location for owners', () => {
    expect(mayWatchEvent({ role: 'staff', locationId: 'loc-a' }, { locationId: null })).toBe(false)
    expect(mayWatchEvent(owner, { locationId: null })).toBe(true)
  })

  it('shows an owner every location', () => {
    expect(mayWatchEvent(owner, { locationId: 'loc-b' })).toBe(true)
  })
})
