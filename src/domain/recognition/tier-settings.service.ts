import type { Deps } from '../ports.js'
import { DomainError } from '../shared/errors.js'
import { requireRole, type Actor } from '../staff/index.js'
import { DEFAULT_TIER_PERKS, perksFor, TIER_PERKS_SETTING, type TierPerks } from './perks.js'
import { DEFAULT_TIER_THRESHOLDS, isValidThresholds, TIER_SETTING, type Tier, type TierThresholds } from './tier.js'

export interface TierSettings {
  thresholds: TierThresholds
  perks: TierPerks
}

const TIERS: Tier[] = ['new', 'occasional', 'regular', 'vip']

export async function tierSettings(deps: Deps): Promise<TierSettings> {
  const [thresholds, perks] = await Promise.all([deps.repos.settings.get<TierThresholds>(TIER_SETTING), deps.repos.settings.get<Partial<TierPerks>>(TIER_PERKS_SETTING)])
  return { thresholds: thresholds ?? DEFAULT_TIER_THRESHOLDS, perks: Object.fromEntries(TIERS.map((tier) => [tier, perksFor(perks, tier)])) as TierPerks }
}

/** Owners set what makes a regular and what each tier gets; both are audited with before and after. */
export async function setTierSettings(deps: Deps, actor: Actor, input: TierSettings): Promise<TierSettings> {
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
    await repos.audit.record({ actor: { type: 'staff', id: actor.staffId, locationId: actor.locationId }, action: 'tiers.set', subjectType: 'tier_settings', subjectId: 'chain', before, after, at: now })
  })
  return after
}
