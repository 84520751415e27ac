import { describe, expect, it } from 'vitest'
import { limitInWords, previewGesture } from './gesture-words.js'
import { barista, usd } from './gesture-words.fixtures.js'

describe('previewGesture', () => {
  it('says OK within the per-gesture limit, with what is left today when known', () => {
    const preview = previewGesture(barista, { type: 'comp_item', valueMinor: 400 }, { leftTodayMinor: 1_050 }, usd)

    expect(preview).toEqual({ outcome: 'grant', text: 'OK: within your limit ($4.00 of $8.00; $6.50 left today).' })
  })

  it('names the per-gesture limit a value passes', () => {
    const preview = previewGesture(barista, { type: 'comp_item', valueMinor: 1_200 }, { leftTodayMinor: null }, usd)

    expect(preview).toEqual({ outcome: 'needs_approval', text: 'Needs a manager: $12.00 is over your $8.00 limit.' })
  })

  it('names a type the role may not give alone, and the value too when it is over the limit', () => {
    const preview = previewGesture(barista, { type: 'replacement', valueMinor: 89_900 }, { leftTodayMinor: null }, usd)

    expect(preview.text).toBe('Needs a manager: Replacement is not something your role gives alone, and $899.00 is over your $8.00 limit.')
  })

  it('asks a manager when what is left of the day would not cover it', () => {
    const preview = previewGesture(barista, { type: 'discount', valueMinor: 300 }, { leftTodayMinor: 150 }, usd)

    expect(preview.outcome).toBe('needs_approval')
    expect(preview.text).toContain('$1.50 of $20.00')
  })

  it('asks a manager when the customer’s last 30 days would pass the per-customer limit, as the server would', () => {
    const jill = { firstName: 'Jill', last30dMinor: 1_100 }

    const over = previewGesture(barista, { type: 'recovery_coupon', valueMinor: 480 }, { leftTodayMinor: 2_000, customer: jill }, usd)
    const within = previewGesture(barista, { type: 'recovery_coupon', valueMinor: 400 }, { leftTodayMinor: 2_000, customer: jill }, usd)

    expect(over).toEqual({ outcome: 'needs_approval', text: 'Needs a manager: Jill was given $11.00 in the last 30 days, and $4.80 more is over $15.00.' })
    expect(within.outcome).toBe('grant')
  })
})

describe('limitInWords', () => {
  const request = { valueMinor: 450, staffName: 'Sam Carter', customerName: 'Dan Reyes' }

  it('reads a per-gesture limit with the giver’s name', () => {
    expect(limitInWords({ ...request, limit: 'per_gesture', capMinor: 800, wouldBeMinor: 450 }, usd)).toBe('Over Sam’s $8.00 per-gesture limit')
  })

  it('reads a daily budget with what was already used', () => {
    expect(limitInWords({ ...request, limit: 'daily_budget', capMinor: 2_000, wouldBeMinor: 2_300 }, usd)).toBe('Over Sam’s $20.00 daily budget: $18.50 used today')
  })

  it('reads the customer’s 30 days with their name', () => {
    expect(limitInWords({ ...request, limit: 'customer_30d', capMinor: 1_500, wouldBeMinor: 1_700 }, usd)).toBe('Over Dan’s $15.00 per 30 days: $12.50 given already')
  })

  it('reads a type staff may not give', () => {
    expect(limitInWords({ ...request, limit: 'type_not_allowed', capMinor: 0, wouldBeMinor: 450 }, usd)).toBe('Not a type staff can give alone')
  })
})
