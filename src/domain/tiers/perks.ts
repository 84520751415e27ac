import { daysBetween } from '../shared/instant.js'
import type { Tier } from './tier.js'

/** What a tier gets: whether a tab may be opened at the counter and its limit, a birthday reward, a welcome-back allowance. */
export interface TierPerk {
  /** 0: no tab without a manager. */
  tabLimitMinor: number
  birthdayReward: boolean
  /** A gesture the counter may give a lapsing customer on coming back, inside the giver's own limits. */
  welcomeBackMinor: number
}

export type TierPerks = Record<Tier, TierPerk>

export const TIER_PERKS_SETTING = 'tier_perks'

export const DEFAULT_TIER_PERKS: TierPerks = {
  new: { tabLimitMinor: 0, birthdayReward: false, welcomeBackMinor: 0 },
  occasional: { tabLimitMinor: 0, birthdayReward: true, welcomeBackMinor: 0 },
  regular: { tabLimitMinor: 3_000, birthdayReward: true, welcomeBackMinor: 300 },
  vip: { tabLimitMinor: 10_000, birthdayReward: true, welcomeBackMinor: 500 },
}

export const BIRTHDAY_WINDOW_DAYS = 3

/** Limits an owner may set, so a typo cannot put $10,000 tabs in every regular's hands. */
export const PERK_RANGES = { tabLimitMinor: [0, 100_000], welcomeBackMinor: [0, 10_000] } as const

/** The perks in force, with defaults for any tier an owner has not set. */
export const perksFor = (perks: Partial<TierPerks> | undefined, tier: Tier): TierPerk => ({ ...DEFAULT_TIER_PERKS[tier], ...perks?.[tier] })

/**
 * The birthday reward is due within ±3 days of the birthday, once a year: not when one was given in the last 300
 * days (a reward on 30 December and another on 2 January of the next birthday would be one year's, twice).
 */
export function birthdayRewardDue(today: string, birthday: { month: number; day: number } | null, lastBirthdayGiftDay: string | null): boolean {
  if (!birthday) return false
  if (lastBirthdayGiftDay && daysBetween(lastBirthdayGiftDay, today) < 300) return false
  const year = Number(today.slice(0, 4))
  return [year - 1, year, year + 1].some((y) => {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
    const day = birthday.month === 2 && birthday.day === 29 && !leap ? 28 : birthday.day
    return Math.abs(daysBetween(today, `${y}-${String(birthday.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)) <= BIRTHDAY_WINDOW_DAYS
  })
}
