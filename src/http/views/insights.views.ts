import type { GoodwillResult, GroupReturn, insightsOverview, StoredFit } from '../../domain/insights/index.js'

/** Rates and lifts are proportions, answered to 4 decimals. */
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000 + 0)

const mapValues = <T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]))

function toGroupReturnView(group: GroupReturn) {
  return {
    gestures: group.gestures,
    gestureValueMinor: group.gestureValueMinor,
    treated: group.treated,
    matched: group.matched,
    lift: rounded(group.lift.estimate),
    ciLow: rounded(group.lift.ciLow),
    ciHigh: rounded(group.lift.ciHigh),
  }
}

/** A goodwill (or recovery) result as the API and `usual insights goodwill --json` answer it. */
export function toGoodwillView(result: GoodwillResult) {
  return {
    windowDays: result.windowDays,
    from: result.from,
    to: result.to,
    lastDay: result.lastDay,
    gestures: result.gestures,
    gestureValueMinor: result.gestureValueMinor,
    treated: result.treated,
    censored: result.censored,
    matched: result.matched,
    unmatched: result.unmatched,
    treatedCustomers: result.treatedCustomers,
    controls: result.controls,
    treatedReturnRate: rounded(result.treatedReturnRate),
    controlReturnRate: rounded(result.controlReturnRate),
    lift: rounded(result.lift.estimate),
    ciLow: rounded(result.lift.ciLow),
    ciHigh: rounded(result.lift.ciHigh),
    visitsLift: rounded(result.visitsLift.estimate),
    visitsCiLow: rounded(result.visitsLift.ciLow),
    visitsCiHigh: rounded(result.visitsLift.ciHigh),
    revenueLiftMinor: result.revenueLiftMinor.estimate,
    revenueCiLowMinor: result.revenueLiftMinor.ciLow,
    revenueCiHighMinor: result.revenueLiftMinor.ciHigh,
    byType: mapValues(result.byType, toGroupReturnView),
    byReason: mapValues(result.byReason, toGroupReturnView),
  }
}

export type GoodwillView = ReturnType<typeof toGoodwillView>

/** The visit model's fit as the API and `usual insights bgnbd --json` answer it. */
export function toFitView(fit: StoredFit) {
  return {
    timeUnit: fit.timeUnit,
    customers: fit.customers,
    repeatVisits: fit.repeatVisits,
    params: fit.params,
    logLikelihood: fit.logLikelihood,
    calibrationEnd: fit.calibrationEnd,
    converged: fit.converged,
  }
}

/** The insights page's data as the API answers it: the goodwill and recovery results as goodwill views. */
export function toOverviewView(overview: Awaited<ReturnType<typeof insightsOverview>>) {
  const { goodwill, recovery, ...charts } = overview
  return {
    ...charts,
    goodwill: { result: toGoodwillView(goodwill.result), reading: goodwill.reading },
    recovery: { result: toGoodwillView(recovery.result), reading: recovery.reading },
  }
}
