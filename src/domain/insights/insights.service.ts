import type { InsightsDeps, RawVisit } from './ports.js'
import { deriveUsual, type Usual } from '../recognition/index.js'
import { localDay, startOfDayString } from '../shared/instant.js'
import { requireLocation, requireRole, type Actor } from '../access/index.js'
import { DomainError } from '../shared/errors.js'
import { addDays } from '../shared/instant.js'
import { DEFAULT_TIER_THRESHOLDS, TIER_SETTING, tierFor, type TierThresholds } from '../tiers/index.js'
import { gestureSignals, type StaffSignals } from './gesture-signals.js'
import { describeFrequency, describeRetention, describeTierMix, retentionCohorts, tierMix, visitFrequency } from './overview.js'
import { describeGoodwill, describeRecovery, GOODWILL_WINDOWS, measureGoodwillReturn, measureRecovery, type GoodwillResult, type VisitRecord } from './goodwill.js'
import { describeKudosLocations, describeKudosPeople, describeReplyTimes, kudosTally, replyTimes } from './loop.js'
import { currentFit, outlookFor, type Outlook, type StoredFit } from '../visit-model/index.js'

export interface LapsingRegular {
  customerId: string
  displayName: string
  phoneLast4: string | null
  visits: number
  lastDay: string
  outlook: Outlook
  usual: Usual
  homeLocationId: string
  homeLocationName: string
  servedMostBy: string | null
}

/** Former regulars the model says are slipping away, most valuable first; managers see their location's. */
export async function lapsingRegulars(deps: InsightsDeps, actor: Actor, options: { locationId?: string; limit?: number } = {}): Promise<{ fit: StoredFit | null; regulars: LapsingRegular[] }> {
  requireRole(actor, 'manager', 'see lapsing regulars')
  const locationId = options.locationId ?? (actor.role === 'owner' ? undefined : actor.locationId)
  if (locationId) requireLocation(actor, locationId)
  const fit = await currentFit(deps)
  if (!fit) return { fit, regulars: [] }
  const today = localDay(deps.clock.now(), actor.timeZone)
  const candidates = (await deps.repos.visits.visitSummaries(today))
    .map((visits) => ({ visits, outlook: outlookFor(fit.params, fit.timeUnit, visits, today) }))
    .filter((candidate) => candidate.outlook.lapsing)
    .sort((a, b) => b.visits.visits - a.visits.visits)
    .slice(0, 500)
  const served = await deps.repos.insights.servedBy(candidates.map((candidate) => candidate.visits.customerId))
  const regulars: LapsingRegular[] = []
  for (const { visits, outlook } of candidates) {
    const mine = served.filter((row) => row.customerId === visits.customerId)
    const byLocation = new Map<string, { name: string; orders: number }>()
    const byStaff = new Map<string, { name: string | null; orders: number }>()
    for (const row of mine) {
      byLocation.set(row.locationId, { name: row.locationName, orders: (byLocation.get(row.locationId)?.orders ?? 0) + row.orders })
      if (row.staffId) byStaff.set(row.staffId, { name: row.staffName, orders: (byStaff.get(row.staffId)?.orders ?? 0) + row.orders })
    }
    const home = [...byLocation.entries()].sort((a, b) => b[1].orders - a[1].orders)[0]
    if (!home || (locationId && home[0] !== locationId)) continue
    const customer = await deps.repos.customers.findById(visits.customerId)
    if (!customer) continue
    regulars.push({
      customerId: customer.id,
      displayName: customer.displayName,
      phoneLast4: customer.phone?.slice(-4) ?? null,
      visits: visits.visits,
      lastDay: visits.lastDay,
      outlook,
      usual: deriveUsual(await deps.repos.orders.recentForCustomer(customer.id, 20)),
      homeLocationId: home[0],
      homeLocationName: home[1].name,
      servedMostBy: [...byStaff.values()].sort((a, b) => b.orders - a.orders)[0]?.name ?? null,
    })
    if (regulars.length >= (options.limit ?? 50)) break
  }
  return { fit, regulars }
}

/** Each visit's tier from the customer's distinct visit days in the 90 days before it. */
export function withTiers(visits: readonly RawVisit[], thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS): VisitRecord[] {
  const byCustomer = new Map<string, RawVisit[]>()
  for (const visit of visits) {
    const list = byCustomer.get(visit.customerId)
    if (list) list.push(visit)
    else byCustomer.set(visit.customerId, [visit])
  }
  const result: VisitRecord[] = []
  for (const list of byCustomer.values()) {
    list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    let start = 0
    list.forEach((visit, index) => {
      const windowStart = addDays(visit.day, -90)
      while (list[start]!.day < windowStart) start += 1
      result.push({ ...visit, tier: tierFor(index - start, thresholds) })
    })
  }
  return result
}

export interface GoodwillReport {
  result: GoodwillResult
  reading: string
}

/** What goodwill earned: gestures in a period against matched visits without one. Managers see their location's. */
export async function goodwillReturn(deps: InsightsDeps, actor: Actor | null, options: { from: string; to: string; windowDays: number; samples?: number; locationId?: string }): Promise<GoodwillReport> {
  let locationId = options.locationId
  if (actor) {
    requireRole(actor, 'manager', 'see what goodwill earns')
    locationId ??= actor.role === 'owner' ? undefined : actor.locationId
    if (locationId) requireLocation(actor, locationId)
  }
  for (const day of [options.from, options.to]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw new DomainError('invalid', 'insights.day_invalid', `“${day}” is not a day as YYYY-MM-DD.`)
  }
  // Tiers and recency bands need the 180 days before the period (90 for the band, 90 more for the tier).
  const [visits, gestures, thresholds] = await Promise.all([
    deps.repos.insights.visitsSince(addDays(options.from, -180)),
    deps.repos.insights.givenGestures(),
    deps.repos.settings.get<TierThresholds>(TIER_SETTING),
  ])
  const inScope = <T extends { locationId: string }>(rows: readonly T[]) => (locationId ? rows.filter((row) => row.locationId === locationId) : rows)
  const result = measureGoodwillReturn(
    { visits: inScope(withTiers(visits, thresholds ?? DEFAULT_TIER_THRESHOLDS)), gestures: inScope(gestures) },
    { from: options.from, to: options.to, windowDays: options.windowDays, samples: options.samples },
  )
  return { result, reading: describeGoodwill(result, options.windowDays) }
}

/** Gesture abuse signals for managers (their location) and owners: outliers against peers, concentration, own-account gifts. */
export async function gestureAbuseSignals(deps: InsightsDeps, actor: Actor, options: { days?: number; locationId?: string } = {}): Promise<StaffSignals[]> {
  requireRole(actor, 'manager', 'see gesture signals')
  const locationId = options.locationId ?? (actor.role === 'owner' ? undefined : actor.locationId)
  if (locationId) requireLocation(actor, locationId)
  const to = deps.clock.now()
  const from = new Date(to.getTime() - (options.days ?? 30) * 86_400_000)
  return gestureSignals(await deps.repos.insights.staffGestureActivity(from, to, locationId))
}

/** A recovery gesture given on the day of the problem or up to this many days later counts as an answer to it. */
export const RECOVERY_GRACE_DAYS = 2
/** Kudos and reply times look at this many days up to the last day of data. */
const LOOP_DAYS = 90

/** The owner's insights page: every chart's data with a one-line plain reading. */
export async function insightsOverview(deps: InsightsDeps, actor: Actor, options: { locationId?: string } = {}) {
  requireRole(actor, 'manager', 'see insights')
  const locationId = options.locationId ?? (actor.role === 'owner' ? undefined : actor.locationId)
  if (locationId) requireLocation(actor, locationId)
  const lastDay = (await deps.repos.visits.latestVisitDay()) ?? localDay(deps.clock.now(), actor.timeZone)
  const [allVisits, allGestures, thresholds] = await Promise.all([
    deps.repos.insights.visitsSince(addDays(lastDay, -365)),
    deps.repos.insights.givenGestures(),
    deps.repos.settings.get<TierThresholds>(TIER_SETTING),
  ])
  const visits = locationId ? allVisits.filter((v) => v.locationId === locationId) : allVisits
  const gestures = locationId ? allGestures.filter((g) => g.locationId === locationId) : allGestures
  const tiered = withTiers(visits, thresholds ?? DEFAULT_TIER_THRESHOLDS)

  const headlineTo = addDays(lastDay, -30)
  const headline = measureGoodwillReturn({ visits: tiered, gestures, lastDay }, { from: addDays(headlineTo, -89), to: headlineTo, windowDays: 30 })
  const curveTo = addDays(lastDay, -90)
  const curve = GOODWILL_WINDOWS.map((windowDays) => {
    const result = measureGoodwillReturn({ visits: tiered, gestures, lastDay }, { from: addDays(curveTo, -89), to: curveTo, windowDays, samples: 0 })
    return { windowDays, treated: result.treatedReturnRate, controls: result.controlReturnRate, matched: result.matched }
  })
  // The four calendar months up to the last day whose 30-day window has ended.
  const months = Array.from({ length: 4 }, (_, i) => addDays(`${headlineTo.slice(0, 7)}-15`, -30 * (3 - i)).slice(0, 7))
  const costVsReturn = [...new Set(months)].map((month) => {
    const from = `${month}-01`
    const to = addDays(`${addDays(from, 32).slice(0, 7)}-01`, -1)
    const result = measureGoodwillReturn({ visits: tiered, gestures, lastDay }, { from, to: to < headlineTo ? to : headlineTo, windowDays: 30, samples: 0 })
    const revenueLift = result.revenueLiftMinor.estimate
    return { month, costMinor: result.gestureValueMinor, extraRevenueMinor: revenueLift === null ? null : Math.round(revenueLift * result.matched), gestures: result.gestures }
  })
  // Problems are rare, so a matched problem may come from any week: location, tier and recency still match.
  const recoveryTo = addDays(lastDay, -30 - RECOVERY_GRACE_DAYS)
  const problems = (await deps.repos.insights.problemReports()).filter((problem) => !locationId || problem.locationId === locationId)
  const recovery = measureRecovery(
    { visits: tiered, gestures, problems, lastDay },
    { from: addDays(recoveryTo, -119), to: recoveryTo, windowDays: 30, graceDays: RECOVERY_GRACE_DAYS, matchOn: ['location', 'tier', 'recency'] },
  )
  const loopSince = startOfDayString(addDays(lastDay, -(LOOP_DAYS - 1)), actor.timeZone)
  const [kudosRows, answerable] = await Promise.all([deps.repos.insights.kudosSince(loopSince), deps.repos.insights.answerableFeedbackSince(loopSince)])
  const kudos = kudosTally(kudosRows.filter((row) => !locationId || row.locationId === locationId))
  const replies = replyTimes(answerable.filter((row) => !locationId || row.locationId === locationId))
  const cohorts = retentionCohorts(visits, lastDay)
  const frequency = visitFrequency(visits, lastDay)
  const mix = tierMix(visits, lastDay, thresholds ?? DEFAULT_TIER_THRESHOLDS)
  return {
    lastDay,
    goodwill: { result: headline, reading: describeGoodwill(headline, 30) },
    returnCurve: {
      points: curve,
      reading: curve.every((p) => p.treated !== null && p.controls !== null)
        ? `Within 7, 30 and 90 days, ${curve.map((p) => `${Math.round(p.treated! * 100)}%`).join(', ')} of customers given a gesture came back, against ${curve.map((p) => `${Math.round(p.controls! * 100)}%`).join(', ')} of similar customers.`
        : 'Too few gestures with a finished window to draw the curve yet.',
    },
    // Money is worded by the web app, which formats currency.
    costVsReturn: { months: costVsReturn },
    cohorts: { cohorts, reading: describeRetention(cohorts) },
    frequency: { bins: frequency, reading: describeFrequency(frequency) },
    tierMix: { months: mix, reading: describeTierMix(mix) },
    recovery: { result: recovery, reading: describeRecovery(recovery, 30) },
    kudos: { days: LOOP_DAYS, ...kudos, readings: { people: describeKudosPeople(kudos, LOOP_DAYS), locations: describeKudosLocations(kudos, LOOP_DAYS) } },
    replyTimes: { days: LOOP_DAYS, ...replies, reading: describeReplyTimes(replies, LOOP_DAYS) },
  }
}
