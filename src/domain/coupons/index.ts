export type { Coupon, CouponState, CouponWithPlaces } from './coupon.js'
export type { CouponReads, CouponsDeps, CouponsPort, CouponsRepos, ThrottlePort } from './ports.js'
export { couponState, DEFAULT_COUPON_DAYS, DEFAULT_RECOVERY_MESSAGE, displayCouponCode, newCouponCode, newCouponToken } from './coupon.js'
export { couponOrigin, getCoupon, issueCoupon, publicCoupon, redeemCoupon, sendCouponLink, WRONG_CODE_LIMIT, type IssueCouponInput, type RedeemRequest } from './coupons.service.js'
