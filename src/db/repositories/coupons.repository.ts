import type { Coupon, CouponsPort, CouponWithPlaces, ThrottlePort } from '../../domain/coupons/index.js'
import type { Ids } from '../../domain/shared/ids.js'
import { toInstant, toOptionalInstant, type Executor } from '../transaction.js'

export function couponRow(coupon: Coupon) {
  return {
    id: coupon.id,
    code: coupon.code,
    token: coupon.token,
    benefit: coupon.benefit,
    message: coupon.message,
    value_minor: coupon.valueMinor,
    customer_id: coupon.customerId,
    gesture_id: coupon.gestureId,
    location_id: coupon.locationId,
    issued_by: coupon.issuedBy,
    issued_at: coupon.issuedAt.toISOString(),
    expires_at: coupon.expiresAt.toISOString(),
    redeemed_at: coupon.redeemedAt?.toISOString() ?? null,
    redeemed_location_id: coupon.redeemedLocationId,
    redeemed_staff_id: coupon.redeemedStaffId,
    redeemed_order_id: coupon.redeemedOrderId,
  }
}

export function couponsRepository(db: Executor): CouponsPort {
  const select = () =>
    db
      .selectFrom('coupon')
      .innerJoin('location as issued', 'issued.id', 'coupon.location_id')
      .leftJoin('location as redeemed', 'redeemed.id', 'coupon.redeemed_location_id')
      .selectAll('coupon')
      .select(['issued.name as location_name', 'redeemed.name as redeemed_location_name', 'redeemed.time_zone as redeemed_time_zone'])

  async function one(query: ReturnType<typeof select>): Promise<CouponWithPlaces | undefined> {
    const row = await query.executeTakeFirst()
    if (!row) return undefined
    return {
      id: row.id,
      code: row.code,
      token: row.token,
      benefit: row.benefit,
      message: row.message,
      valueMinor: row.value_minor,
      customerId: row.customer_id,
      gestureId: row.gesture_id,
      locationId: row.location_id,
      issuedBy: row.issued_by,
      issuedAt: toInstant(row.issued_at),
      expiresAt: toInstant(row.expires_at),
      redeemedAt: toOptionalInstant(row.redeemed_at),
      redeemedLocationId: row.redeemed_location_id,
      redeemedStaffId: row.redeemed_staff_id,
      redeemedOrderId: row.redeemed_order_id,
      locationName: row.location_name,
      redeemedLocationName: row.redeemed_location_name,
      redeemedTimeZone: row.redeemed_time_zone,
    }
  }

  return {
    async insert(coupon) {
      await db.insertInto('coupon').values(couponRow(coupon)).execute()
    },
    findByCode: (code) => one(select().where('coupon.code', '=', code)),
    findByToken: (token) => one(select().where('coupon.token', '=', token)),
    findById: (id) => one(select().where('coupon.id', '=', id)),
    async markRedeemed(couponId, redemption) {
      const result = await db
        .updateTable('coupon')
        .set({
          redeemed_at: redemption.at.toISOString(),
          redeemed_location_id: redemption.locationId,
          redeemed_staff_id: redemption.staffId,
          redeemed_order_id: redemption.orderId,
        })
        .where('id', '=', couponId)
        .where('redeemed_at', 'is', null)
        .where('expires_at', '>', redemption.at.toISOString())
        .executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
  }
}

export function throttleRepository(db: Executor, ids: Ids): ThrottlePort {
  return {
    async countSince(key, since) {
      const row = await db
        .selectFrom('throttle_event')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('key', '=', key)
        .where('at', '>=', since.toISOString())
        .executeTakeFirstOrThrow()
      return Number(row.count)
    },
    async record(key, at) {
      await db.insertInto('throttle_event').values({ id: ids.next(), key, at: at.toISOString() }).execute()
    },
  }
}
