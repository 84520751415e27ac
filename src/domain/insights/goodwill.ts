/**
 * Goodwill return and recovery (PRODUCT.md, Insights): did visits at which a gesture was given lead to more return
 * visits and revenue than comparable visits without one?
 *
 * The unit is a visit, a distinct (customer, local day). Each treated visit is compared with the pool of untreated
 * visits in its stratum: the same ISO week and location, and a customer of the same tier, frequency band (visits in
 * the 90 days before) and recency band at that visit (exact stratification, one-to-many). Tiers alone are too coarse:
 * staff give more to the faces they know best, and a regular with 19 visits in 90 days comes back sooner than one
 * with 6, so matching on the tier only credits the gesture with the difference. The pool includes visits of customers who got a gesture on some other
 * day: keeping only customers who never got one would select the rarely seen, who return less anyway, and credit
 * the gesture with the difference. Pure functions: no I/O, no clock; "today" is the caller's `lastDay`.
 */
import type { Tier } from '../tiers/index.js'
import { DomainError } from '../shared/errors.js'
import { addDays, daysBetween } from '../shared/instant.js'
import { seededRandom } from '../shared/random.js'

/** A distinct (customer, local day) with at least one order; orders on one day are merged and their revenue summed. */
export interface VisitRecord {
  customerId: string
  locationId: string
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string
  revenueMinor: number
  /** The customer's tier at this visit, from their visits in the 90 days before it. */
  tier: Tier
}

/** A given gesture (granted or approved) for a known customer. */
export interface GestureRecord {
  customerId: string
  locationId: string
  day: string
  type: string
  reason: string
  valueMinor: number
}

/** Feedback of kind `problem` from a known customer, dated to the day of the problem. */
export interface ProblemReport {
  customerId: string
  locationId: string
  day: string
}

export interface GoodwillData {
  /** From at least 90 days before the period (so recency bands are right) through the last day of data. */
  visits: readonly VisitRecord[]
  /** All given gestures, not only the period's: a visit with a gesture at any time is never a control. */
  gestures: readonly GestureRecord[]
  /** The last day the data covers; defaults to the latest day in it. */
  lastDay?: string
}

export interface RecoveryData extends GoodwillData {
  problems: readonly ProblemReport[]
}

export type RecencyBand = 'first' | '0-7' | '8-30' | '31-90' | '91+'
export type MatchField = 'week' | 'location' | 'tier' | 'frequency' | 'recency'

export const MATCH_FIELDS: readonly MatchField[] = ['week', 'location', 'tier', 'frequency', 'recency']
/** The days before a visit whose visits make its frequency, as for tiers. */
export const FREQUENCY_WINDOW_DAYS = 90
/**
 * Lower bounds of the frequency bands: one band per count while counts are small and customers differ most, then
 * bands that widen as the count grows, so a stratum still holds enough visits among daily regulars.
 */
export const FREQUENCY_BANDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 17, 20, 24, 29, 35, 45, 60] as const
export const GOODWILL_WINDOWS = [7, 30, 90] as const
export const DEFAULT_BOOTSTRAP_SAMPLES = 1_000
/** Below this many matched visits an interval is not reported and the reading says "too few to tell". */
export const MIN_MATCHED_FOR_INTERVAL = 20
/** A cluster bootstrap over fewer customers than this says nothing useful, however many visits they have. */
const MIN_CUSTOMERS_FOR_INTERVAL = 5

export interface GoodwillOptions {
  /** First and last gesture day counted, `YYYY-MM-DD`, inclusive. */
  from: string
  to: string
  /** Days after the gesture day in which a return counts: a visit on days d+1 … d+windowDays. */
  windowDays: number
  /** Bootstrap resamples for the intervals; 0 skips them. */
  samples?: number
  seed?: number
  /** Which visit features a control must share with the treated visit; all four by default. */
  matchOn?: readonly MatchField[]
  minMatchedForInterval?: number
}

export interface RecoveryOptions extends GoodwillOptions {
  isRecovery?: (gesture: GestureRecord) => boolean
  /**
   * Days after the problem in which a recovery gesture still counts (0: the same day). Outcomes of treated and
   * controls alike are then counted from the end of this grace period, so a return made to collect the gesture
   * is not credited to it.
   */
  graceDays?: number
}

/** A difference with its 95 % percentile bootstrap interval; null when there is nothing, or too little, to estimate. */
export interface Estimate {
  estimate: number | null
  ciLow: number | null
  ciHigh: number | null
}

export interface GroupReturn {
  gestures: number
  gestureValueMinor: number
  treated: number
  matched: number
  /** Return-rate lift, a difference of proportions (0.12 is 12 points). */
  lift: Estimate
}

export interface GoodwillResult {
  windowDays: number
  from: string
  to: string
  lastDay: string
  /** Gestures given in the period, and their total value, whether or not their window has ended. */
  gestures: number
  gestureValueMinor: number
  /** Visits in the period with a gesture whose window ends inside the data. */
  treated: number
  /** Visits in the period with a gesture whose window runs past `lastDay`; not counted anywhere else. */
  censored: number
  matched: number
  unmatched: number
  /** Distinct customers behind the matched visits: the clusters the interval resamples. */
  treatedCustomers: number
  /** Untreated visits in the pools of the matched visits. */
  controls: number
  /** Share of matched visits followed by a return, and the same for their pools (averaged per treated visit). */
  treatedReturnRate: number | null
  controlReturnRate: number | null
  /** Return-rate lift, a difference of proportions (0.12 is 12 points). */
  lift: Estimate
  /** Extra visits in the window per treated visit. */
  visitsLift: Estimate
  /** Extra revenue in the window per treated visit, rounded to whole minor units. */
  revenueLiftMinor: Estimate
  byType: Record<string, GroupReturn>
  byReason: Record<string, GroupReturn>
}

const DAY_MS = 86_400_000
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

function parseDay(day: string, field: string): number {
  const ms = DAY_PATTERN.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new DomainError('invalid', 'insights.day_invalid', `${day} is not a calendar day (YYYY-MM-DD).`, { field, day })
  }
  return ms / DAY_MS
}

type DayParser = (day: string, field: string) => number

/** parseDay with a memory: data of a year has a few hundred distinct days and a hundred thousand records. */
function dayParser(): DayParser {
  const known = new Map<string, number>()
  return (day, field) => {
    let number = known.get(day)
    if (number === undefined) known.set(day, (number = parseDay(day, field)))
    return number
  }
}

/** Day numbers count from 1970-01-01, a Thursday; ISO weekdays run Monday = 1 … Sunday = 7. */
const isoWeekday = (dayNumber: number) => ((((dayNumber + 3) % 7) + 7) % 7) + 1
const mondayOf = (dayNumber: number) => dayNumber - isoWeekday(dayNumber) + 1

/**
 * The ISO 8601 week of a day: weeks start on Monday and belong to the year of their Thursday.
 * @example isoWeek('2027-01-01') // '2026-W53'
 */
export function isoWeek(day: string): string {
  const thursday = addDays(day, 4 - isoWeekday(parseDay(day, 'day')))
  const year = thursday.slice(0, 4)
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** The recency band of a visit from the days since the customer's previous visit (null: this is their first). */
export function recencyBand(daysSincePrevious: number | null): RecencyBand {
  if (daysSincePrevious === null) return 'first'
  if (daysSincePrevious <= 7) return '0-7'
  if (daysSincePrevious <= 30) return '8-30'
  if (daysSincePrevious <= 90) return '31-90'
  return '91+'
}

/**
 * The frequency band of a visit from the customer's visits in the 90 days before it.
 * @example frequencyBand(11) // '10-11'
 */
export function frequencyBand(visits90: number): string {
  let i = FREQUENCY_BANDS.length - 1
  while (i > 0 && FREQUENCY_BANDS[i]! > visits90) i--
  const low = FREQUENCY_BANDS[i]!
  const next = FREQUENCY_BANDS[i + 1]
  if (next === undefined) return `${low}+`
  return next - 1 === low ? String(low) : `${low}-${next - 1}`
}

/** Gestures that answer a problem: a recovery coupon, or anything given for a service failure or a defect. */
export const isRecoveryGesture = (gesture: GestureRecord) =>
  gesture.type === 'recovery_coupon' || gesture.reason === 'service_failure' || gesture.reason === 'defect'

interface Entry {
  day: number
  revenueMinor: number
  tier: Tier | null
  locationId: string
  /** There was an order that day; a day with only a gesture is not. */
  ordered: boolean
  gestures: GestureRecord[]
}

/** One customer's visits in day order, with revenue and orders summed up to each, so a window is two binary searches. */
interface History {
  entries: Entry[]
  days: Int32Array
  /** revenueBefore[i] is the revenue of entries 0 … i−1. */
  revenueBefore: Float64Array
  /** orderedBefore[i] is how many of entries 0 … i−1 had an order. */
  orderedBefore: Int32Array
}

/** Index of the first day after `day`. */
function upperBound(days: Int32Array, day: number): number {
  let low = 0
  let high = days.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (days[middle]! <= day) low = middle + 1
    else high = middle
  }
  return low
}

function buildHistories(data: GoodwillData, dayNumber: DayParser): Map<string, History> {
  const byCustomer = new Map<string, Map<number, Entry>>()
  const entryAt = (customerId: string, day: number, locationId: string, tier: Tier | null) => {
    let days = byCustomer.get(customerId)
    if (!days) byCustomer.set(customerId, (days = new Map()))
    let entry = days.get(day)
    if (!entry) days.set(day, (entry = { day, revenueMinor: 0, tier, locationId, ordered: false, gestures: [] }))
    return entry
  }
  for (const visit of data.visits) {
    const entry = entryAt(visit.customerId, dayNumber(visit.day, 'visits.day'), visit.locationId, visit.tier)
    entry.revenueMinor += visit.revenueMinor
    entry.ordered = true
  }
  // A gesture with no order that day (a coupon sent after a complaint) still marks a visit, with no revenue.
  for (const gesture of data.gestures) {
    entryAt(gesture.customerId, dayNumber(gesture.day, 'gestures.day'), gesture.locationId, null).gestures.push(gesture)
  }
  const histories = new Map<string, History>()
  for (const [customerId, days] of byCustomer) {
    const entries = [...days.values()].sort((a, b) => a.day - b.day)
    const revenueBefore = new Float64Array(entries.length + 1)
    const orderedBefore = new Int32Array(entries.length + 1)
    let previousTier: Tier = 'new'
    entries.forEach((entry, i) => {
      // A gesture-only day has no tier from the caller; the customer's tier at their previous visit stands in.
      entry.tier ??= previousTier
      previousTier = entry.tier
      revenueBefore[i + 1] = revenueBefore[i]! + entry.revenueMinor
      orderedBefore[i + 1] = orderedBefore[i]! + (entry.ordered ? 1 : 0)
    })
    histories.set(customerId, { entries, days: Int32Array.from(entries, (entry) => entry.day), revenueBefore, orderedBefore })
  }
  return histories
}

const NO_HISTORY: History = { entries: [], days: new Int32Array(0), revenueBefore: new Float64Array(1), orderedBefore: new Int32Array(1) }

/** Visits with an order in the 90 days before `day`, that day itself left out. */
function visitsBefore(history: History, day: number): number {
  const through = upperBound(history.days, day - 1)
  return history.orderedBefore[through]! - history.orderedBefore[upperBound(history.days, day - 1 - FREQUENCY_WINDOW_DAYS)]!
}

/** A treated or control candidate: a visit (goodwill) or a problem (recovery), with its outcomes already measured. */
interface Unit {
  customerId: string
  day: number
  stratum: string
  role: 'treated' | 'control' | 'neither'
  /** Its window ends on or before the last day of data. */
  complete: boolean
  returned: number
  visits: number
  revenueMinor: number
  gestures: readonly GestureRecord[]
}

interface Settings {
  windowDays: number
  from: string
  to: string
  fromDay: number
  toDay: number
  lastDay: string
  lastDayNumber: number
  samples: number
  seed: number
  matchOn: ReadonlySet<MatchField>
  minMatched: number
}

function settingsOf(options: GoodwillOptions, data: GoodwillData, extraDays: readonly string[]): Settings {
  const { from, to, windowDays } = options
  const samples = options.samples ?? DEFAULT_BOOTSTRAP_SAMPLES
  const fromDay = parseDay(from, 'from')
  const toDay = parseDay(to, 'to')
  if (fromDay > toDay) {
    throw new DomainError('invalid', 'insights.period_invalid', 'The period ends before it starts.', { field: 'to' })
  }
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new DomainError('invalid', 'insights.period_invalid', 'The window is a whole number of days, at least 1.', {
      field: 'windowDays',
    })
  }
  if (!Number.isInteger(samples) || samples < 0) {
    throw new DomainError('invalid', 'insights.period_invalid', 'Bootstrap samples are a whole number.', { field: 'samples' })
  }
  let lastDay = data.lastDay
  if (lastDay === undefined) {
    // YYYY-MM-DD strings sort as the days they name. With no data at all, no window has ended.
    lastDay = ''
    for (const record of data.visits) if (record.day > lastDay) lastDay = record.day
    for (const record of data.gestures) if (record.day > lastDay) lastDay = record.day
    for (const day of extraDays) if (day > lastDay) lastDay = day
    if (lastDay === '') lastDay = from
  }
  return {
    windowDays,
    from,
    to,
    fromDay,
    toDay,
    lastDay,
    lastDayNumber: parseDay(lastDay, 'lastDay'),
    samples,
    seed: options.seed ?? 1,
    matchOn: new Set(options.matchOn ?? MATCH_FIELDS),
    minMatched: options.minMatchedForInterval ?? MIN_MATCHED_FOR_INTERVAL,
  }
}

interface Features {
  day: number
  locationId: string
  tier: Tier
  /** Visits in the 90 days before. */
  visits90: number
  recency: RecencyBand
}

function stratumOf({ matchOn }: Settings, features: Features): string {
  const week = matchOn.has('week') ? mondayOf(features.day) : ''
  const location = matchOn.has('location') ? features.locationId : ''
  const tier = matchOn.has('tier') ? features.tier : ''
  const frequency = matchOn.has('frequency') ? frequencyBand(features.visits90) : ''
  return [week, location, tier, frequency, matchOn.has('recency') ? features.recency : ''].join('\u001f')
}

/** Outcomes of the window (start, start + windowDays] in one customer's history. */
function measure(history: History, start: number, windowDays: number) {
  const first = upperBound(history.days, start)
  const end = upperBound(history.days, start + windowDays)
  return {
    returned: end > first ? 1 : 0,
    visits: end - first,
    revenueMinor: history.revenueBefore[end]! - history.revenueBefore[first]!,
  }
}

/**
 * Goodwill return for gestures given from `from` to `to`: recipients' return rate, visits and revenue in the
 * `windowDays` after the gesture day, against untreated visits in the same week and location by customers of the same
 * tier, frequency and recency band, with cluster-bootstrap intervals, overall and by gesture type and reason.
 */
export function measureGoodwillReturn(data: GoodwillData, options: GoodwillOptions): GoodwillResult {
  const settings = settingsOf(options, data, [])
  const units: Unit[] = []
  const histories = buildHistories(data, dayParser())
  // Customers in id order leave the units already in the order compareMatched sorts them into.
  for (const customerId of [...histories.keys()].sort()) {
    const history = histories.get(customerId)!
    history.entries.forEach((entry, i) => {
      const previous = history.entries[i - 1]
      const recency = recencyBand(previous ? entry.day - previous.day : null)
      const given = entry.gestures.length > 0
      const inPeriod = entry.day >= settings.fromDay && entry.day <= settings.toDay
      const features = { day: entry.day, locationId: entry.locationId, tier: entry.tier!, visits90: visitsBefore(history, entry.day), recency }
      units.push({
        customerId,
        day: entry.day,
        stratum: stratumOf(settings, features),
        role: !given ? 'control' : inPeriod ? 'treated' : 'neither',
        complete: entry.day + settings.windowDays <= settings.lastDayNumber,
        ...measure(history, entry.day, settings.windowDays),
        gestures: entry.gestures,
      })
    })
  }
  return compareMatched(units, settings)
}

/**
 * Recovery: problems reported from `from` to `to` that got a recovery gesture, against problems that did not, matched
 * the same way as goodwill return and measured over the `windowDays` after the problem (after the grace period).
 */
export function measureRecovery(data: RecoveryData, options: RecoveryOptions): GoodwillResult {
  const graceDays = options.graceDays ?? 0
  if (!Number.isInteger(graceDays) || graceDays < 0) {
    throw new DomainError('invalid', 'insights.period_invalid', 'The grace period is a whole number of days.', {
      field: 'graceDays',
    })
  }
  const settings = settingsOf(options, data, data.problems.map((problem) => problem.day))
  const isRecovery = options.isRecovery ?? isRecoveryGesture
  const dayNumber = dayParser()
  const histories = buildHistories(data, dayNumber)
  const recoveries = new Map<string, GestureRecord[]>()
  for (const gesture of data.gestures) {
    if (!isRecovery(gesture)) continue
    const list = recoveries.get(gesture.customerId)
    if (list) list.push(gesture)
    else recoveries.set(gesture.customerId, [gesture])
  }
  const seen = new Set<string>()
  const units: Unit[] = []
  for (const problem of data.problems) {
    const day = dayNumber(problem.day, 'problems.day')
    const key = `${problem.customerId}\u001f${day}`
    if (seen.has(key)) continue
    seen.add(key)
    const history = histories.get(problem.customerId) ?? NO_HISTORY
    // The visit of the problem if there is one; otherwise the problem stands on its own, with the customer's tier
    // and recency at that day, and without becoming a visit (a complaint sent from home is not a return).
    const through = upperBound(history.days, day)
    const sameDay = through > 0 && history.days[through - 1] === day
    const previous = history.entries[sameDay ? through - 2 : through - 1]
    const visit = sameDay ? history.entries[through - 1] : undefined
    const tier = visit?.tier ?? previous?.tier ?? 'new'
    const recency = recencyBand(previous ? day - previous.day : null)
    const gestures = (recoveries.get(problem.customerId) ?? []).filter((gesture) => {
      const given = dayNumber(gesture.day, 'gestures.day')
      return given >= day && given <= day + graceDays
    })
    const inPeriod = day >= settings.fromDay && day <= settings.toDay
    const start = day + graceDays
    units.push({
      customerId: problem.customerId,
      day,
      stratum: stratumOf(settings, { day, locationId: visit?.locationId ?? problem.locationId, tier, visits90: visitsBefore(history, day), recency }),
      role: gestures.length === 0 ? 'control' : inPeriod ? 'treated' : 'neither',
      complete: start + settings.windowDays <= settings.lastDayNumber,
      ...measure(history, start, settings.windowDays),
      gestures,
    })
  }
  return compareMatched(units, settings)
}

function percentile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p
  const low = Math.floor(position)
  const high = Math.min(low + 1, sorted.length - 1)
  return sorted[low]! + (position - low) * (sorted[high]! - sorted[low]!)
}

const byName = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0)

function compareMatched(unsorted: readonly Unit[], settings: Settings): GoodwillResult {
  // In customer and day order, so sums (and so every digit of the answer) do not depend on the order of the input.
  const units = [...unsorted].sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.day - b.day))
  // Controls come from the ISO weeks the period touches, so a match on fewer fields still compares like with like.
  const spanStart = mondayOf(settings.fromDay)
  const spanEnd = mondayOf(settings.toDay) + 6
  const treatedStrata = new Set<string>()
  for (const unit of units) if (unit.role === 'treated' && unit.complete) treatedStrata.add(unit.stratum)
  const controls = units.filter(
    (unit) =>
      unit.role === 'control' && unit.complete && unit.day >= spanStart && unit.day <= spanEnd && treatedStrata.has(unit.stratum),
  )
  const strata = new Map<string, number>()
  for (const unit of controls) if (!strata.has(unit.stratum)) strata.set(unit.stratum, strata.size)

  // Group 0 is everything; then one group per gesture type and per reason.
  const groupNames = new Map<string, number>([['', 0]])
  const groupOf = (name: string) => {
    let group = groupNames.get(name)
    if (group === undefined) groupNames.set(name, (group = groupNames.size))
    return group
  }
  const namesOf = (gesture: GestureRecord) => [`type\u001f${gesture.type}`, `reason\u001f${gesture.reason}`]
  const gestureCount: number[] = []
  const gestureValue: number[] = []
  const treatedCount: number[] = []
  const matchedCount: number[] = []
  const matchedCustomers: Set<string>[] = []
  const add = (list: number[], group: number, by: number) => (list[group] = (list[group] ?? 0) + by)
  const counted = new Set<GestureRecord>()
  const matched: { unit: Unit; groups: number[] }[] = []
  let censored = 0
  for (const unit of units) {
    if (unit.role !== 'treated') continue
    const groups = [...new Set([0, ...unit.gestures.flatMap(namesOf).map(groupOf)])]
    // A gesture is counted once even when a recovery grace period puts it after two problems.
    for (const gesture of unit.gestures) {
      if (counted.has(gesture)) continue
      counted.add(gesture)
      for (const group of [0, ...namesOf(gesture).map(groupOf)]) {
        add(gestureCount, group, 1)
        add(gestureValue, group, gesture.valueMinor)
      }
    }
    if (!unit.complete) {
      censored++
      continue
    }
    for (const group of groups) add(treatedCount, group, 1)
    if (!strata.has(unit.stratum)) continue
    matched.push({ unit, groups })
    for (const group of groups) {
      add(matchedCount, group, 1)
      ;(matchedCustomers[group] ??= new Set()).add(unit.customerId)
    }
  }

  const customerIds = [...new Set([...matched.map(({ unit }) => unit.customerId), ...controls.map((unit) => unit.customerId)])]
  customerIds.sort()
  const customerIndex = new Map(customerIds.map((id, i) => [id, i]))
  const groupCount = groupNames.size
  const strataCount = strata.size

  // A customer's control visits in one stratum always carry the same bootstrap weight, so they are summed up front.
  const cells = new Map<number, number>()
  const cell = {
    customer: [] as number[],
    stratum: [] as number[],
    visits: [] as number[],
    returned: [] as number[],
    later: [] as number[],
    revenue: [] as number[],
  }
  for (const unit of controls) {
    const customer = customerIndex.get(unit.customerId)!
    const stratum = strata.get(unit.stratum)!
    const key = customer * strataCount + stratum
    let k = cells.get(key)
    if (k === undefined) {
      cells.set(key, (k = cell.customer.length))
      cell.customer.push(customer)
      cell.stratum.push(stratum)
      cell.visits.push(0)
      cell.returned.push(0)
      cell.later.push(0)
      cell.revenue.push(0)
    }
    cell.visits[k]! += 1
    cell.returned[k]! += unit.returned
    cell.later[k]! += unit.visits
    cell.revenue[k]! += unit.revenueMinor
  }
  // Cells laid out stratum by stratum (a counting sort), so each pool is summed in one pass with no scattered writes.
  const stratumStart = new Int32Array(strataCount + 1)
  for (const stratum of cell.stratum) stratumStart[stratum + 1]!++
  for (let s = 0; s < strataCount; s++) stratumStart[s + 1]! += stratumStart[s]!
  const next = stratumStart.slice(0, strataCount)
  const cCustomer = new Int32Array(cell.customer.length)
  const cVisits = new Float64Array(cell.customer.length)
  const cReturned = new Float64Array(cell.customer.length)
  const cLater = new Float64Array(cell.customer.length)
  const cRevenue = new Float64Array(cell.customer.length)
  cell.customer.forEach((customer, k) => {
    const at = next[cell.stratum[k]!]!++
    cCustomer[at] = customer
    cVisits[at] = cell.visits[k]!
    cReturned[at] = cell.returned[k]!
    cLater[at] = cell.later[k]!
    cRevenue[at] = cell.revenue[k]!
  })

  const tCustomer = Int32Array.from(matched, ({ unit }) => customerIndex.get(unit.customerId)!)
  const tStratum = Int32Array.from(matched, ({ unit }) => strata.get(unit.stratum)!)
  const tReturned = Float64Array.from(matched, ({ unit }) => unit.returned)
  const tLater = Float64Array.from(matched, ({ unit }) => unit.visits)
  const tRevenue = Float64Array.from(matched, ({ unit }) => unit.revenueMinor)
  const tGroupStart = new Int32Array(matched.length + 1)
  matched.forEach(({ groups }, i) => (tGroupStart[i + 1] = tGroupStart[i]! + groups.length))
  const tGroups = Int32Array.from(matched.flatMap(({ groups }) => groups))

  const poolWeight = new Float64Array(strataCount)
  const poolReturned = new Float64Array(strataCount)
  const poolLater = new Float64Array(strataCount)
  const poolRevenue = new Float64Array(strataCount)
  const weightSum = new Float64Array(groupCount)
  /**
   * Mean of (treated outcome − its pool's mean) per group, each visit counted as often as its customer's weight
   * (return rate, visits, revenue at [3g], [3g + 1], [3g + 2]).
   */
  const lifts = (weights: Int32Array, into: Float64Array) => {
    for (let s = 0; s < strataCount; s++) {
      let visits = 0
      let returned = 0
      let later = 0
      let revenue = 0
      for (let k = stratumStart[s]!; k < stratumStart[s + 1]!; k++) {
        const weight = weights[cCustomer[k]!]!
        if (weight === 0) continue
        visits += weight * cVisits[k]!
        returned += weight * cReturned[k]!
        later += weight * cLater[k]!
        revenue += weight * cRevenue[k]!
      }
      poolWeight[s] = visits
      poolReturned[s] = returned
      poolLater[s] = later
      poolRevenue[s] = revenue
    }
    into.fill(0)
    weightSum.fill(0)
    for (let t = 0; t < tCustomer.length; t++) {
      const weight = weights[tCustomer[t]!]!
      const s = tStratum[t]!
      const pool = poolWeight[s]!
      // A resample can empty a pool; that visit then has no counterfactual in this resample and sits it out.
      if (weight === 0 || pool === 0) continue
      const returned = weight * (tReturned[t]! - poolReturned[s]! / pool)
      const later = weight * (tLater[t]! - poolLater[s]! / pool)
      const revenue = weight * (tRevenue[t]! - poolRevenue[s]! / pool)
      for (let j = tGroupStart[t]!; j < tGroupStart[t + 1]!; j++) {
        const g = tGroups[j]!
        weightSum[g]! += weight
        into[3 * g]! += returned
        into[3 * g + 1]! += later
        into[3 * g + 2]! += revenue
      }
    }
    for (let g = 0; g < groupCount; g++) {
      for (let o = 0; o < 3; o++) into[3 * g + o]! /= weightSum[g]!
    }
  }

  const point = new Float64Array(groupCount * 3)
  lifts(new Int32Array(customerIds.length).fill(1), point)

  // Cluster bootstrap over customers, treated and control together: a resample draws customers with replacement and
  // every visit of a drawn customer comes along, treated or control, as often as the customer was drawn. Resampling
  // only the treated with fixed pool means would miss the noise of small pools (recovery pools are small) and the
  // overlap of customers who are treated on one visit and a control on another.
  const replicates = Array.from({ length: groupCount * 3 }, () => new Float64Array(settings.samples))
  if (settings.samples > 0 && customerIds.length > 0) {
    const random = seededRandom(settings.seed)
    const weights = new Int32Array(customerIds.length)
    const replicate = new Float64Array(groupCount * 3)
    for (let b = 0; b < settings.samples; b++) {
      weights.fill(0)
      for (let draw = 0; draw < customerIds.length; draw++) weights[Math.floor(random() * customerIds.length)]!++
      lifts(weights, replicate)
      for (let i = 0; i < replicate.length; i++) replicates[i]![b] = replicate[i]!
    }
  }
  const estimate = (group: number, outcome: number, scale: (x: number) => number = (x) => x): Estimate => {
    const matchedHere = matchedCount[group] ?? 0
    if (matchedHere === 0) return { estimate: null, ciLow: null, ciHigh: null }
    const value = scale(point[3 * group + outcome]!)
    const enough = matchedHere >= settings.minMatched && (matchedCustomers[group]?.size ?? 0) >= MIN_CUSTOMERS_FOR_INTERVAL
    const finite = replicates[3 * group + outcome]!.filter(Number.isFinite).sort()
    if (!enough || finite.length === 0 || finite.length < settings.samples / 2) {
      return { estimate: value, ciLow: null, ciHigh: null }
    }
    return { estimate: value, ciLow: scale(percentile(finite, 0.025)), ciHigh: scale(percentile(finite, 0.975)) }
  }

  const byType: Record<string, GroupReturn> = {}
  const byReason: Record<string, GroupReturn> = {}
  for (const [name, group] of [...groupNames].sort(byName)) {
    if (group === 0) continue
    const [kind, key] = name.split('\u001f') as [string, string]
    ;(kind === 'type' ? byType : byReason)[key] = {
      gestures: gestureCount[group] ?? 0,
      gestureValueMinor: gestureValue[group] ?? 0,
      treated: treatedCount[group] ?? 0,
      matched: matchedCount[group] ?? 0,
      lift: estimate(group, 0),
    }
  }
  const lift = estimate(0, 0)
  const treatedReturnRate = matched.length > 0 ? tReturned.reduce((sum, returned) => sum + returned, 0) / matched.length : null
  return {
    windowDays: settings.windowDays,
    from: settings.from,
    to: settings.to,
    lastDay: settings.lastDay,
    gestures: gestureCount[0] ?? 0,
    gestureValueMinor: gestureValue[0] ?? 0,
    treated: treatedCount[0] ?? 0,
    censored,
    matched: matched.length,
    unmatched: (treatedCount[0] ?? 0) - matched.length,
    treatedCustomers: matchedCustomers[0]?.size ?? 0,
    controls: controls.length,
    treatedReturnRate,
    controlReturnRate: treatedReturnRate === null || lift.estimate === null ? null : treatedReturnRate - lift.estimate,
    lift,
    visitsLift: estimate(0, 1),
    revenueLiftMinor: estimate(0, 2, Math.round),
    byType,
    byReason,
  }
}

interface Wording {
  treated: string
  untreated: string
  units: string
  unitsWithout: string
}

/** Percentage points: whole, or to one decimal under one point. */
function points(lift: number): string {
  const value = Math.abs(lift * 100)
  return value > 0 && value < 1 ? value.toFixed(1) : String(Math.round(value))
}

const signed = (lift: number) => `${lift < 0 && points(lift) !== '0' ? '−' : ''}${points(lift)}`

function plainSentence(result: GoodwillResult, windowDays: number, wording: Wording): string {
  const { estimate, ciLow, ciHigh } = result.lift
  const within = `within ${windowDays} ${windowDays === 1 ? 'day' : 'days'}`
  if (estimate === null || ciLow === null || ciHigh === null) {
    if (result.matched >= MIN_MATCHED_FOR_INTERVAL) {
      const customers = result.treatedCustomers
      return `Too few to tell yet: the ${result.matched} ${wording.units} compared come from only ${customers} customers.`
    }
    const compared = result.matched === 0 ? 'no' : `only ${result.matched}`
    return (
      `Too few to tell yet: ${compared} ${wording.units} could be compared with ${wording.unitsWithout} ` +
      `(at least ${MIN_MATCHED_FOR_INTERVAL} are needed).`
    )
  }
  const direction = estimate < 0 ? 'less' : 'more'
  const difference = `came back ${within} ${points(estimate)} points ${direction} often than ${wording.untreated}`
  if (ciLow > 0) return `${wording.treated} ${difference} (95% interval ${points(ciLow)} to ${points(ciHigh)}).`
  if (ciHigh < 0) return `${wording.treated} ${difference} (95% interval ${points(ciHigh)} to ${points(ciLow)} points less).`
  return (
    `No clear difference: ${wording.treated.toLowerCase()} ${difference}, ` +
    `but the 95% interval (${signed(ciLow)} to ${signed(ciHigh)}) includes no difference.`
  )
}

/** The goodwill return in one plain sentence for the owner, honest about uncertainty. */
export function describeGoodwill(result: GoodwillResult, windowDays: number = result.windowDays): string {
  return plainSentence(result, windowDays, {
    treated: 'Customers who got a gesture',
    untreated: "similar customers who didn't",
    units: 'gesture visits',
    unitsWithout: 'similar visits without a gesture',
  })
}

/** The recovery comparison in one plain sentence for the owner, honest about uncertainty. */
export function describeRecovery(result: GoodwillResult, windowDays: number = result.windowDays): string {
  return plainSentence(result, windowDays, {
    treated: 'Customers with a problem who got a recovery gesture',
    untreated: "similar customers with a problem who didn't",
    units: 'problems with a recovery gesture',
    unitsWithout: 'similar problems without one',
  })
}
