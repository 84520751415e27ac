import { sql } from 'kysely'
import type { StampEntry, StampKind, StampsPort } from '../../domain/loyalty/index.js'
import { toInstant, toOptionalInstant, type Executor } from '../transaction.js'

export function stampsRepository(db: Executor): StampsPort {
  return {
    async forCustomer(customerId) {
      const [rows, consumptions] = await Promise.all([
        db.selectFrom('stamp_entry').selectAll().where('customer_id', '=', customerId).orderBy('at').orderBy('id').execute(),
        db
          .selectFrom('stamp_consumption')
          .innerJoin('stamp_entry', 'stamp_entry.id', 'stamp_consumption.entry_id')
          .select(['stamp_consumption.entry_id', 'stamp_consumption.batch_id', 'stamp_consumption.qty'])
          .where('stamp_entry.customer_id', '=', customerId)
          .execute(),
      ])
      const consumes = new Map<string, StampEntry['consumes']>()
      for (const c of consumptions) consumes.set(c.entry_id, [...(consumes.get(c.entry_id) ?? []), { batchId: c.batch_id, qty: c.qty }])
      return rows.map(
        (row): StampEntry => ({
          id: row.id,
          customerId: row.customer_id,
          kind: row.kind as StampKind,
          qty: row.qty,
          expiresAt: toOptionalInstant(row.expires_at),
          consumes: consumes.get(row.id) ?? [],
          orderId: row.order_id,
          gestureId: row.gesture_id,
          batchId: row.batch_id,
          forgiven: Number(row.forgiven),
          staffId: row.staff_id,
          locationId: row.location_id,
          reason: row.reason,
          at: toInstant(row.at),
        }),
      )
    },
    async insert(entry) {
      await db
        .insertInto('stamp_entry')
        .values({
          id: entry.id,
          customer_id: entry.customerId,
          kind: entry.kind,
          qty: entry.qty,
          expires_at: entry.expiresAt?.toISOString() ?? null,
          order_id: entry.orderId,
          gesture_id: entry.gestureId,
          batch_id: entry.batchId,
          forgiven: entry.forgiven,
          staff_id: entry.staffId,
          location_id: entry.locationId,
          reason: entry.reason,
          at: entry.at.toISOString(),
        })
        .execute()
      if (entry.consumes.length > 0) {
        await db
          .insertInto('stamp_consumption')
          .values(entry.consumes.map((c) => ({ entry_id: entry.id, batch_id: c.batchId, qty: c.qty })))
          .execute()
      }
    },
    async customersWithDueExpiry(now, limit) {
      const rows = await db
        .selectFrom('stamp_entry as batch')
        .select('batch.customer_id')
        .distinct()
        .where('batch.expires_at', '<=', now.toISOString())
        .where(sql<boolean>`batch.qty > coalesce((select sum(c.qty) from stamp_consumption c where c.batch_id = batch.id), 0)`)
        .limit(limit)
        .execute()
      return rows.map((row) => row.customer_id)
    },
    async cardToken(customerId) {
      return (await db.selectFrom('stamp_card').select('token').where('customer_id', '=', customerId).executeTakeFirst())?.token
    },
    async createCardToken(customerId, token, at) {
      await db
        .insertInto('stamp_card')
        .values({ customer_id: customerId, token, created_at: at.toISOString() })
        .onConflict((oc) => oc.column('customer_id').doNothing())
        .execute()
      return (await db.selectFrom('stamp_card').select('token').where('customer_id', '=', customerId).executeTakeFirstOrThrow()).token
    },
    async customerForCardToken(token) {
      return (await db.selectFrom('stamp_card').select('customer_id').where('token', '=', token).executeTakeFirst())?.customer_id
    },
  }
}
