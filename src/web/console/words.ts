/** The owner's console in plain words: the model's numbers as phrases, flags as things worth a look. */
import type { Answer } from '../api/schema.js'
import type { CostMonth, GoodwillResult, GoodwillSlice, LapsingRegular, StaffSignals } from './insights/insights.wire.js'

type LapsingWhy = NonNullable<LapsingRegular['why']>
type SignalFlag = StaffSignals['flags'][number]
type OutboxEmail = Answer<'/outbox', 'get'>[number]
type FeedbackRow = Answer<'/feedback', 'get'>[number]
import { formatCount, formatDuration, formatMoney, formatMonth, formatNumber, formatPercent, formatPoints, formatPointsBare, type MoneyFormat } from '../format.js'

/** P(alive) as a phrase: "likely still a customer: 35%"; tiny chances read "under 1%", not "0%". */
export function likelihoodWords(pAlive: number | null, locale: string): string {
  if (pAlive === null) return 'one visit so far: too soon to tell if still a customer'
  if (pAlive < 0.01) return `likely still a customer: under ${formatPercent(0.01, locale)}`
  if (pAlive > 0.99) return `likely still a customer: over ${formatPercent(0.99, locale)}`
  return `likely still a customer: ${formatPercent(pAlive, locale)}`
}

/** "usually every 2 days", "usually every 3 weeks"; null when there is no steady rhythm yet. */
export function rhythmWords(rhythmDays: number | null, locale: string): string {
  if (rhythmDays === null || !Number.isFinite(rhythmDays)) return 'no steady rhythm yet'
  const days = Math.max(1, Math.round(rhythmDays))
  if (days === 1) return 'usually every day'
  return `usually every ${formatDuration(days, locale)}`
}

export const WHY_WORDS: Record<LapsingWhy, string> = {
  p_alive: 'Stopped coming: may have moved on',
  overdue: 'Well past their usual gap',
}

export const usualWords = (usual: LapsingRegular['usual']): string | null => (usual ? [usual.name, ...usual.modifiers.map((modifier) => modifier.name)].join(', ') : null)

/** A signal flag as something worth a look, never an accusation. */
export function flagWords(flag: SignalFlag, row: Pick<StaffSignals, 'gestures' | 'topCustomer' | 'ownAccountGestures'>, locale: string): string {
  switch (flag) {
    case 'many_gestures':
      return 'Many more gestures per shift than peers'
    case 'high_value':
      return 'Much higher value per shift than peers'
    case 'same_customer': {
      const top = row.topCustomer
      if (!top) return 'Most gestures went to one customer'
      const name = top.customerName ? ` (${top.customerName})` : ''
      return `One customer got ${formatNumber(top.gestures, locale)} of ${formatNumber(row.gestures, locale)}${name}`
    }
    case 'own_account':
      return row.ownAccountGestures > 1 ? `${row.ownAccountGestures} gestures to their own account` : 'Gestures to their own account'
  }
}

export type OutboxState = 'sent' | 'waiting' | 'no_server' | 'failed'

/** An email's delivery as words: "Sent", "Waiting: no mail server", "Failed 3 times: …". */
export function outboxStatus(email: Pick<OutboxEmail, 'deliveredAt' | 'attempts' | 'lastError'>): { state: OutboxState; words: string } {
  if (email.deliveredAt) return { state: 'sent', words: 'Sent' }
  if (email.attempts > 0) return { state: 'failed', words: `Failed ${email.attempts === 1 ? 'once' : `${email.attempts} times`}${email.lastError ? `: ${email.lastError}` : ''}` }
  // Without a mail server the worker holds the email back without counting a try, and says why.
  if (email.lastError) return { state: 'no_server', words: 'Waiting: no mail server' }
  return { state: 'waiting', words: 'Waiting to send' }
}

/** A lift with its 95% interval: "+13 points (−5 to +20)"; "too few to tell" when there is no interval. */
export function liftWords(slice: Pick<GoodwillSlice, 'lift' | 'ciLow' | 'ciHigh'>, locale: string): { lift: string; interval: string } {
  const lift = slice.lift === null ? '–' : formatPoints(slice.lift, locale)
  if (slice.ciLow === null || slice.ciHigh === null) return { lift, interval: 'too few to tell' }
  const clear = slice.ciLow > 0 || slice.ciHigh < 0
  return { lift, interval: `${formatPointsBare(slice.ciLow, locale)} to ${formatPointsBare(slice.ciHigh, locale)}${clear ? '' : ', could be none'}` }
}

/** The cost-vs-return reading the server leaves to us: what gestures cost, and an honest estimate of what came back. */
export function costReading(months: CostMonth[], goodwill: Pick<GoodwillResult, 'revenueLiftMinor' | 'revenueCiLowMinor' | 'revenueCiHighMinor'> | null, money: MoneyFormat): string {
  if (months.length === 0) return 'No gestures yet, so nothing to weigh. Gestures given at the counter show up here by month.'
  const cost = months.reduce((sum, month) => sum + month.costMinor, 0)
  const span = months.length === 1 ? `in ${formatMonth(months[0]!.month, money.locale)}` : `over ${formatCount(months.length, 'month', 'months', money.locale)}`
  const estimated = months.filter((month) => month.extraRevenueMinor !== null)
  const opening = `Gestures cost ${formatMoney(cost, money)} ${span}`
  if (estimated.length === 0) return `${opening}; it is too early to estimate what recipients spent in return.`
  const extra = estimated.reduce((sum, month) => sum + (month.extraRevenueMinor ?? 0), 0)
  const missing = months.filter((month) => month.extraRevenueMinor === null)
  const moreOrLess = extra >= 0 ? `${formatMoney(extra, money)} more` : `${formatMoney(-extra, money)} less`
  let text = `${opening}; recipients spent an estimated ${moreOrLess} than matched customers`
  if (missing.length > 0) text += ` (no estimate yet for ${missing.map((month) => formatMonth(month.month, money.locale, { year: false })).join(', ')})`
  const { revenueCiLowMinor: low, revenueCiHighMinor: high } = goodwill ?? { revenueCiLowMinor: null, revenueCiHighMinor: null }
  if (low !== null && high !== null) {
    const range = `${formatMoney(low, money).replace('-', '−')} to ${formatMoney(high, money).replace('-', '−')}`
    text += low <= 0 && high >= 0 ? `. It is an estimate: per gesture the 95% interval runs from ${range}, so it could be nothing.` : `. It is an estimate: per gesture the 95% interval runs from ${range}.`
  } else text += '. It is a rough estimate from few customers.'
  return text
}

/** "Gestures from Jul 26 to Oct 23, matched with 438 similar customers". */
export function goodwillScope(result: Pick<GoodwillResult, 'gestures' | 'matched' | 'controls' | 'gestureValueMinor'>, money: MoneyFormat): string {
  return `${formatCount(result.gestures, 'gesture', 'gestures', money.locale)} worth ${formatMoney(result.gestureValueMinor, money)}; ${result.matched} matched with similar customers who got none: same week and location, about as many visits in the 90 days before, as long since the last`
}

/** One line for the by-type (or by-reason) table: which slice, if any, clearly brings people back. */
export function slicesReading(slices: { name: string; slice: GoodwillSlice }[], locale: string, what: 'type' | 'reason'): string {
  if (slices.length === 0) return 'No gestures in this period yet, so there is nothing to compare.'
  const measured = slices.filter(({ slice }) => slice.ciLow !== null && slice.ciHigh !== null && slice.lift !== null)
  if (measured.length === 0) return `Too few gestures of each ${what} to tell which works best yet: the lifts below are rough, with no interval.`
  const clear = measured.filter(({ slice }) => slice.ciLow! > 0 || slice.ciHigh! < 0).sort((a, b) => Math.abs(b.slice.lift!) - Math.abs(a.slice.lift!))
  if (clear.length === 0) return `No ${what} stands out yet: every interval includes no difference.`
  const best = clear[0]!
  const words = liftWords(best.slice, locale)
  return `Clearest: ${best.name}, ${words.lift} against matched customers (95% interval ${words.interval}).`
}

/** "40 min", "3 h", "2 days": a wait, short enough for an inbox row. */
export function waitWords(ms: number): string {
  const minutes = Math.max(0, ms) / 60_000
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))} min`
  const hours = minutes / 60
  if (hours < 48) return `${Math.round(hours)} h`
  return `${Math.round(hours / 24)} days`
}

/** Where a piece of feedback stands: "replied in 3 h", "waiting 5 h", or why nobody can answer it. */
export function replyStateWords(row: Pick<FeedbackRow, 'receivedAt' | 'firstReplyAt' | 'contactEmail' | 'status'>, now: number): { state: 'replied' | 'waiting' | 'no_contact' | 'closed'; words: string } {
  const received = Date.parse(row.receivedAt)
  if (row.firstReplyAt) return { state: 'replied', words: `replied in ${waitWords(Date.parse(row.firstReplyAt) - received)}` }
  if (row.status === 'closed') return { state: 'closed', words: 'closed' }
  if (!row.contactEmail) return { state: 'no_contact', words: 'no email to reply to' }
  return { state: 'waiting', words: `waiting ${waitWords(now - received)}` }
}
