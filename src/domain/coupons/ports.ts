import type { Coupon, CouponWithPlaces } from './coupon.js'
import type { AuditPort } from '../audit/ports.js'
import type { LiveEventsPort } from '../live/ports.js'
import type { OrdersPort } from '../orders/ports.js'
import type { OutboxPort } from '../outbox/ports.js'
import type { RandomBytes, UseCaseDeps } from '../shared/unit-of-work.js'

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

/** Coupons, the failed-code throttle, the order a redemption names, emails, live news and the audit trail. */
export interface CouponsRepos {
  coupons: CouponsPort
  throttle: ThrottlePort
  orders: OrdersPort
  outbox: OutboxPort
  live: LiveEventsPort
  audit: AuditPort
}

export type CouponsDeps = UseCaseDeps<CouponsRepos> & RandomBytes

/** What another module needs to read a coupon. */
export interface CouponReads {
  repos: Pick<CouponsRepos, 'coupons'>
}
