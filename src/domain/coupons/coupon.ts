import { groupCode, newCode } from '../shared/crockford.js'
import { newLinkToken } from '../shared/link-token.js'

/** A coupon handed to a customer: typed by its code at the counter, opened by its token from a link or QR code. */
export interface Coupon {
  id: string
  /** 12 random Crockford characters (60 bits) and a check character, normalized: `7KQ49XM2HT3BC`. */
  code: string
  /** ≥128 random bits, base64url: the link and QR code, never typed. */
  token: string
  benefit: string
  message: string
  valueMinor: number
  customerId: string | null
  gestureId: string | null
  locationId: string
  issuedBy: string
  issuedAt: Date
  expiresAt: Date
  redeemedAt: Date | null
  redeemedLocationId: string | null
  redeemedStaffId: string | null
  redeemedOrderId: string | null
}

export interface CouponWithPlaces extends Coupon {
  locationName: string
  redeemedLocationName: string | null
  redeemedTimeZone: string | null
}

export const COUPON_CODE_LENGTH = 12
export const COUPON_TOKEN_BYTES = 32
export const DEFAULT_COUPON_DAYS = 30
export const DEFAULT_RECOVERY_MESSAGE = 'A cup should never be half empty. Sorry about today — your next one is on us.'

export const newCouponCode = (randomBytes: (size: number) => Uint8Array) => newCode(COUPON_CODE_LENGTH, randomBytes)
export const newCouponToken = (randomBytes: (size: number) => Uint8Array) => newLinkToken(randomBytes, COUPON_TOKEN_BYTES)
export const displayCouponCode = (code: string) => groupCode(code, 4)

export type CouponState = 'valid' | 'redeemed' | 'expired'

export function couponState(coupon: Pick<Coupon, 'redeemedAt' | 'expiresAt'>, now: Date): CouponState {
  if (coupon.redeemedAt) return 'redeemed'
  return coupon.expiresAt <= now ? 'expired' : 'valid'
}

