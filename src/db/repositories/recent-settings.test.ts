import { describe, expect, it } from 'vitest'
import { RECENT_SETTING_MS, RecentSettings } from './outbox.repository.js'

describe('RecentSettings', () => {
  it('keeps a value read for two seconds, then asks again', () => {
    let now = 1_000
    const recent = new RecentSettings(() => now)
    recent.remember('tier_thresholds', '{"vip":20}')

    expect(recent.get('tier_thresholds')).toEqual(expect.objectContaining({ json: '{"vip":20}' }))
    now += RECENT_SETTING_MS
    expect(recent.get('tier_thresholds')).toBeUndefined()
  })

  it('remembers that a setting is not set', () => {
    const recent = new RecentSettings(() => 0)
    recent.remember('business', undefined)

    expect(recent.get('business')).toEqual(expect.objectContaining({ json: undefined }))
  })

  it('keeps nothing for two seconds after a write, so a read racing the commit cannot keep the old value', () => {
    let now = 0
    const recent = new RecentSettings(() => now)
    recent.remember('tier_thresholds', '{"vip":20}')

    recent.forget('tier_thresholds')
    recent.remember('tier_thresholds', '{"vip":20}')
    expect(recent.get('tier_thresholds')).toBeUndefined()
    now += RECENT_SETTING_MS
    recent.remember('tier_thresholds', '{"vip":25}')
    expect(recent.get('tier_thresholds')).toEqual(expect.objectContaining({ json: '{"vip":25}' }))
  })
})
