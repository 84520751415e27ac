import type { EmpowermentPolicy, Gesture, GestureReason, GestureType } from '../api/wire.js'
import { firstName, formatMoney, type MoneyFormat } from '../format.js'

/** Plain words for the counter: "On the house", never `comp_item` (UI.md §1.6). */
export const TYPE_WORDS: Record<GestureType, string> = {
  comp_item: 'On the house',
  recovery_coupon: 'Free drink card',
  discount: 'Discount',
  bonus_stamp: 'Extra stamp',
  replacement: 'Replacement',
  gift: 'Gift',
  other: 'Other',
  birthday: 'Birthday',
}

/** The first row of the sheet; the rest sit under More. */
export const MAIN_TYPES: GestureType[] = ['comp_item', 'recovery_coupon', 'discount', 'bonus_stamp']
export const MORE_TYPES: GestureType[] = ['replacement', 'gift', 'other', 'birthday']

export const REASON_WORDS: Record<GestureReason, string> = {
  service_failure: 'We got it wrong',
  delight: 'Delight',
  loyalty_thanks: 'Thanks',
  birthday: 'Birthday',
  defect: 'Defect',
}

export const REASONS: GestureReason[] = ['service_failure', 'delight', 'loyalty_thanks', 'birthday', 'defect']

/** Owners' limits are "no limit": the server sends MAX_SAFE_INTEGER. */
export const isUnlimited = (minor: number) => minor >= Number.MAX_SAFE_INTEGER / 2


/**
 * The limit a request passed, in words a manager reads at a glance:
 * "Over Sam's $8.00 per-gesture limit", "Over the $20.00 daily budget: $18.50 used".
 */
export function limitInWords(gesture: Pick<Gesture, 'limit' | 'capMinor' | 'wouldBeMinor' | 'valueMinor' | 'staffName' | 'customerName'>, money: MoneyFormat): string | null {
  const cap = gesture.capMinor ?? 0
  const staff = gesture.staffName ? `${firstName(gesture.staffName)}’s` : 'the'
  const already = Math.max(0, (gesture.wouldBeMinor ?? gesture.valueMinor) - gesture.valueMinor)
  switch (gesture.limit) {
    case 'type_not_allowed':
      return 'Not a type staff can give alone'
    case 'per_gesture':
      return `Over ${staff} ${formatMoney(cap, money)} per-gesture limit`
    case 'daily_budget':
      return `Over ${staff} ${formatMoney(cap, money)} daily budget: ${formatMoney(already, money)} used today`
    case 'customer_30d': {
      const customer = gesture.customerName ? `${firstName(gesture.customerName)}’s` : 'this customer’s'
      return `Over ${customer} ${formatMoney(cap, money)} per 30 days: ${formatMoney(already, money)} given already`
    }
    default:
      return null
  }
}

export type Preview =
  | { outcome: 'grant'; text: string }
  | { outcome: 'needs_approval'; text: string }

/** What the counter knows of what was spent before a gesture: null where it does not know. */
export interface KnownSpend {
  /** What is left of the giver's day. */
  leftTodayMinor: number | null
  /** What the customer was given in the last 30 days, across the chain (their greeting card says it). */
  customer?: { firstName: string; last30dMinor: number } | null
}

/**
 * What the server will decide, before anyone taps: the sheet's live line. The limits are checked in
 * the server's order (type, per gesture, the giver's day, the customer's 30 days); the server still
 * decides, since another tablet may have spent in the meantime.
 */
export function previewGesture(policy: EmpowermentPolicy, request: { type: GestureType; valueMinor: number }, known: KnownSpend, money: MoneyFormat): Preview {
  const { leftTodayMinor, customer } = known
  const value = formatMoney(request.valueMinor, money)
  if (!policy.allowedTypes.includes(request.type)) {
    const over = request.valueMinor > policy.maxPerGestureMinor ? `, and ${value} is over your ${formatMoney(policy.maxPerGestureMinor, money)} limit` : ''
    return { outcome: 'needs_approval', text: `Needs a manager: ${TYPE_WORDS[request.type]} is not something your role gives alone${over}.` }
  }
  if (request.valueMinor > policy.maxPerGestureMinor) {
    return { outcome: 'needs_approval', text: `Needs a manager: ${value} is over your ${formatMoney(policy.maxPerGestureMinor, money)} limit.` }
  }
  if (leftTodayMinor !== null && request.valueMinor > leftTodayMinor) {
    return {
      outcome: 'needs_approval',
      text: `Needs a manager: ${value} is over what is left of your daily budget (${formatMoney(leftTodayMinor, money)} of ${formatMoney(policy.dailyBudgetMinor, money)}).`,
    }
  }
  if (customer && customer.last30dMinor + request.valueMinor > policy.maxPerCustomer30dMinor) {
    return {
      outcome: 'needs_approval',
      text: `Needs a manager: ${customer.firstName} was given ${formatMoney(customer.last30dMinor, money)} in the last 30 days, and ${value} more is over ${formatMoney(policy.maxPerCustomer30dMinor, money)}.`,
    }
  }
  if (isUnlimited(policy.maxPerGestureMinor)) return { outcome: 'grant', text: 'OK: no limits for your role.' }
  const left = leftTodayMinor === null ? '' : `; ${formatMoney(leftTodayMinor - request.valueMinor, money)} left today`
  return { outcome: 'grant', text: `OK: within your limit (${value} of ${formatMoney(policy.maxPerGestureMinor, money)}${left}).` }
}
