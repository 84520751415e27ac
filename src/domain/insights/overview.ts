import { addDays } from '../shared/instant.js'
import { tierFor, type Tier, type TierThresholds } from '../tiers/index.js'
import type { RawVisit } from './ports.js'

/** Retention by first-visit month: the share of each cohort seen again in each later month. */
export interface Cohort {
  month: string
  customers: number
  /** retained[k] is the share of the cohort with a visit k months after their first month (k ≥ 1). */
  retained: number[]
}

const monthOf = (day: string) => day.slice(0, 7)
const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7))

function byCustomer(visits: readonly RawVisit[]) {
  const map = new Map<string, string[]>()
  for (const visit of visits) {
    const days = map.get(visit.customerId)
    if (days) days.push(visit.day)
    else map.set(visit.customerId, [visit.day])
  }
  for (const days of map.values()) days.sort()
  return map
}

export function retentionCohorts(visits: readonly RawVisit[], lastDay: string, maxCohorts = 6): Cohort[] {
  const lastMonth = monthOf(lastDay)
  const cohorts = new Map<string, { customers: number; seen: number[] }>()
  for (const days of byCustomer(visits).values()) {
    const first = monthOf(days[0]!)
    const cohort = cohorts.get(first) ?? { customers: 0, seen: [] }
    cohort.customers += 1
    const months = new Set(days.map((day) => monthsBetween(first, monthOf(day))))
    for (const k of months) if (k > 0) cohort.seen[k] = (cohort.seen[k] ?? 0) + 1
    cohorts.set(first, cohort)
  }
  return [...cohorts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(-maxCohorts)
    .map(([month, cohort]) => {
      const span = monthsBetween(month, lastMonth)
      return { month, customers: cohort.customers, retained: Array.from({ length: span }, (_, i) => (cohort.seen[i + 1] ?? 0) / cohort.customers) }
    })
}

/** How many customers came how often in the last 90 days (bins: 1, 2–3, 4–7, 8–15, 16+ visits). */
export function visitFrequency(visits: readonly RawVisit[], lastDay: string): { bin: string; customers: number }[] {
  const since = addDays(lastDay, -89)
  const counts = new Map<string, number>()
  for (const visit of visits) if (visit.day >= since && visit.day <= lastDay) counts.set(visit.customerId, (counts.get(visit.customerId) ?? 0) + 1)
  const bins = [
    { bin: '1', min: 1, max: 1 },
    { bin: '2–3', min: 2, max: 3 },
    { bin: '4–7', min: 4, max: 7 },
    { bin: '8–15', min: 8, max: 15 },
    { bin: '16+', min: 16, max: Infinity },
  ]
  return bins.map(({ bin, min, max }) => ({ bin, customers: [...counts.values()].filter((n) => n >= min && n <= max).length }))
}

/** Customers in each tier at the end of each of the last months (customers with no visit in 90 days are left out). */
export function tierMix(visits: readonly RawVisit[], lastDay: string, thresholds: TierThresholds, months = 6): { month: string; tiers: Record<Tier, number> }[] {
  const customers = [...byCustomer(visits).values()]
  const ends: string[] = []
  let end = lastDay
  for (let i = 0; i < months; i++) {
    ends.unshift(end)
    end = addDays(`${end.slice(0, 7)}-01`, -1)
  }
  return ends.map((day) => {
    const since = addDays(day, -89)
    const tiers: Record<Tier, number> = { new: 0, occasional: 0, regular: 0, vip: 0 }
    for (const days of customers) {
      const n = days.filter((d) => d >= since && d <= day).length
      if (n > 0) tiers[tierFor(n, thresholds)] += 1
    }
    return { month: monthOf(day), tiers }
  })
}

const percent = (share: number) => `${Math.round(share * 100)}%`

export function describeRetention(cohorts: Cohort[]): string {
  const withNext = cohorts.filter((cohort) => cohort.retained.length > 0 && cohort.customers >= 10)
  if (withNext.length === 0) return 'Too few customers yet to say how many come back the month after their first visit.'
  const shares = withNext.map((cohort) => cohort.retained[0]!)
  const low = Math.min(...shares)
  const high = Math.max(...shares)
  return low === high
    ? `${percent(low)} of new customers came back the month after their first visit.`
    : `Between ${percent(low)} and ${percent(high)} of each month's new customers came back the following month.`
}

export function describeFrequency(bins: { bin: string; customers: number }[]): string {
  const total = bins.reduce((sum, bin) => sum + bin.customers, 0)
  if (total === 0) return 'No visits in the last 90 days.'
  const often = bins.filter((bin) => bin.bin === '8–15' || bin.bin === '16+').reduce((sum, bin) => sum + bin.customers, 0)
  return `${percent(often / total)} of the ${total} customers seen in the last 90 days came 8 times or more; ${percent(bins[0]!.customers / total)} came once.`
}

export function describeTierMix(mix: { month: string; tiers: Record<Tier, number> }[]): string {
  if (mix.length < 2) return 'Not enough history to show a trend.'
  const regulars = (m: (typeof mix)[number]) => m.tiers.regular + m.tiers.vip
  const first = regulars(mix[0]!)
  const last = regulars(mix[mix.length - 1]!)
  if (first === last) return `Regulars and VIPs held steady at ${last}.`
  return `Regulars and VIPs went from ${first} to ${last} over ${mix.length} months (${last > first ? 'up' : 'down'} ${Math.abs(last - first)}).`
}
