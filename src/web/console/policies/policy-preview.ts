import { evaluateGesture, type Decision } from '../../../domain/browser.js'
import type { EmpowermentPolicy, GestureType } from '../../api/wire.js'
import { TYPE_WORDS } from '../../ui/gesture-words.js'
import { formatMoney, moneyDigits, type MoneyFormat } from '../../format.js'

/** The limits a policy sets, as the policy editor names them. */
export type LimitField = 'maxPerGestureMinor' | 'dailyBudgetMinor' | 'maxPerCustomer30dMinor'

export const LIMIT_FIELDS: LimitField[] = ['maxPerGestureMinor', 'dailyBudgetMinor', 'maxPerCustomer30dMinor']

export const LIMIT_WORDS: Record<LimitField | 'allowedTypes', string> = {
  maxPerGestureMinor: 'Per gesture',
  dailyBudgetMinor: 'Daily budget',
  maxPerCustomer30dMinor: 'Per customer, 30 days',
  allowedTypes: 'What they may give',
}

/** A gesture as a noun in a sentence: "a $4.50 comp". */
export const TYPE_NOUNS: Record<GestureType, string> = {
  comp_item: 'comp',
  recovery_coupon: 'free drink card',
  discount: 'discount',
  bonus_stamp: 'extra stamp',
  replacement: 'replacement',
  gift: 'gift',
  birthday: 'birthday treat',
  other: 'other gesture',
}

/** The server's decision, made by the same function (domain/empowerment/policy.ts). */
export type PolicyOutcome = Decision

/** "a" or "an" before an amount of whole units as it is read aloud: 8 → "an" ($8.00), 18 → "an", 4 → "a", 1800 → "a". */
export function articleFor(wholeUnits: number): 'a' | 'an' {
  let lead = Math.floor(Math.abs(wholeUnits))
  while (lead >= 1000) lead = Math.floor(lead / 1000)
  if (lead >= 100) lead = Math.floor(lead / 100)
  return lead === 8 || lead === 11 || lead === 18 || (lead >= 80 && lead <= 89) ? 'an' : 'a'
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export interface PreviewInput {
  policy: EmpowermentPolicy
  type: GestureType
  valueMinor: number
  staffTodayMinor: number
  /** Left out of the sentence when null (and counted as nothing). */
  customerLast30dMinor: number | null
}

/**
 * The policy page's live preview in plain words:
 * "A $4.50 comp by a barista who spent $18.00 today → needs a manager (daily budget $20.00)".
 */
export function previewSentence({ policy, type, valueMinor, staffTodayMinor, customerLast30dMinor }: PreviewInput, money: MoneyFormat): { outcome: PolicyOutcome; text: string } {
  const value = formatMoney(valueMinor, money)
  const giver = policy.role === 'manager' ? 'a manager' : 'a barista'
  const who = `${capitalise(articleFor(valueMinor / 10 ** moneyDigits(money)))} ${value} ${TYPE_NOUNS[type]} by ${giver} who spent ${formatMoney(staffTodayMinor, money)} today`
  const customer = customerLast30dMinor === null ? '' : `, for a customer given ${formatMoney(customerLast30dMinor, money)} in 30 days`
  const outcome = evaluateGesture(policy, { type, valueMinor }, { staffTodayMinor, customerLast30dMinor: customerLast30dMinor ?? 0 })
  if (outcome.outcome === 'grant') {
    return { outcome, text: `${who}${customer} → fine: within every limit (${formatMoney(outcome.remainingTodayMinor, money)} of the day’s budget left)` }
  }
  const asks = policy.role === 'manager' ? 'needs another manager or an owner' : 'needs a manager'
  const roleWord = policy.role === 'manager' ? 'managers' : 'staff'
  const cap = formatMoney(outcome.capMinor, money)
  const why: Record<Extract<PolicyOutcome, { outcome: 'needs_approval' }>['limit'], string> = {
    type_not_allowed: `${TYPE_WORDS[type]} is not something ${roleWord} give alone`,
    per_gesture: `per-gesture limit ${cap}`,
    daily_budget: `daily budget ${cap}`,
    customer_30d: `${cap} per customer in 30 days`,
  }
  return { outcome, text: `${who}${customer} → ${asks} (${why[outcome.limit]})` }
}
