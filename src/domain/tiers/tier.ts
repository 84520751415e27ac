export type Tier = 'new' | 'occasional' | 'regular' | 'vip'

/** Minimum visits in the last 90 days for each tier above `new` (configurable per business). */
export interface TierThresholds {
  occasional: number
  regular: number
  vip: number
}

export const DEFAULT_TIER_THRESHOLDS: TierThresholds = { occasional: 2, regular: 6, vip: 20 }
export const TIER_WINDOW_DAYS = 90
export const TIER_SETTING = 'tier_thresholds'

/** The tier for a number of visits (distinct local days with an order) in the last 90 days. */
export function tierFor(visits90: number, thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS): Tier {
  if (visits90 >= thresholds.vip) return 'vip'
  if (visits90 >= thresholds.regular) return 'regular'
  if (visits90 >= thresholds.occasional) return 'occasional'
  return 'new'
}

export function isValidThresholds(t: TierThresholds): boolean {
  return [t.occasional, t.regular, t.vip].every((n) => Number.isInteger(n) && n >= 1) && t.occasional < t.regular && t.regular < t.vip
}
