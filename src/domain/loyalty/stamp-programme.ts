import { DomainError } from '../shared/errors.js'
import { addDays, localDay, startOfDayString } from '../shared/instant.js'

/** The chain's stamp card: what earns a stamp, what a full card gives, and the limits that keep it honest. */
export interface StampProgramme {
  active: boolean
  /** 'visit': one stamp for an order with a qualifying item; 'item': one per qualifying item. */
  earnRule: 'visit' | 'item'
  /** Catalog items that earn; empty means every item. */
  qualifyingItemIds: string[]
  stampsRequired: number
  /** What a full card gives, in the counter's words: "any drink free". */
  reward: string
  /** What the reward costs the business, to value a forgiven stamp. */
  rewardValueMinor: number
  /** A stamp expires at the local midnight this many days after the day it was earned. */
  expiryDays: number
  maxEarnsPerDay: number
  minMinutesBetweenEarns: number
  /** Goes up with every change; stamps already issued keep the expiry they were given. */
  version: number
}

export const STAMP_PROGRAMME_SETTING = 'stamp_programme'

export const DEFAULT_STAMP_PROGRAMME: StampProgramme = {
  active: false,
  earnRule: 'visit',
  qualifyingItemIds: [],
  stampsRequired: 10,
  reward: 'any drink free',
  rewardValueMinor: 450,
  expiryDays: 365,
  maxEarnsPerDay: 2,
  minMinutesBetweenEarns: 120,
  version: 0,
}

const RANGES = {
  stampsRequired: [2, 50],
  rewardValueMinor: [0, 100_000],
  expiryDays: [1, 3_650],
  maxEarnsPerDay: [1, 20],
  minMinutesBetweenEarns: [0, 24 * 60],
} as const

/** Checks a programme an owner typed; a bad field is named, nothing is half-saved. */
export function validateProgramme(programme: Omit<StampProgramme, 'version'>): void {
  for (const [field, [min, max]] of Object.entries(RANGES) as [keyof typeof RANGES, readonly [number, number]][]) {
    const value = programme[field]
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new DomainError('invalid', 'stamps.programme_invalid', `${field} must be a whole number from ${min} to ${max}.`, { field })
    }
  }
  const reward = programme.reward.trim()
  if (reward.length === 0 || reward.length > 60) {
    throw new DomainError('invalid', 'stamps.programme_invalid', 'Say what a full card gives, in up to 60 characters.', { field: 'reward' })
  }
}

/** What the stamp rules read of an order line. */
export interface StampableLine {
  catalogItemId: string
  quantity: number
}

const qualifies = (programme: StampProgramme, line: StampableLine) => programme.qualifyingItemIds.length === 0 || programme.qualifyingItemIds.includes(line.catalogItemId)

/** Stamps an order earns under the programme, before the earn limits. */
export function stampsForOrder(programme: StampProgramme, lines: readonly StampableLine[]): number {
  if (!programme.active) return 0
  const qualifying = lines.filter((line) => qualifies(programme, line))
  if (programme.earnRule === 'visit') return qualifying.length > 0 ? 1 : 0
  return qualifying.reduce((sum, line) => sum + line.quantity, 0)
}

export type EarnBlock = { limit: 'per_day'; cap: number } | { limit: 'between_earns'; minutes: number; nextAt: Date }

/**
 * Whether one more earn is allowed now, given the customer's earlier earns: at most `maxEarnsPerDay` on one local
 * day of the location and `minMinutesBetweenEarns` apart, so closing a tab after every beer earns nothing extra.
 */
export function earnBlock(programme: StampProgramme, earlierEarns: readonly Date[], now: Date, timeZone: string): EarnBlock | null {
  const today = localDay(now, timeZone)
  if (earlierEarns.filter((at) => localDay(at, timeZone) === today).length >= programme.maxEarnsPerDay) return { limit: 'per_day', cap: programme.maxEarnsPerDay }
  const latest = Math.max(...earlierEarns.map((at) => at.getTime()), Number.NEGATIVE_INFINITY)
  const gapMs = programme.minMinutesBetweenEarns * 60_000
  if (latest + gapMs > now.getTime()) return { limit: 'between_earns', minutes: programme.minMinutesBetweenEarns, nextAt: new Date(latest + gapMs) }
  return null
}

/** A batch earned now expires at the local midnight that starts the day `expiryDays` later. */
export const batchExpiry = (programme: StampProgramme, now: Date, timeZone: string): Date => startOfDayString(addDays(localDay(now, timeZone), programme.expiryDays), timeZone)

/** The value of one stamp, for a stamp given as goodwill or forgiven on a void. */
export const stampValueMinor = (programme: StampProgramme): number => Math.round(programme.rewardValueMinor / programme.stampsRequired)
