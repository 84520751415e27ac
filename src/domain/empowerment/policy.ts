import type { Role } from '../access/index.js'
import type { GestureType, PolicyLimit } from './gesture.js'
import { GESTURE_TYPES } from './gesture.js'

/** Limits set in advance for a role, chain-wide by an owner or for one location by its manager. */
export interface EmpowermentPolicy {
  role: Role
  maxPerGestureMinor: number
  /** Per staff member per local day of the location. */
  dailyBudgetMinor: number
  /** Per customer over the last 30 days, across every location and giver. */
  maxPerCustomer30dMinor: number
  allowedTypes: GestureType[]
}

export interface Spent {
  staffTodayMinor: number
  customerLast30dMinor: number
}

export type Decision =
  | { outcome: 'grant'; remainingTodayMinor: number }
  | { outcome: 'needs_approval'; limit: PolicyLimit; capMinor: number; wouldBeMinor: number }

/** Owners answer to no one: their own gestures are always within limits. */
export const OWNER_POLICY: EmpowermentPolicy = {
  role: 'owner',
  maxPerGestureMinor: Number.MAX_SAFE_INTEGER,
  dailyBudgetMinor: Number.MAX_SAFE_INTEGER,
  maxPerCustomer30dMinor: Number.MAX_SAFE_INTEGER,
  allowedTypes: [...GESTURE_TYPES],
}

/**
 * Decides a gesture: `grant` inside every limit, else `needs_approval` naming the first limit it
 * would pass (type, then per gesture, then the giver's day, then the customer's 30 days).
 */
export function evaluateGesture(policy: EmpowermentPolicy, request: { type: GestureType; valueMinor: number }, spent: Spent): Decision {
  if (!policy.allowedTypes.includes(request.type)) return { outcome: 'needs_approval', limit: 'type_not_allowed', capMinor: 0, wouldBeMinor: request.valueMinor }
  if (request.valueMinor > policy.maxPerGestureMinor) {
    return { outcome: 'needs_approval', limit: 'per_gesture', capMinor: policy.maxPerGestureMinor, wouldBeMinor: request.valueMinor }
  }
  const today = spent.staffTodayMinor + request.valueMinor
  if (today > policy.dailyBudgetMinor) return { outcome: 'needs_approval', limit: 'daily_budget', capMinor: policy.dailyBudgetMinor, wouldBeMinor: today }
  const customer = spent.customerLast30dMinor + request.valueMinor
  if (customer > policy.maxPerCustomer30dMinor) {
    return { outcome: 'needs_approval', limit: 'customer_30d', capMinor: policy.maxPerCustomer30dMinor, wouldBeMinor: customer }
  }
  return { outcome: 'grant', remainingTodayMinor: policy.dailyBudgetMinor - today }
}

/**
 * The policy in force at a location: its manager's override, held inside the owner's chain-wide
 * bounds (the smaller of each limit, only types both allow); the chain policy when there is none.
 */
export function effectivePolicy(chain: EmpowermentPolicy, override: EmpowermentPolicy | undefined): EmpowermentPolicy {
  if (!override) return chain
  return {
    role: chain.role,
    maxPerGestureMinor: Math.min(chain.maxPerGestureMinor, override.maxPerGestureMinor),
    dailyBudgetMinor: Math.min(chain.dailyBudgetMinor, override.dailyBudgetMinor),
    maxPerCustomer30dMinor: Math.min(chain.maxPerCustomer30dMinor, override.maxPerCustomer30dMinor),
    allowedTypes: chain.allowedTypes.filter((type) => override.allowedTypes.includes(type)),
  }
}

/** A location override may only tighten the chain's policy; this lists what it loosens. */
export function loosenedLimits(chain: EmpowermentPolicy, override: EmpowermentPolicy): string[] {
  const loosened: string[] = []
  if (override.maxPerGestureMinor > chain.maxPerGestureMinor) loosened.push('maxPerGestureMinor')
  if (override.dailyBudgetMinor > chain.dailyBudgetMinor) loosened.push('dailyBudgetMinor')
  if (override.maxPerCustomer30dMinor > chain.maxPerCustomer30dMinor) loosened.push('maxPerCustomer30dMinor')
  if (override.allowedTypes.some((type) => !chain.allowedTypes.includes(type))) loosened.push('allowedTypes')
  return loosened
}

/** Policies a new business starts with, until an owner sets their own. */
export const DEFAULT_POLICIES: Record<'staff' | 'manager', EmpowermentPolicy> = {
  staff: {
    role: 'staff',
    maxPerGestureMinor: 800,
    dailyBudgetMinor: 2_000,
    maxPerCustomer30dMinor: 1_500,
    allowedTypes: ['comp_item', 'discount', 'recovery_coupon', 'bonus_stamp', 'birthday'],
  },
  manager: {
    role: 'manager',
    maxPerGestureMinor: 5_000,
    dailyBudgetMinor: 15_000,
    maxPerCustomer30dMinor: 10_000,
    allowedTypes: [...GESTURE_TYPES],
  },
}

/** How long a shared counter tablet waits without a touch before it locks itself (UI.md: set in policy, 3 min by default). */
export interface CounterLock {
  lockAfterMinutes: number
}

export const COUNTER_LOCK_SETTING = 'counter_lock'
export const DEFAULT_COUNTER_LOCK: CounterLock = { lockAfterMinutes: 3 }
/** Under a minute the 20 s warning would take most of it; over half an hour a tablet left open is anyone's. */
export const COUNTER_LOCK_MINUTES = { min: 1, max: 30 } as const
