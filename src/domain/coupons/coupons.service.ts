import { auditRecord } from '../audit/index.js'
import type { CouponReads, CouponsDeps, CouponsRepos } from './ports.js'
import { hasValidCheck, normalizeCode } from '../shared/crockford.js'
import { DomainError } from '../shared/errors.js'
import { requireLocation, type Actor } from '../access/index.js'
import { couponState, displayCouponCode, newCouponCode, newCouponToken, type Coupon, type CouponWithPlaces, COUPON_CODE_LENGTH } from './coupon.js'
import { isEmailAddress } from '../shared/email.js'
import { orderOrigin } from '../orders/index.js'

export const WRONG_CODE_LIMIT = 10
/** A staff member signing in again does not start afresh: across their sessions, three times the session's limit. */
export const WRONG_CODE_STAFF_LIMIT = 3 * WRONG_CODE_LIMIT
export const WRONG_CODE_WINDOW_MS = 15 * 60_000

export interface IssueCouponInput {
  benefit: string
  message: string
  valueMinor: number
  customerId: string | null
  gestureId: string | null
  validDays: number
}

/** Issues a coupon inside the caller's transaction and audits it. */
export async function issueCoupon(deps: Pick<CouponsDeps, 'ids' | 'randomBytes'>, repos: Pick<CouponsRepos, 'coupons' | 'audit'>, actor: Actor, input: IssueCouponInput, now: Date): Promise<Coupon> {
  const coupon: Coupon = {
    id: deps.ids.next(),
    code: newCouponCode(deps.randomBytes),
    token: newCouponToken(deps.randomBytes),
    benefit: input.benefit,
    message: input.message,
    valueMinor: input.valueMinor,
    customerId: input.customerId,
    gestureId: input.gestureId,
    locationId: actor.locationId,
    issuedBy: actor.staffId,
    issuedAt: now,
    expiresAt: new Date(now.getTime() + input.validDays * 86_400_000),
    redeemedAt: null,
    redeemedLocationId: null,
    redeemedStaffId: null,
    redeemedOrderId: null,
  }
  await repos.coupons.insert(coupon)
  await repos.audit.record(auditRecord(actor, 'coupon.issued', { type: 'coupon', id: coupon.id }, now, {
    locationId: actor.locationId,
    after: { ...coupon, token: undefined, code: displayCouponCode(coupon.code) },
  }))
  return coupon
}

export interface RedeemRequest {
  code?: string
  token?: string
  orderId?: string | null
}

/**
 * Redeems a coupon once, at any location of the chain. A typed code is checked by its check character before any
 * lookup; unknown codes are audited and count against the session and the staff member, never the shop's address:
 * one barista's typos must not stop the tablet beside them.
 */
export async function redeemCoupon(deps: CouponsDeps, actor: Actor, request: RedeemRequest): Promise<CouponWithPlaces> {
  const now = deps.clock.now()
  const code = request.code === undefined ? undefined : normalizeCode(request.code)
  if (code !== undefined && (code.length !== COUPON_CODE_LENGTH + 1 || !hasValidCheck(code))) {
    throw new DomainError('invalid', 'coupon.typo', 'That code has a typo: check each character against the coupon.', { field: 'code' })
  }
  if (code === undefined && !request.token) throw new DomainError('invalid', 'coupon.code_required', 'Type the coupon code or scan its QR code.', { field: 'code' })

  const limits = [
    { key: `coupon:session:${actor.sessionId}`, limit: WRONG_CODE_LIMIT },
    { key: `coupon:staff:${actor.staffId}`, limit: WRONG_CODE_STAFF_LIMIT },
  ]
  const since = new Date(now.getTime() - WRONG_CODE_WINDOW_MS)
  for (const { key, limit } of limits) {
    if ((await deps.repos.throttle.countSince(key, since)) >= limit) {
      throw new DomainError('rate_limited', 'coupon.too_many_wrong_codes', 'Too many wrong codes. Wait 15 minutes, or ask a manager.', {
        retryAfterSeconds: WRONG_CODE_WINDOW_MS / 1000,
      })
    }
  }

  return deps.uow.run(async (repos) => {
    const coupon = code !== undefined ? await repos.coupons.findByCode(code) : await repos.coupons.findByToken(request.token!)
    if (!coupon) {
      for (const { key } of limits) await repos.throttle.record(key, now)
      // A scanned link is a bearer secret: the event says a link was tried, never which.
      const tried = code !== undefined ? displayCouponCode(code) : 'link'
      await repos.audit.record(auditRecord(actor, 'coupon.wrong_code', { type: 'coupon', id: tried }, now, {
        locationId: actor.locationId,
        after: code !== undefined ? { code: tried } : { by: 'link' },
      }))
      return null
    }
    if (request.orderId) {
      const order = await orderOrigin({ repos }, request.orderId)
      if (!order || order.locationId !== actor.locationId) {
        throw new DomainError('invalid', 'coupon.unknown_order', 'That order is not one of this location’s.', { field: 'orderId' })
      }
    }
    const redemption = { at: now, locationId: actor.locationId, staffId: actor.staffId, orderId: request.orderId ?? null }
    if (!(await repos.coupons.markRedeemed(coupon.id, redemption))) {
      const current = (await repos.coupons.findById(coupon.id))!
      throw couponUnavailable(current, now)
    }
    await repos.audit.record(auditRecord(actor, 'coupon.redeemed', { type: 'coupon', id: coupon.id }, now, {
      locationId: actor.locationId,
      before: { redeemedAt: null },
      after: { redeemedAt: now, ...redemption },
    }))
    await repos.live.publish({ topic: 'coupon.redeemed', locationId: actor.locationId, payload: { couponId: coupon.id } }, now)
    return (await repos.coupons.findById(coupon.id))!
  }).then((redeemed) => {
    if (!redeemed) throw new DomainError('not_found', 'coupon.not_found', 'No coupon has this code. Check it with the customer.', { field: 'code' })
    return redeemed
  })
}

function couponUnavailable(coupon: CouponWithPlaces, now: Date): DomainError {
  if (couponState(coupon, now) === 'redeemed') {
    const when = coupon.redeemedAt!
    const zone = coupon.redeemedTimeZone ?? 'UTC'
    const label = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(when)
    return new DomainError('conflict', 'coupon.already_redeemed', `Used ${label} at ${coupon.redeemedLocationName}.`, {
      redeemedAt: when.toISOString(),
      redeemedLocationId: coupon.redeemedLocationId,
      redeemedLocationName: coupon.redeemedLocationName,
    })
  }
  return new DomainError('conflict', 'coupon.expired', 'This coupon has expired.', { expiresAt: coupon.expiresAt.toISOString() })
}

/** What a stranger holding the link may see: the message, benefit, expiry and whether it is still good. */
export async function publicCoupon(deps: CouponsDeps, token: string) {
  const coupon = token.length >= 40 && token.length <= 64 ? await deps.repos.coupons.findByToken(token) : undefined
  if (!coupon) throw new DomainError('not_found', 'coupon.not_found', 'This coupon link is not valid.')
  return { coupon, state: couponState(coupon, deps.clock.now()) }
}

/** A coupon with its code, for the location that issued it (and owners): elsewhere the code is only redeemed. */
export async function getCoupon(deps: CouponsDeps, actor: Actor, id: string): Promise<CouponWithPlaces> {
  const coupon = await deps.repos.coupons.findById(id)
  if (!coupon) throw new DomainError('not_found', 'coupon.not_found', 'No coupon with this id.')
  requireLocation(actor, coupon.locationId)
  return coupon
}

/** Where a coupon was issued and for whom; undefined when there is no such coupon. */
export async function couponOrigin(deps: CouponReads, couponId: string): Promise<Pick<Coupon, 'locationId' | 'customerId'> | undefined> {
  const coupon = await deps.repos.coupons.findById(couponId)
  return coupon && { locationId: coupon.locationId, customerId: coupon.customerId }
}

/** Emails a coupon's link to the customer, through the outbox in the same transaction as its audit event. */
export async function sendCouponLink(deps: CouponsDeps, actor: Actor, couponId: string, request: { email: string; baseUrl: string; business: string }): Promise<void> {
  const email = request.email.trim()
  if (!isEmailAddress(email)) throw new DomainError('invalid', 'coupon.email_invalid', `“${email}” is not an email address.`, { field: 'email' })
  const now = deps.clock.now()
  await deps.uow.run(async (repos) => {
    const coupon = await repos.coupons.findById(couponId)
    if (!coupon) throw new DomainError('not_found', 'coupon.not_found', 'No coupon with this id.')
    requireLocation(actor, coupon.locationId)
    const link = `${request.baseUrl}/c/${coupon.token}`
    await repos.outbox.enqueue(
      {
        topic: 'email.send',
        payload: {
          to: email,
          subject: `${coupon.benefit} — from ${request.business}`,
          text: `${coupon.message}\n\n${coupon.benefit}. Show this at any of our locations: ${link}\n\nCode: ${displayCouponCode(coupon.code)}`,
        },
      },
      now,
    )
    await repos.audit.record(auditRecord(actor, 'coupon.sent', { type: 'coupon', id: coupon.id }, now, { locationId: actor.locationId, after: { to: email } }))
  })
}
