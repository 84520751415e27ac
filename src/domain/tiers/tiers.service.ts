import { auditRecord } from '../audit/index.js'
import type { TiersDeps, TiersRepos } from './ports.js'
import { addDays } from '../shared/instant.js'
import { DomainError } from '../shared/errors.js'
import { requireRole, type Actor } from '../access/index.js'
import { DEFAULT_TIER_PERKS, perksFor, TIER_PERKS_SETTING, type TierPerk, type TierPerks } from './perks.js'
import { DEFAULT_TIER_THRESHOLDS, isValidThresholds, TIER_SETTING, TIER_WINDOW_DAYS, tierFor, type Tier, type TierThresholds } from './tier.js'

export interface TierSettings {
  thresholds: TierThresholds
  perks: TierPerks
}

const TIERS: Tier[] = ['new', 'occasional', 'regular', 'vip']

export async function tierSettings(deps: { repos: Pick<TiersRepos, 'settings'> }): Promise<TierSettings> {
  const [thresholds, perks] = await Promise.all([deps.repos.settings.get<TierThresholds>(TIER_SETTING), deps.repos.settings.get<Partial<TierPerks>>(TIER_PERKS_SETTING)])
  return { thresholds: thresholds ?? DEFAULT_TIER_THRESHOLDS, perks: Object.fromEntries(TIERS.map((tier) => [tier, perksFor(perks, tier)])) as TierPerks }
}

/** Owners set what makes a regular and what each tier gets; both are audited with before and after. */
export async function setTierSettings(deps: TiersDeps, actor: Actor, input: TierSettings): Promise<TierSettings> {
  requireRole(actor, 'owner', 'set tiers and perks')
  if (!isValidThresholds(input.thresholds)) {
    throw new DomainError('invalid', 'tiers.thresholds_invalid', 'Visits for occasional, regular and VIP must each be higher than the last.', { field: 'thresholds' })
  }
  const now = deps.clock.now()
  const before = await tierSettings(deps)
  const after: TierSettings = { thresholds: input.thresholds, perks: { ...DEFAULT_TIER_PERKS, ...input.perks } }
  await deps.uow.run(async (repos) => {
    await repos.settings.set(TIER_SETTING, after.thresholds)
    await repos.settings.set(TIER_PERKS_SETTING, after.perks)
    await repos.audit.record(auditRecord(actor, 'tiers.set', { type: 'tier_settings', id: 'chain' }, now, { before, after }))
  })
  return after
}

/** The first local day of the tier window: the last 90 days, today included. */
export const tierWindowStart = (today: string) => addDays(today, 1 - TIER_WINDOW_DAYS)

/** The customer's tier now and what it gets, counted in the actor's local days. */
export async function tierPerkOf(repos: Pick<TiersRepos, 'visits' | 'settings'>, customerId: string, today: string): Promise<{ tier: Tier; perk: TierPerk }> {
  const [visits, thresholds, perks] = await Promise.all([
    repos.visits.countVisitDays(customerId, tierWindowStart(today)),
    repos.settings.get<TierThresholds>(TIER_SETTING),
    repos.settings.get<Partial<TierPerks>>(TIER_PERKS_SETTING),
  ])
  const tier = tierFor(visits, thresholds ?? DEFAULT_TIER_THRESHOLDS)
  return { tier, perk: perksFor(perks, tier) }
}
