import type { Customer, CustomerNote } from '../customers/index.js'
import { customerOutlook, type Outlook } from '../visit-model/index.js'
import { customerNotFound, searchCustomers, type SearchHit } from '../customers/index.js'
import type { OrderSummary } from '../orders/index.js'
import type { RecognitionDeps } from './ports.js'
import { daysBetween, localDay } from '../shared/instant.js'
import type { Actor } from '../access/index.js'
import { goodwillLast30d, lastGestureOfType } from '../empowerment/index.js'
import { stampCard, type StampCard } from '../loyalty/index.js'
import { tabOf, type TabKind, type TabView } from '../tabs/index.js'
import { birthdayRewardDue, DEFAULT_TIER_THRESHOLDS, perksFor, TIER_PERKS_SETTING, TIER_SETTING, tierFor, tierWindowStart, type Tier, type TierPerk, type TierPerks, type TierThresholds } from '../tiers/index.js'
import { deriveUsual, USUAL_WINDOW, type Usual } from './usual.js'

export interface GreetingCard {
  customer: Customer
  tier: Tier
  visits90: number
  lastVisit: { at: Date; locationId: string; locationName: string; daysAgo: number } | null
  /** Days until the birthday when it falls within the next 7 days (0 = today). */
  birthdayInDays: number | null
  notes: CustomerNote[]
  usual: Usual
  recentOrders: OrderSummary[]
  /** The visit model's view; `lapsing` is what makes the counter say "welcome back". */
  outlook: Outlook | null
  /** "7 of 10, 3 more for any drink free"; null when the business has no stamp card. */
  stamps: StampCard | null
  /** The open tab or house account and what is on it; null when none is open. */
  tab: Pick<TabView, 'balanceMinor' | 'availableMinor'> & { kind: TabKind; limitMinor: number } | null
  /** What this customer's tier gets here, and whether the birthday reward is due today. */
  perks: TierPerk & { birthdayRewardDue: boolean }
  /** Goodwill given in the last 30 days, across the chain: what a gesture's per-customer limit adds to. */
  goodwillLast30dMinor: number
}


/** Everything the counter needs to greet a customer as someone known. */
export async function greetingCard(deps: RecognitionDeps, actor: Actor, customerId: string): Promise<GreetingCard> {
  const now = deps.clock.now()
  const { customers, orders, settings } = deps.repos
  const today = localDay(now, actor.timeZone)
  const [customer, recent, visits90, notes, thresholds, outlook, stamps, tab, perks, lastBirthday, goodwillLast30dMinor] = await Promise.all([
    customers.findById(customerId),
    orders.recentForCustomer(customerId, USUAL_WINDOW),
    deps.repos.visits.countVisitDays(customerId, tierWindowStart(today)),
    customers.listNotes(customerId, 10),
    settings.get<TierThresholds>(TIER_SETTING),
    customerOutlook(deps, customerId, today),
    stampCard(deps, customerId),
    tabOf(deps, customerId),
    settings.get<Partial<TierPerks>>(TIER_PERKS_SETTING),
    lastGestureOfType(deps, customerId, 'birthday'),
    goodwillLast30d(deps, customerId, now),
  ])
  if (!customer) throw customerNotFound(customerId)
  const last = recent[0]
  const tier = tierFor(visits90, thresholds ?? DEFAULT_TIER_THRESHOLDS)
  const perk = perksFor(perks, tier)
  return {
    customer,
    tier,
    visits90,
    lastVisit: last
      ? { at: last.placedAt, locationId: last.locationId, locationName: last.locationName, daysAgo: daysBetween(localDay(last.placedAt, actor.timeZone), today) }
      : null,
    birthdayInDays: customer.birthday ? daysUntilBirthday(today, customer.birthday) : null,
    notes,
    usual: deriveUsual(recent),
    recentOrders: recent.slice(0, 5),
    outlook,
    stamps: stamps.active || stamps.stamps > 0 ? { ...stamps, history: stamps.history.slice(0, 5) } : null,
    tab: tab.account?.status === 'open' ? { kind: tab.account.kind, limitMinor: tab.account.limitMinor, balanceMinor: tab.balanceMinor, availableMinor: tab.availableMinor } : null,
    perks: { ...perk, birthdayRewardDue: perk.birthdayReward && birthdayRewardDue(today, customer.birthday, lastBirthday ? localDay(lastBirthday, actor.timeZone) : null) },
    goodwillLast30dMinor,
  }
}

/** Days from `today` (YYYY-MM-DD) to the next birthday when within 7 days, else null. A 29 February birthday is kept on 28 February in other years. */
export function daysUntilBirthday(today: string, birthday: { month: number; day: number }): number | null {
  const year = Number(today.slice(0, 4))
  for (const candidateYear of [year, year + 1]) {
    const leap = (candidateYear % 4 === 0 && candidateYear % 100 !== 0) || candidateYear % 400 === 0
    const day = birthday.month === 2 && birthday.day === 29 && !leap ? 28 : birthday.day
    const date = `${candidateYear}-${String(birthday.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    const days = daysBetween(today, date)
    if (days >= 0) return days <= 7 ? days : null
  }
  return null
}

/**
 * The counter's search: customers found by phone, card or name, each with their tier ("Jill Okafor ..4417 Regular")
 * counted in the actor's local days, read with the results rather than after them.
 */
export async function searchToGreet(deps: RecognitionDeps, actor: Actor, query: string): Promise<{ hit: SearchHit; tier: Tier }[]> {
  const today = localDay(deps.clock.now(), actor.timeZone)
  const [hits, thresholds] = await Promise.all([
    searchCustomers(deps, actor, query, tierWindowStart(today)),
    deps.repos.settings.get<TierThresholds>(TIER_SETTING),
  ])
  return hits.map((hit) => ({ hit, tier: tierFor(hit.customer.visitDays, thresholds ?? DEFAULT_TIER_THRESHOLDS) }))
}
