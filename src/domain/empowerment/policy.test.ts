import { describe, expect, it } from 'vitest'
import { effectivePolicy, evaluateGesture, loosenedLimits, type EmpowermentPolicy } from './policy.js'

describe('evaluateGesture', () => {
  const baristaPolicy: EmpowermentPolicy = {
    role: 'staff',
    maxPerGestureMinor: 800,
    dailyBudgetMinor: 2_000,
    maxPerCustomer30dMinor: 1_500,
    allowedTypes: ['comp_item', 'bonus_stamp', 'recovery_coupon'],
  }
  const nothingSpent = { staffTodayMinor: 0, customerLast30dMinor: 0 }

  it('grants a gesture inside every limit and says what is left today', () => {
    const decision = evaluateGesture(baristaPolicy, { type: 'comp_item', valueMinor: 450 }, { staffTodayMinor: 1_000, customerLast30dMinor: 0 })

    expect(decision).toEqual({ outcome: 'grant', remainingTodayMinor: 550 })
  })

  it('asks a manager for a type the role may not give alone', () => {
    const decision = evaluateGesture(baristaPolicy, { type: 'replacement', valueMinor: 100 }, nothingSpent)

    expect(decision).toEqual({ outcome: 'needs_approval', limit: 'type_not_allowed', capMinor: 0, wouldBeMinor: 100 })
  })

  it('grants exactly at the per-gesture limit and asks one cent above it', () => {
    expect(evaluateGesture(baristaPolicy, { type: 'comp_item', valueMinor: 800 }, nothingSpent).outcome).toBe('grant')
    expect(evaluateGesture(baristaPolicy, { type: 'comp_item', valueMinor: 801 }, nothingSpent)).toEqual({
      outcome: 'needs_approval',
      limit: 'per_gesture',
      capMinor: 800,
      wouldBeMinor: 801,
    })
  })

  it('asks a manager when the daily budget would be passed, and says which limit and by how much', () => {
    const spent = { staffTodayMinor: 1_800, customerLast30dMinor: 0 }

    const decision = evaluateGesture(baristaPolicy, { type: 'comp_item', valueMinor: 450 }, spent)

    expect(decision).toEqual({ outcome: 'needs_approval', limit: 'daily_budget', capMinor: 2_000, wouldBeMinor: 2_250 })
  })

  it('spends the daily budget to the last cent', () => {
    const decision = evaluateGesture(baristaPolicy, { type: 'comp_item', valueMinor: 200 }, { staffTodayMinor: 1_800, customerLast30dMinor: 0 })

    expect(decision).toEqual({ outcome: 'grant', remainingTodayMinor: 0 })
  })

  it("asks a manager when the customer's 30-day cap would be passed", () => {
    const decision = evaluateGesture(baristaPolicy, { type: 'comp_item', valueMinor: 500 }, { staffTodayMinor: 0, customerLast30dMinor: 1_200 })

    expect(decision).toEqual({ outcome: 'needs_approval', limit: 'customer_30d', capMinor: 1_500, wouldBeMinor: 1_700 })
  })

  it('grants a zero-value gesture such as an extra stamp even with the budget spent', () => {
    const decision = evaluateGesture(baristaPolicy, { type: 'bonus_stamp', valueMinor: 0 }, { staffTodayMinor: 2_000, customerLast30dMinor: 1_500 })

    expect(decision.outcome).toBe('grant')
  })
})

describe('effectivePolicy', () => {
  const chain: EmpowermentPolicy = { role: 'staff', maxPerGestureMinor: 800, dailyBudgetMinor: 2_000, maxPerCustomer30dMinor: 1_500, allowedTypes: ['comp_item', 'discount'] }

  it('is the chain policy when the location has no override', () => {
    expect(effectivePolicy(chain, undefined)).toBe(chain)
  })

  it("keeps a location's override inside the owner's bounds", () => {
    const override: EmpowermentPolicy = { role: 'staff', maxPerGestureMinor: 500, dailyBudgetMinor: 5_000, maxPerCustomer30dMinor: 1_000, allowedTypes: ['comp_item', 'gift'] }

    expect(effectivePolicy(chain, override)).toEqual({ role: 'staff', maxPerGestureMinor: 500, dailyBudgetMinor: 2_000, maxPerCustomer30dMinor: 1_000, allowedTypes: ['comp_item'] })
  })

  it('names every limit an override would loosen', () => {
    const override: EmpowermentPolicy = { role: 'staff', maxPerGestureMinor: 900, dailyBudgetMinor: 2_000, maxPerCustomer30dMinor: 1_500, allowedTypes: ['gift'] }

    expect(loosenedLimits(chain, override)).toEqual(['maxPerGestureMinor', 'allowedTypes'])
  })
})
