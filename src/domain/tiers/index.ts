export { DEFAULT_TIER_THRESHOLDS, isValidThresholds, TIER_SETTING, TIER_WINDOW_DAYS, tierFor, type Tier, type TierThresholds } from './tier.js'
export { BIRTHDAY_WINDOW_DAYS, birthdayRewardDue, DEFAULT_TIER_PERKS, PERK_RANGES, perksFor, TIER_PERKS_SETTING, type TierPerk, type TierPerks } from './perks.js'
export { setTierSettings, tierPerkOf, tierSettings, tierWindowStart, type TierSettings } from './tiers.service.js'
export type { TiersDeps, TiersRepos } from './ports.js'
