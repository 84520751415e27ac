import { describe, expect, it } from 'vitest'
import { tierFor } from '../tiers/index.js'
import { addDays } from '../shared/instant.js'
import { seededRandom } from '../shared/random.js'
import { measureGoodwillReturn, type GestureRecord, type MatchField, type VisitRecord } from './goodwill.js'

const START = '2025-01-01'
const DAYS = 365
const WINDOW_DAYS = 7
/** Each customer's hidden chance of coming back within a week; the analysis sees only visits, tiers and gestures. */
const WEEKLY_RETURN = [0.05, 0.25, 0.5, 0.7, 0.85]

/**
 * A year of a two-location café where staff give more to the faces they know: the chance of a gesture grows with the
 * customer's visits in the last 90 days, across the whole of each tier, and one location is more generous. After each
 * visit the customer comes back within 7 days (after 1 … 7 days) with their hidden chance, or else after 8 … 120 days.
 * A gesture raises that chance by exactly `effect`, so the true 7-day lift is `effect` for every treated visit.
 */
function simulateRecognisingCafe(seed: number, effect: number, customers = 3_000) {
  const random = seededRandom(seed)
  const days = Array.from({ length: DAYS }, (_, i) => addDays(START, i))
  const visits: VisitRecord[] = []
  const gestures: GestureRecord[] = []
  for (let c = 0; c < customers; c++) {
    const customerId = `c${c}`
    const weekly = WEEKLY_RETURN[Math.floor(random() * WEEKLY_RETURN.length)]!
    const home = random() < 0.6 ? 'loc-a' : 'loc-b'
    const history: number[] = []
    for (let day = Math.floor(random() * DAYS); day < DAYS; ) {
      const locationId = random() < 0.85 ? home : home === 'loc-a' ? 'loc-b' : 'loc-a'
      const visits90 = history.filter((previous) => previous >= day - 90).length
      history.push(day)
      visits.push({ customerId, locationId, day: days[day]!, revenueMinor: 300 + Math.floor(random() * 600), tier: tierFor(visits90) })
      let chance = weekly
      const rate = Math.min(0.4, 0.005 + 0.015 * visits90) * (locationId === 'loc-a' ? 1.5 : 1)
      if (random() < rate) {
        gestures.push({ customerId, locationId, day: days[day]!, type: 'comp_item', reason: 'delight', valueMinor: 400 })
        chance += effect
      }
      day += random() < chance ? 1 + Math.floor(random() * 7) : 8 + Math.floor(random() * 113)
    }
  }
  return { visits, gestures, lastDay: days[DAYS - 1]! }
}

const SEEDS = Array.from({ length: 100 }, (_, i) => i + 1)
const period = { from: addDays(START, 120), to: addDays(START, DAYS - 1 - WINDOW_DAYS), windowDays: WINDOW_DAYS, samples: 400 }

/** Over many simulated cafés: how often the 95 % interval holds the true lift, and how often it leaves out 0. */
function repeatedly(effect: number, matchOn?: readonly MatchField[]) {
  let covered = 0
  let claimed = 0
  let error = 0
  for (const seed of SEEDS) {
    const { lift } = measureGoodwillReturn(simulateRecognisingCafe(seed, effect), { ...period, seed, matchOn })
    if (lift.ciLow === null || lift.ciHigh === null || lift.estimate === null) throw new Error(`seed ${seed}: no interval`)
    if (lift.ciLow <= effect && effect <= lift.ciHigh) covered++
    if (lift.ciLow > 0 || lift.ciHigh < 0) claimed++
    error += lift.estimate - effect
  }
  const result = { coverage: covered / SEEDS.length, claimed: claimed / SEEDS.length, bias: error / SEEDS.length }
  console.info(`7-day lift, planted ${effect}, match on ${matchOn?.join('+') ?? 'all'}:`, result)
  return result
}

describe('goodwill return over 100 simulated cafés where staff favour frequent faces', { timeout: 120_000 }, () => {
  it('holds a planted 10-point lift inside its 95 % interval about 95 % of the time', () => {
    const { coverage, bias } = repeatedly(0.1)

    expect(coverage).toBeGreaterThanOrEqual(0.9)
    expect(coverage).toBeLessThanOrEqual(0.99)
    expect(Math.abs(bias)).toBeLessThan(0.005)
  })

  it('claims an effect that is not there about 5 % of the time', () => {
    const { coverage, claimed } = repeatedly(0)

    expect(claimed).toBeLessThanOrEqual(0.1)
    expect(coverage).toBeGreaterThanOrEqual(0.9)
  })

  it('would err upward if it matched on the tier alone, as it once did', () => {
    const { claimed, bias } = repeatedly(0, ['week', 'location', 'tier', 'recency'])

    expect(bias).toBeGreaterThan(0.01)
    expect(claimed).toBeGreaterThan(0.15)
  })
})
