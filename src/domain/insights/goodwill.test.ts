import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tierFor } from '../tiers/index.js'
import type { Tier } from '../tiers/index.js'
import { DomainError } from '../shared/errors.js'
import { addDays, daysBetween } from '../shared/instant.js'
import {
  describeGoodwill,
  describeRecovery,
  frequencyBand,
  isoWeek,
  measureGoodwillReturn,
  measureRecovery,
  recencyBand,
} from './goodwill.js'
import type { GestureRecord, GoodwillData, GoodwillResult, ProblemReport, RecoveryData, VisitRecord } from './goodwill.js'
import { seededRandom } from '../shared/random.js'

const visit = (customerId: string, day: string, more: Partial<VisitRecord> = {}): VisitRecord => ({
  customerId,
  locationId: 'loc-a',
  day,
  revenueMinor: 500,
  tier: 'new',
  ...more,
})

const gesture = (customerId: string, day: string, more: Partial<GestureRecord> = {}): GestureRecord => ({
  customerId,
  locationId: 'loc-a',
  day,
  type: 'comp_item',
  reason: 'delight',
  valueMinor: 450,
  ...more,
})

const regular = (customerId: string, day: string) => visit(customerId, day, { tier: 'regular' })

const problem = (customerId: string, day: string): ProblemReport => ({ customerId, locationId: 'loc-a', day })

/** Kinds of customer the simulation hides from the analysis; it sees only their visits, tiers and gestures. */
const KINDS = [
  { share: 0.1, lapse: 0.1, shortestMax: 4 },
  { share: 0.2, lapse: 0.12, shortestMax: 7 },
  { share: 0.4, lapse: 0.35, shortestMax: 20 },
  { share: 0.3, lapse: 0.65, shortestMax: 30 },
]
/** Regulars get more gestures, and one location is more generous: the confounding the matching must undo. */
const GESTURE_RATE: Record<Tier, number> = { new: 0.02, occasional: 0.05, regular: 0.1, vip: 0.15 }
const RECOVERY_RATE: Record<Tier, number> = { new: 0.3, occasional: 0.4, regular: 0.6, vip: 0.7 }

interface Simulation {
  seed: number
  /** Absolute rise in the chance of returning within 30 days after a gesture. */
  gestureEffect: number
  customers?: number
  problemRate?: number
  /** Absolute rise in the chance of returning within 30 days after a problem that got a recovery gesture. */
  recoveryEffect?: number
}

const SIMULATION_START = '2025-01-01'
const SIMULATION_DAYS = 365

/**
 * A year of a two-location café. At each visit the customer either comes back within 30 days (after 1 … shortestMax
 * days) or lapses (31 … 150 days). A gesture lowers the chance of lapsing by exactly `gestureEffect`, so the chance of
 * a return within 30 days rises by exactly that for every customer, and the true lift is known.
 */
function simulateCafe({ seed, gestureEffect, customers = 4_000, problemRate = 0, recoveryEffect = 0 }: Simulation): RecoveryData {
  const random = seededRandom(seed)
  const days = Array.from({ length: SIMULATION_DAYS }, (_, i) => addDays(SIMULATION_START, i))
  const visits: VisitRecord[] = []
  const gestures: GestureRecord[] = []
  const problems: ProblemReport[] = []
  for (let c = 0; c < customers; c++) {
    const customerId = `c${c}`
    let pick = random()
    const kind = KINDS.find((k) => (pick -= k.share) < 0) ?? KINDS[KINDS.length - 1]!
    const home = random() < 0.6 ? 'loc-a' : 'loc-b'
    const history: number[] = []
    for (let day = Math.floor(random() * SIMULATION_DAYS); day < SIMULATION_DAYS; ) {
      const locationId = random() < 0.85 ? home : home === 'loc-a' ? 'loc-b' : 'loc-a'
      const tier = tierFor(history.filter((previous) => previous >= day - 90).length)
      history.push(day)
      visits.push({ customerId, locationId, day: days[day]!, revenueMinor: 300 + Math.floor(random() * 600), tier })
      let lapse = kind.lapse
      const generosity = locationId === 'loc-a' ? 1.5 : 1
      if (random() < GESTURE_RATE[tier] * generosity) {
        const type = ['comp_item', 'bonus_stamp', 'discount'][Math.floor(random() * 3)]!
        const reason = random() < 0.5 ? 'delight' : 'loyalty_thanks'
        gestures.push({ customerId, locationId, day: days[day]!, type, reason, valueMinor: 300 + Math.floor(random() * 300) })
        lapse -= gestureEffect
      }
      if (random() < problemRate) {
        problems.push({ customerId, locationId, day: days[day]! })
        lapse += 0.2
        if (random() < RECOVERY_RATE[tier]) {
          const recovery = { type: 'recovery_coupon', reason: 'service_failure', valueMinor: 400 }
          gestures.push({ customerId, locationId, day: days[day]!, ...recovery })
          lapse -= recoveryEffect
        }
      }
      day += random() < lapse ? 31 + Math.floor(random() * 120) : 1 + Math.floor(random() * kind.shortestMax)
    }
  }
  return { visits, gestures, problems, lastDay: days[SIMULATION_DAYS - 1]! }
}

const simulations = new Map<string, RecoveryData>()
/** The default café for a seed and effect, simulated once per test file. */
function simulated(seed: number, gestureEffect: number): RecoveryData {
  const key = `${seed} ${gestureEffect}`
  if (!simulations.has(key)) simulations.set(key, simulateCafe({ seed, gestureEffect }))
  return simulations.get(key)!
}

const simulatedPeriod = {
  from: addDays(SIMULATION_START, 120),
  to: addDays(SIMULATION_START, SIMULATION_DAYS - 1),
  windowDays: 30,
}

/** The comparison the issue warns against: gesture visits against all visits of customers who never got one. */
function naiveLift(data: GoodwillData, from: string, to: string, windowDays: number): number {
  const given = new Set(data.gestures.map((g) => `${g.customerId} ${g.day}`))
  const everGiven = new Set(data.gestures.map((g) => g.customerId))
  const daysOf = new Map<string, string[]>()
  for (const v of data.visits) daysOf.set(v.customerId, [...(daysOf.get(v.customerId) ?? []), v.day])
  const treated: number[] = []
  const controls: number[] = []
  for (const [customerId, days] of daysOf) {
    days.sort().forEach((day, i) => {
      if (day < from || day > to || daysBetween(day, data.lastDay!) < windowDays) return
      const next = days[i + 1]
      const returned = next !== undefined && daysBetween(day, next) <= windowDays ? 1 : 0
      if (given.has(`${customerId} ${day}`)) treated.push(returned)
      else if (!everGiven.has(customerId)) controls.push(returned)
    })
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  return mean(treated) - mean(controls)
}

describe('measureGoodwillReturn on a simulated café', () => {
  it.each([1, 2])('puts a planted 10-point lift in returns inside its interval, which leaves out 0 (seed %i)', (seed) => {
    const data = simulated(seed, 0.1)

    const result = measureGoodwillReturn(data, simulatedPeriod)

    console.info(`planted +0.10, seed ${seed}:`, result.lift, `matched ${result.matched}/${result.treated}`)
    expect(result.lift.ciLow).toBeLessThan(0.1)
    expect(result.lift.ciHigh).toBeGreaterThan(0.1)
    expect(result.lift.ciLow).toBeGreaterThan(0)
  })

  it.each([1, 2])('finds no clear lift when gestures change nothing (seed %i)', (seed) => {
    const data = simulated(seed, 0)

    const result = measureGoodwillReturn(data, simulatedPeriod)

    console.info(`no effect, seed ${seed}:`, result.lift, `matched ${result.matched}/${result.treated}`)
    expect(result.lift.ciLow).toBeLessThan(0)
    expect(result.lift.ciHigh).toBeGreaterThan(0)
  })

  it('would credit gestures with a lift they do not have if controls were only customers who never got one', () => {
    const data = simulated(1, 0)

    const naive = naiveLift(data, simulatedPeriod.from, simulatedPeriod.to, 30)
    const matched = measureGoodwillReturn(data, simulatedPeriod)

    console.info(`no effect, seed 1: naive lift ${naive.toFixed(3)}`)
    expect(naive).toBeGreaterThan(0.1)
    expect(naive).toBeGreaterThan(matched.lift.ciHigh!)
  })
})

describe('measureRecovery on a simulated café', () => {
  it('recovers a planted 15-point lift for problems that got a recovery gesture', () => {
    const data = simulateCafe({ seed: 3, gestureEffect: 0, problemRate: 0.1, recoveryEffect: 0.15 })

    const result = measureRecovery(data, { ...simulatedPeriod, matchOn: ['location', 'tier', 'recency'] })

    console.info('recovery, planted +0.15:', result.lift, `matched ${result.matched}/${result.treated}`)
    expect(result.lift.ciLow).toBeLessThan(0.15)
    expect(result.lift.ciHigh).toBeGreaterThan(0.15)
  })
})

describe('measureGoodwillReturn windows', () => {
  const period = { from: '2026-03-01', to: '2026-03-31', windowDays: 30 }
  /** A gesture visit on Monday 2 March and an untreated first visit the next day, same stratum. */
  const pair = (treatedReturn: string | null, more: Partial<GoodwillData> = {}): GoodwillData => ({
    visits: [
      visit('ann', '2026-03-02'),
      ...(treatedReturn ? [visit('ann', treatedReturn)] : []),
      visit('ben', '2026-03-03'),
      visit('ben', '2026-04-03'),
    ],
    gestures: [gesture('ann', '2026-03-02')],
    lastDay: '2026-04-30',
    ...more,
  })

  it.each([
    ['2026-04-01', 1],
    ['2026-04-02', 0],
  ])('counts a return on %s (30 days after 2 March) as %i', (returnDay, returned) => {
    const result = measureGoodwillReturn(pair(returnDay), period)

    expect(result.treatedReturnRate).toBe(returned)
  })

  it('does not count another order on the gesture day as a return', () => {
    const data = pair(null)
    const sameDay = { ...data, visits: [...data.visits, visit('ann', '2026-03-02', { revenueMinor: 300 })] }

    const result = measureGoodwillReturn(sameDay, period)

    expect(result.treatedReturnRate).toBe(0)
    expect(result.visitsLift.estimate).toBe(0)
  })

  it('measures the control over its own window: a return 31 days after its visit is not a return', () => {
    const result = measureGoodwillReturn(pair('2026-03-20'), period)

    expect(result.controlReturnRate).toBe(0)
    expect(result.lift.estimate).toBe(1)
    expect(result.visitsLift.estimate).toBe(1)
    expect(result.revenueLiftMinor.estimate).toBe(500)
  })

  it('leaves out a gesture whose window ends after the last day of data, but still counts its cost', () => {
    const result = measureGoodwillReturn(pair('2026-03-20', { lastDay: '2026-03-31' }), period)

    expect(result).toMatchObject({ gestures: 1, gestureValueMinor: 450, treated: 0, censored: 1, matched: 0 })
  })

  it('counts a gesture whose window ends exactly on the last day of data', () => {
    const data = pair('2026-03-20', { lastDay: '2026-04-02' })

    const result = measureGoodwillReturn(data, period)

    expect(result).toMatchObject({ treated: 1, censored: 0, matched: 1 })
  })

  it('takes the latest day in the data as the last day when none is given', () => {
    const result = measureGoodwillReturn(pair('2026-03-20', { lastDay: undefined }), period)

    expect(result.lastDay).toBe('2026-04-03')
  })

  it('counts only gestures in the period', () => {
    const result = measureGoodwillReturn(pair('2026-03-20'), { ...period, from: '2026-03-03' })

    expect(result).toMatchObject({ gestures: 0, treated: 0 })
  })

  it('treats a gesture without an order that day as a visit with no revenue', () => {
    const data: GoodwillData = {
      visits: [regular('ann', '2026-02-27'), regular('ben', '2026-03-02')],
      gestures: [gesture('ann', '2026-03-03')],
      lastDay: '2026-04-30',
    }

    const result = measureGoodwillReturn(data, { ...period, matchOn: ['week', 'tier'] })

    expect(result).toMatchObject({ treated: 1, matched: 1 })
  })

  it('turns down a period that ends before it starts, and a window that is not a whole number of days', () => {
    expect(() => measureGoodwillReturn(pair(null), { ...period, from: '2026-04-01' })).toThrow(DomainError)
    expect(() => measureGoodwillReturn(pair(null), { ...period, windowDays: 0 })).toThrow(DomainError)
    expect(() => measureGoodwillReturn(pair(null), { ...period, to: '2026-02-30' })).toThrow(DomainError)
  })
})

describe('isoWeek', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-03-08', '2026-W10'],
    ['2026-03-09', '2026-W11'],
  ])('puts %s in %s', (day, week) => {
    expect(isoWeek(day)).toBe(week)
  })
})

describe('recencyBand', () => {
  it.each([
    [null, 'first'],
    [1, '0-7'],
    [7, '0-7'],
    [8, '8-30'],
    [30, '8-30'],
    [31, '31-90'],
    [90, '31-90'],
    [91, '91+'],
  ] as const)('puts a visit %s days after the previous one in band %s', (days, band) => {
    expect(recencyBand(days)).toBe(band)
  })
})

describe('frequencyBand', () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [7, '7'],
    [8, '8-9'],
    [9, '8-9'],
    [16, '14-16'],
    [19, '17-19'],
    [59, '45-59'],
    [60, '60+'],
    [90, '60+'],
  ] as const)('puts %s visits in the last 90 days in band %s', (visits90, band) => {
    expect(frequencyBand(visits90)).toBe(band)
  })
})

describe('measureGoodwillReturn strata', () => {
  const period = { from: '2026-01-01', to: '2026-12-31', windowDays: 7 }
  /** Ann's gesture visit on Thursday 31 December 2026, 10 days after her previous visit, as a regular at loc-a. */
  const treated = [regular('ann', '2026-12-21'), regular('ann', '2026-12-31')]
  const withControl = (...controls: VisitRecord[]): GoodwillData => ({
    visits: [...treated, ...controls],
    gestures: [gesture('ann', '2026-12-31')],
    lastDay: '2027-02-01',
  })

  it('matches a visit in the same ISO week across the new year', () => {
    const data = withControl(regular('ben', '2026-12-20'), regular('ben', '2027-01-03'))

    const result = measureGoodwillReturn(data, period)

    expect(result).toMatchObject({ treated: 1, matched: 1, unmatched: 0, controls: 1 })
  })

  it.each([
    ['the next ISO week', [regular('ben', '2026-12-25'), regular('ben', '2027-01-04')]],
    ['another location', [regular('ben', '2026-12-20'), visit('ben', '2026-12-30', { tier: 'regular', locationId: 'loc-b' })]],
    ['another tier', [regular('ben', '2026-12-20'), visit('ben', '2026-12-30', { tier: 'vip' })]],
    ['another recency band', [regular('ben', '2026-12-27'), regular('ben', '2026-12-30')]],
    ['another frequency band', [regular('ben', '2026-10-15'), regular('ben', '2026-12-20'), regular('ben', '2026-12-30')]],
    ['a first visit', [regular('ben', '2026-12-30')]],
  ])('does not match a visit in %s, and counts the gesture visit as unmatched', (_, controls) => {
    const result = measureGoodwillReturn(withControl(...controls), period)

    expect(result).toMatchObject({ treated: 1, matched: 0, unmatched: 1, controls: 0 })
    expect(result.lift.estimate).toBeNull()
  })

  it('takes controls from customers who got a gesture on another day', () => {
    const data: GoodwillData = {
      visits: [
        ...withControl().visits,
        regular('ann', '2026-12-20'),
        regular('ben', '2026-12-10'),
        regular('ben', '2026-12-20'),
        regular('ben', '2026-12-30'),
      ],
      gestures: [gesture('ben', '2026-12-10'), gesture('ann', '2026-12-31')],
      lastDay: '2027-02-01',
    }

    const result = measureGoodwillReturn(data, { ...period, from: '2026-12-28' })

    expect(result).toMatchObject({ treated: 1, matched: 1, controls: 1 })
  })

  it('never uses a visit with a gesture as a control, even one outside the period', () => {
    const data = withControl(regular('ben', '2026-12-20'), regular('ben', '2026-12-30'))
    const both = { ...data, gestures: [...data.gestures, gesture('ben', '2026-12-30')] }

    const result = measureGoodwillReturn(both, { ...period, to: '2026-12-30' })

    expect(result).toMatchObject({ gestures: 1, treated: 1, matched: 0, unmatched: 1 })
  })
})

describe('measureGoodwillReturn by type and reason', () => {
  const data = simulateCafe({ seed: 5, gestureEffect: 0.1, customers: 1_500 })
  const both: GoodwillData = {
    visits: [visit('ann', '2026-03-02'), visit('ben', '2026-03-03'), visit('ann', '2026-03-10')],
    gestures: [
      gesture('ann', '2026-03-02'),
      gesture('ann', '2026-03-02', { type: 'bonus_stamp', reason: 'loyalty_thanks', valueMinor: 100 }),
    ],
    lastDay: '2026-04-30',
  }

  it('splits gestures, visits and lifts by type and by reason, a visit with two gestures in each of its groups', () => {
    const result = measureGoodwillReturn(both, { from: '2026-03-01', to: '2026-03-31', windowDays: 30 })

    expect(result).toMatchObject({ gestures: 2, gestureValueMinor: 550, treated: 1, matched: 1 })
    expect(result.byType).toEqual({
      bonus_stamp: { gestures: 1, gestureValueMinor: 100, treated: 1, matched: 1, lift: { estimate: 1, ciLow: null, ciHigh: null } },
      comp_item: { gestures: 1, gestureValueMinor: 450, treated: 1, matched: 1, lift: { estimate: 1, ciLow: null, ciHigh: null } },
    })
    expect(Object.keys(result.byReason)).toEqual(['delight', 'loyalty_thanks'])
  })

  it('adds up the groups to the whole', () => {
    const result = measureGoodwillReturn(data, simulatedPeriod)

    const types = Object.values(result.byType)
    expect(Object.keys(result.byType)).toEqual(['bonus_stamp', 'comp_item', 'discount'])
    expect(types.reduce((sum, group) => sum + group.gestures, 0)).toBe(result.gestures)
    expect(types.reduce((sum, group) => sum + group.gestureValueMinor, 0)).toBe(result.gestureValueMinor)
    expect(types.every((group) => group.lift.ciLow !== null && group.lift.ciLow < group.lift.ciHigh!)).toBe(true)
  })

  it('gives the same answer, intervals included, whatever the order of the input', () => {
    const shuffled = { ...data, visits: [...data.visits].reverse(), gestures: [...data.gestures].reverse() }

    const options = { ...simulatedPeriod, samples: 200 }

    expect(measureGoodwillReturn(shuffled, options)).toEqual(measureGoodwillReturn(data, options))
  })
})

/** The estimator written out the slow, obvious way, to check the fast one against. */
function bruteForce(data: GoodwillData, from: string, to: string, windowDays: number) {
  type Day = { customerId: string; day: string; revenueMinor: number; tier: Tier; locationId: string; given: boolean }
  const days: Day[] = []
  for (const v of data.visits) {
    const same = days.find((d) => d.customerId === v.customerId && d.day === v.day)
    if (same) same.revenueMinor += v.revenueMinor
    else days.push({ ...v, given: false })
  }
  for (const g of [...data.gestures].sort((a, b) => (a.day < b.day ? -1 : 1))) {
    const same = days.find((d) => d.customerId === g.customerId && d.day === g.day)
    if (same) same.given = true
    else {
      const isVisit = (d: Day) => data.visits.some((v) => v.customerId === d.customerId && v.day === d.day)
      const before = days.filter((d) => d.customerId === g.customerId && d.day < g.day && isVisit(d))
      const latest = before.sort((a, b) => (a.day < b.day ? 1 : -1))[0]
      const tier = latest?.tier ?? 'new'
      days.push({ customerId: g.customerId, day: g.day, revenueMinor: 0, tier, locationId: g.locationId, given: true })
    }
  }
  const lastDay = data.lastDay!
  const complete = (d: Day) => daysBetween(d.day, lastDay) >= windowDays
  const band = (d: Day) => {
    const earlier = days.filter((e) => e.customerId === d.customerId && e.day < d.day).map((e) => daysBetween(e.day, d.day))
    return recencyBand(earlier.length ? Math.min(...earlier) : null)
  }
  const frequency = (d: Day) => {
    const ordered = new Set(data.visits.filter((v) => v.customerId === d.customerId).map((v) => v.day))
    return frequencyBand([...ordered].filter((day) => daysBetween(day, d.day) >= 1 && daysBetween(day, d.day) <= 90).length)
  }
  const key = (d: Day) => [isoWeek(d.day), d.locationId, d.tier, frequency(d), band(d)].join()
  const outcome = (d: Day) => {
    const after = (e: Day) => daysBetween(d.day, e.day)
    const later = days.filter((e) => e.customerId === d.customerId && after(e) >= 1 && after(e) <= windowDays)
    return [later.length > 0 ? 1 : 0, later.length, later.reduce((sum, e) => sum + e.revenueMinor, 0)]
  }
  const treated = days.filter((d) => d.given && d.day >= from && d.day <= to && complete(d))
  const differences = treated.flatMap((t) => {
    const pool = days.filter((c) => !c.given && complete(c) && key(c) === key(t))
    if (pool.length === 0) return []
    const mine = outcome(t)
    return [mine.map((y, o) => y - pool.reduce((sum, c) => sum + outcome(c)[o]!, 0) / pool.length)]
  })
  const mean = (o: number) => (differences.length ? differences.reduce((sum, d) => sum + d[o]!, 0) / differences.length : null)
  return { treated: treated.length, matched: differences.length, lift: mean(0), visits: mean(1), revenue: mean(2) }
}

describe('measureGoodwillReturn against a brute-force reference', () => {
  const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-02-20', n))
  const customerId = fc.constantFrom('ann', 'ben', 'cat', 'dan')
  const visits = fc.array(
    fc.record({
      customerId,
      locationId: fc.constantFrom('loc-a', 'loc-b'),
      day,
      revenueMinor: fc.integer({ min: 0, max: 1_000 }),
      tier: fc.constantFrom<Tier>('new', 'regular'),
    }),
    { maxLength: 40 },
  )
  const gestures = fc.array(
    fc.record({
      customerId,
      locationId: fc.constantFrom('loc-a', 'loc-b'),
      day,
      type: fc.constantFrom('comp_item', 'bonus_stamp'),
      reason: fc.constantFrom('delight'),
      valueMinor: fc.constant(100),
    }),
    { maxLength: 8 },
  )

  it('computes the same counts and lifts as the obvious slow computation', () => {
    fc.assert(
      fc.property(visits, gestures, fc.integer({ min: 1, max: 20 }), (visits, gestures, windowDays) => {
        const data = { visits, gestures, lastDay: '2026-04-30' }

        const fast = measureGoodwillReturn(data, { from: '2026-02-25', to: '2026-04-10', windowDays, samples: 0 })
        const slow = bruteForce(data, '2026-02-25', '2026-04-10', windowDays)

        expect({ treated: fast.treated, matched: fast.matched }).toEqual({ treated: slow.treated, matched: slow.matched })
        for (const [actual, expected] of [[fast.lift.estimate, slow.lift], [fast.visitsLift.estimate, slow.visits]] as const) {
          if (expected === null) expect(actual).toBeNull()
          else expect(actual).toBeCloseTo(expected, 9)
        }
        expect(fast.revenueLiftMinor.estimate).toBe(slow.revenue === null ? null : Math.round(slow.revenue))
      }),
      { numRuns: 300 },
    )
  })
})

describe('measureRecovery', () => {
  const period = { from: '2026-03-01', to: '2026-03-31', windowDays: 30 }

  it('compares problems that got a recovery gesture with problems that did not', () => {
    const data: RecoveryData = {
      visits: [visit('ann', '2026-03-02'), visit('ann', '2026-03-09'), visit('ben', '2026-03-03'), visit('cat', '2026-03-04')],
      gestures: [gesture('ann', '2026-03-02', { type: 'recovery_coupon', reason: 'service_failure' }), gesture('cat', '2026-03-04')],
      problems: [problem('ann', '2026-03-02'), problem('ben', '2026-03-03')],
      lastDay: '2026-04-30',
    }

    const result = measureRecovery(data, period)

    expect(result).toMatchObject({ gestures: 1, treated: 1, matched: 1, controls: 1, treatedReturnRate: 1, controlReturnRate: 0 })
  })

  it('does not take a complaint sent from home for a visit, nor its day for a return', () => {
    const data: RecoveryData = {
      visits: [visit('ann', '2026-02-20'), visit('ben', '2026-02-21'), visit('ben', '2026-03-05')],
      gestures: [],
      problems: [problem('ann', '2026-03-02'), problem('ben', '2026-03-03')],
      lastDay: '2026-04-30',
    }

    const result = measureRecovery(data, { ...period, matchOn: ['tier'] })
    const goodwill = measureGoodwillReturn(data, { ...period, from: '2026-02-01' })

    expect(result).toMatchObject({ treated: 0, controls: 0 })
    expect(goodwill.treated).toBe(0)
  })

  it('counts a recovery gesture given within the grace period, and returns only after it', () => {
    const data: RecoveryData = {
      visits: [visit('ann', '2026-03-02'), visit('ann', '2026-03-04'), visit('ben', '2026-03-03'), visit('ben', '2026-03-05')],
      gestures: [gesture('ann', '2026-03-04', { type: 'recovery_coupon', reason: 'service_failure' })],
      problems: [problem('ann', '2026-03-02'), problem('ben', '2026-03-03')],
      lastDay: '2026-04-30',
    }

    const sameDay = measureRecovery(data, period)
    const withGrace = measureRecovery(data, { ...period, graceDays: 2 })

    expect(sameDay).toMatchObject({ treated: 0 })
    expect(withGrace).toMatchObject({ treated: 1, matched: 1, treatedReturnRate: 0, controlReturnRate: 0 })
  })
})

describe('describeGoodwill', () => {
  const aResult = (lift: [number, number, number] | null, matched = 400): GoodwillResult => ({
    windowDays: 30,
    from: '2026-01-01',
    to: '2026-03-31',
    lastDay: '2026-05-31',
    gestures: 450,
    gestureValueMinor: 180_000,
    treated: 420,
    censored: 0,
    matched,
    unmatched: 420 - matched,
    treatedCustomers: 300,
    controls: 5_000,
    treatedReturnRate: 0.7,
    controlReturnRate: 0.58,
    lift: lift ? { estimate: lift[0], ciLow: lift[1], ciHigh: lift[2] } : { estimate: 0.2, ciLow: null, ciHigh: null },
    visitsLift: { estimate: 0.4, ciLow: 0.1, ciHigh: 0.7 },
    revenueLiftMinor: { estimate: 230, ciLow: 80, ciHigh: 380 },
    byType: {},
    byReason: {},
  })

  it('says how many points more often customers came back, with the interval', () => {
    expect(describeGoodwill(aResult([0.12, 0.07, 0.17]), 30)).toBe(
      "Customers who got a gesture came back within 30 days 12 points more often than similar customers who didn't (95% interval 7 to 17).",
    )
  })

  it('says when they came back less often', () => {
    expect(describeGoodwill(aResult([-0.05, -0.09, -0.01]), 30)).toBe(
      "Customers who got a gesture came back within 30 days 5 points less often than similar customers who didn't (95% interval 1 to 9 points less).",
    )
  })

  it('says there is no clear difference when the interval includes none', () => {
    expect(describeGoodwill(aResult([0.03, -0.02, 0.08]), 30)).toBe(
      "No clear difference: customers who got a gesture came back within 30 days 3 points more often than similar customers who didn't, but the 95% interval (−2 to 8) includes no difference.",
    )
  })

  it('says it is too soon to tell when too few gesture visits could be compared', () => {
    expect(describeGoodwill(aResult(null, 12), 7)).toBe(
      'Too few to tell yet: only 12 gesture visits could be compared with similar visits without a gesture (at least 20 are needed).',
    )
  })

  it('speaks of recovery gestures for the recovery comparison', () => {
    expect(describeRecovery(aResult([0.15, 0.08, 0.22]))).toBe(
      "Customers with a problem who got a recovery gesture came back within 30 days 15 points more often than similar customers with a problem who didn't (95% interval 8 to 22).",
    )
  })
})
