import type { GestureRecord, InsightsPort } from '../../domain/insights/index.js'
import { localDay } from '../../domain/shared/instant.js'
import { toInstant, toOptionalInstant } from '../transaction.js'
import { firstReplyAt } from './feedback.repository.js'
import type { Executor } from '../transaction.js'

export function insightsRepository(db: Executor): InsightsPort {
  return {
    async staffGestureActivity(from, to, locationId) {
      let orders = db
        .selectFrom('order')
        .select((eb) => ['staff_id', 'location_id', eb.fn.count<number>('local_day').distinct().as('shifts')])
        .where('staff_id', 'is not', null)
        .where('voided_at', 'is', null)
        .where('placed_at', '>=', from.toISOString())
        .where('placed_at', '<', to.toISOString())
        .groupBy(['staff_id', 'location_id'])
      let gestures = db
        .selectFrom('gesture')
        .leftJoin('customer', 'customer.id', 'gesture.customer_id')
        .select(['gesture.staff_id', 'gesture.location_id', 'gesture.customer_id', 'customer.display_name', 'gesture.value_minor'])
        .where('gesture.status', 'in', ['granted', 'approved'])
        .where('gesture.requested_at', '>=', from.toISOString())
        .where('gesture.requested_at', '<', to.toISOString())
      if (locationId) {
        orders = orders.where('location_id', '=', locationId)
        gestures = gestures.where('gesture.location_id', '=', locationId)
      }
      const [shiftRows, gestureRows, staff] = await Promise.all([
        orders.execute(),
        gestures.execute(),
        db.selectFrom('staff_member').select(['id', 'first_name', 'last_name', 'home_location_id']).where('archived_at', 'is', null).where('role', '!=', 'owner').execute(),
      ])
      return staff
        .filter((member) => !locationId || member.home_location_id === locationId)
        .map((member) => ({
          staffId: member.id,
          staffName: member.first_name,
          staffFullName: `${member.first_name} ${member.last_name}`,
          locationId: member.home_location_id,
          shifts: shiftRows.filter((row) => row.staff_id === member.id).reduce((sum, row) => sum + Number(row.shifts), 0),
          gestures: gestureRows
            .filter((row) => row.staff_id === member.id)
            .map((row) => ({ customerId: row.customer_id, customerName: row.display_name, valueMinor: row.value_minor })),
        }))
    },
    async visitsSince(fromDay) {
      const rows = await db
        .selectFrom('order')
        .select((eb) => ['customer_id', 'local_day', eb.fn.max('location_id').as('location_id'), eb.fn.sum<number>('total_minor').as('revenue')])
        .where('customer_id', 'is not', null)
        .where('voided_at', 'is', null)
        .where('local_day', '>=', fromDay)
        .groupBy(['customer_id', 'local_day'])
        .execute()
      return rows.map((row) => ({ customerId: row.customer_id!, locationId: row.location_id, day: row.local_day, revenueMinor: Number(row.revenue) }))
    },
    async givenGestures(): Promise<GestureRecord[]> {
      const rows = await db
        .selectFrom('gesture')
        .innerJoin('location', 'location.id', 'gesture.location_id')
        .select(['gesture.customer_id', 'gesture.location_id', 'gesture.requested_at', 'gesture.type', 'gesture.reason', 'gesture.value_minor', 'location.time_zone'])
        .where('gesture.customer_id', 'is not', null)
        .where('gesture.status', 'in', ['granted', 'approved'])
        .execute()
      return rows.map((row) => ({
        customerId: row.customer_id!,
        locationId: row.location_id,
        day: localDay(toInstant(row.requested_at), row.time_zone),
        type: row.type,
        reason: row.reason,
        valueMinor: row.value_minor,
      }))
    },
    async servedBy(customerIds) {
      if (customerIds.length === 0) return []
      const rows = await db
        .selectFrom('order')
        .innerJoin('location', 'location.id', 'order.location_id')
        .leftJoin('staff_member', 'staff_member.id', 'order.staff_id')
        .select((eb) => ['order.customer_id', 'order.location_id', 'location.name as location_name', 'order.staff_id', 'staff_member.first_name', eb.fn.countAll<number>().as('orders')])
        .where('order.customer_id', 'in', customerIds)
        .where('order.voided_at', 'is', null)
        .groupBy(['order.customer_id', 'order.location_id', 'location.name', 'order.staff_id', 'staff_member.first_name'])
        .execute()
      return rows.map((row) => ({
        customerId: row.customer_id!,
        locationId: row.location_id,
        locationName: row.location_name,
        staffId: row.staff_id,
        staffName: row.first_name,
        orders: Number(row.orders),
      }))
    },
    async problemReports() {
      const rows = await db
        .selectFrom('feedback')
        .innerJoin('location', 'location.id', 'feedback.location_id')
        .select(['feedback.customer_id', 'feedback.location_id', 'feedback.received_at', 'location.time_zone'])
        .where('feedback.kind', '=', 'problem')
        .where('feedback.customer_id', 'is not', null)
        .execute()
      return rows.map((row) => ({ customerId: row.customer_id!, locationId: row.location_id, day: localDay(toInstant(row.received_at), row.time_zone) }))
    },
    async kudosSince(since) {
      const rows = await db
        .selectFrom('kudos')
        .innerJoin('staff_member', 'staff_member.id', 'kudos.staff_id')
        .innerJoin('location', 'location.id', 'kudos.location_id')
        .select(['kudos.staff_id', 'staff_member.first_name', 'kudos.location_id', 'location.name', 'kudos.from_role'])
        .where('kudos.given_at', '>=', since.toISOString())
        .execute()
      return rows.map((row) => ({ staffId: row.staff_id, staffName: row.first_name, locationId: row.location_id, locationName: row.name, from: row.from_role }))
    },
    async answerableFeedbackSince(since) {
      const rows = await db
        .selectFrom('feedback')
        .innerJoin('location', 'location.id', 'feedback.location_id')
        .select((eb) => [
          'feedback.location_id',
          'location.name',
          'feedback.received_at',
          firstReplyAt(eb),
        ])
        .where('feedback.contact_email', 'is not', null)
        .where('feedback.received_at', '>=', since.toISOString())
        .execute()
      return rows.map((row) => ({
        locationId: row.location_id,
        locationName: row.name,
        receivedAt: toInstant(row.received_at),
        firstReplyAt: toOptionalInstant((row.first_reply_at as string | Date | null) ?? null),
      }))
    },
  }
}
