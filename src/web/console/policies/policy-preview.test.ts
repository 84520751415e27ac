import { describe, expect, it } from 'vitest'
import type { EmpowermentPolicy } from '../../api/wire.js'
import { effectivePolicy as clipToChain, evaluateGesture as evaluatePolicy } from '../../../domain/browser.js'
import { articleFor, previewSentence } from './policy-preview.js'
import { barista, usd } from '../../ui/gesture-words.fixtures.js'

describe('previewSentence', () => {
  it('says a comp that would pass the day’s budget needs a manager, naming the budget', () => {
    const preview = previewSentence({ policy: barista, type: 'comp_item', valueMinor: 450, staffTodayMinor: 1_800, customerLast30dMinor: null }, usd)

    expect(preview.text).toBe('A $4.50 comp by a barista who spent $18.00 today → needs a manager (daily budget $20.00)')
  })

  it('says fine within every limit, with what is left of the day’s budget', () => {
    const preview = previewSentence({ policy: barista, type: 'comp_item', valueMinor: 450, staffTodayMinor: 1_350, customerLast30dMinor: null }, usd)

    expect(preview.text).toBe('A $4.50 comp by a barista who spent $13.50 today → fine: within every limit ($2.00 of the day’s budget left)')
  })

  it('checks the per-gesture limit before the day’s budget, as the server does', () => {
    const preview = previewSentence({ policy: { ...barista, maxPerGestureMinor: 500 }, type: 'comp_item', valueMinor: 600, staffTodayMinor: 1_800, customerLast30dMinor: null }, usd)

    expect(preview.text).toBe('A $6.00 comp by a barista who spent $18.00 today → needs a manager (per-gesture limit $5.00)')
  })

  it('checks the type first, in plain words', () => {
    const preview = previewSentence({ policy: barista, type: 'gift', valueMinor: 90_000, staffTodayMinor: 0, customerLast30dMinor: null }, usd)

    expect(preview.text).toBe('A $900.00 gift by a barista who spent $0.00 today → needs a manager (Gift is not something staff give alone)')
  })

  it('names the customer’s 30 days when they are given and would be passed', () => {
    const preview = previewSentence({ policy: barista, type: 'discount', valueMinor: 300, staffTodayMinor: 0, customerLast30dMinor: 1_300 }, usd)

    expect(preview.text).toBe('A $3.00 discount by a barista who spent $0.00 today, for a customer given $13.00 in 30 days → needs a manager ($15.00 per customer in 30 days)')
  })

  it('sends a manager’s request to another manager or an owner', () => {
    const manager: EmpowermentPolicy = { ...barista, role: 'manager', maxPerGestureMinor: 5_000 }

    expect(previewSentence({ policy: manager, type: 'comp_item', valueMinor: 8_000, staffTodayMinor: 0, customerLast30dMinor: null }, usd).text).toBe(
      'An $80.00 comp by a manager who spent $0.00 today → needs another manager or an owner (per-gesture limit $50.00)',
    )
  })
})

describe('evaluatePolicy', () => {
  it('grants at exactly the limits', () => {
    expect(evaluatePolicy(barista, { type: 'comp_item', valueMinor: 800 }, { staffTodayMinor: 1_200, customerLast30dMinor: 700 })).toEqual({ outcome: 'grant', remainingTodayMinor: 0 })
  })
})

describe('clipToChain', () => {
  it('keeps the smaller of each limit and only types both allow', () => {
    const override: EmpowermentPolicy = { role: 'staff', maxPerGestureMinor: 1_000, dailyBudgetMinor: 1_500, maxPerCustomer30dMinor: 1_500, allowedTypes: ['comp_item', 'gift'] }

    expect(clipToChain(barista, override)).toEqual({ role: 'staff', maxPerGestureMinor: 800, dailyBudgetMinor: 1_500, maxPerCustomer30dMinor: 1_500, allowedTypes: ['comp_item'] })
  })
})

describe('articleFor', () => {
  it('reads amounts aloud: an eight, an eleven, an eighteen, an eighty, a four, a one thousand eight hundred', () => {
    expect([8, 11, 18, 80, 800, 8_500, 4, 1_800, 0, 180].map(articleFor)).toEqual(['an', 'an', 'an', 'an', 'an', 'an', 'a', 'a', 'a', 'a'])
  })
})
