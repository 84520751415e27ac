import { describe, expect, it } from 'vitest'
import { daysUntilBirthday } from './greeting-card.service.js'
import { tierFor } from '../tiers/index.js'

describe('tierFor', () => {
  it.each([
    [0, 'new'],
    [1, 'new'],
    [2, 'occasional'],
    [5, 'occasional'],
    [6, 'regular'],
    [19, 'regular'],
    [20, 'vip'],
  ])('gives %i visits in 90 days the tier %s', (visits, tier) => {
    expect(tierFor(visits)).toBe(tier)
  })

  it('follows the business’s own thresholds', () => {
    expect(tierFor(3, { occasional: 1, regular: 3, vip: 10 })).toBe('regular')
  })
})

describe('daysUntilBirthday', () => {
  it('counts today as 0 and the seventh day ahead as 7', () => {
    expect(daysUntilBirthday('2026-03-10', { month: 3, day: 10 })).toBe(0)
    expect(daysUntilBirthday('2026-03-10', { month: 3, day: 17 })).toBe(7)
  })

  it('says nothing about a birthday more than a week away or just passed', () => {
    expect(daysUntilBirthday('2026-03-10', { month: 3, day: 18 })).toBeNull()
    expect(daysUntilBirthday('2026-03-10', { month: 3, day: 9 })).toBeNull()
  })

  it('looks across the new year', () => {
    expect(daysUntilBirthday('2026-12-29', { month: 1, day: 2 })).toBe(4)
  })

  it('keeps a 29 February birthday on the 28th in other years', () => {
    expect(daysUntilBirthday('2027-02-26', { month: 2, day: 29 })).toBe(2)
  })
})
