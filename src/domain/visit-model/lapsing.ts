import { daysBetween } from '../shared/instant.js'
import { expectedTransactions, probabilityAlive, type BgNbdParams, type RfmSummary } from './bgnbd.js'

export type TimeUnit = 'day' | 'week'
export const DAYS_PER_UNIT: Record<TimeUnit, number> = { day: 1, week: 7 }

/** One customer's visits (distinct local days with an order) up to a day. */
export interface VisitSummary {
  customerId: string
  visits: number
  firstDay: string
  lastDay: string
}

/** x = visits − 1, tX and T from the first visit to the last visit and to `asOf`, in the time unit (as toRfm does for CDNOW). */
export function toRfmSummary(visits: VisitSummary, asOf: string, unit: TimeUnit): RfmSummary {
  const perUnit = DAYS_PER_UNIT[unit]
  return { x: visits.visits - 1, tX: daysBetween(visits.firstDay, visits.lastDay) / perUnit, T: daysBetween(visits.firstDay, asOf) / perUnit }
}

/** A regular who may be slipping away: enough visits to have had a rhythm. */
export const LAPSING_MIN_VISITS = 6
export const LAPSING_P_ALIVE = 0.5
/** Overdue: the gap since the last visit is this many times their usual gap (and at least two weeks). */
export const OVERDUE_FACTOR = 3
export const OVERDUE_MIN_DAYS = 14

export interface Outlook {
  /**
   * The chance they are still a customer; null after a single visit. The model lets a customer drop out only after a
   * repeat visit, so for someone seen once it says 100 % whether they came yesterday or a year ago: that number would
   * mislead. `expectedVisits30d` still falls the longer they stay away.
   */
  pAlive: number | null
  expectedVisits30d: number
  daysSinceLastVisit: number
  /** Mean days between visits over their history. */
  rhythmDays: number | null
  lapsing: boolean
  why: 'p_alive' | 'overdue' | null
}

/**
 * A customer's outlook from the fitted model: P(alive) (once there is a repeat visit), expected visits in the next 30 days, and
 * "lapsing" when a former regular's P(alive) is under the threshold or they are overdue for their own rhythm.
 */
export function outlookFor(params: BgNbdParams, unit: TimeUnit, visits: VisitSummary, today: string): Outlook {
  const rfm = toRfmSummary(visits, today, unit)
  const modelled = probabilityAlive(params, rfm)
  const pAlive = rfm.x === 0 ? null : modelled
  const expectedVisits30d = expectedVisits(params, 30 / DAYS_PER_UNIT[unit], rfm, modelled)
  const daysSinceLastVisit = daysBetween(visits.lastDay, today)
  const rhythmDays = visits.visits > 1 ? daysBetween(visits.firstDay, visits.lastDay) / (visits.visits - 1) : null
  const regular = visits.visits >= LAPSING_MIN_VISITS
  const overdue = rhythmDays !== null && daysSinceLastVisit >= Math.max(OVERDUE_MIN_DAYS, OVERDUE_FACTOR * rhythmDays)
  const why = !regular ? null : modelled < LAPSING_P_ALIVE ? 'p_alive' : overdue ? 'overdue' : null
  return { pAlive, expectedVisits30d, daysSinceLastVisit, rhythmDays, lapsing: why !== null, why }
}

/**
 * E[visits in t] from the model. Where the hypergeometric series is out of reach (a fit at the
 * no-dropout edge, a and b enormous, with a long history), use its limit: while alive, visits come at
 * the posterior rate (r + x) / (α + T), weighted by P(alive).
 */
function expectedVisits(params: BgNbdParams, t: number, rfm: RfmSummary, pAlive: number): number {
  try {
    const value = expectedTransactions(params, t, rfm)
    if (Number.isFinite(value)) return value
  } catch {
    // fall through to the limit below
  }
  return (pAlive * (params.r + rfm.x) * t) / (params.alpha + rfm.T)
}
