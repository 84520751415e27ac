import type { Coupon, CouponWithPlaces } from './coupon.js'

export interface CouponsPort {
  insert(coupon: Coupon): Promise<void>
  findByCode(code: string): Promise<CouponWithPlaces | undefined>
  findByToken(token: string): Promise<CouponWithPlaces | undefined>
  findById(id: string): Promise<CouponWithPlaces | undefined>
  /** True when this call redeemed the coupon; false when it was used or expired first. */
  markRedeemed(couponId: string, redemption: { at: Date; locationId: string; staffId: string; orderId: string | null }): Promise<boolean>
}

/** Counts failed attempts by key (a session, an address) in a sliding window; shared by every app instance. */
export interface ThrottlePort {
  countSince(key: string, since: Date): Promise<number>
  record(key: string, at: Date): Promise<void>
}
