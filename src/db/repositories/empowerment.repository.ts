import { sql, type Selectable, type SelectQueryBuilder } from 'kysely'
import type { EmpowermentPolicy, Gesture, GestureFilter, GestureReason, GestureRow, GestureStatus, GesturesPort, GestureType, PoliciesPort, PolicyLimit } from '../../domain/empowerment/index.js'
import type { Database, EmpowermentPolicyTable, GestureTable } from '../schema.js'
import { toInstant, toOptionalInstant, type Executor } from '../transaction.js'

export function rowToGesture(row: Selectable<GestureTable>): Gesture {
  return {
    id: row.id,
    type: row.type as GestureType,
    reason: row.reason as GestureReason,
    valueMinor: row.value_minor,
    note: row.note,
    staffId: row.staff_id,
    customerId: row.customer_id,
    locationId: row.location_id,
    orderId: row.order_id,
    status: row.status as GestureStatus,
    limit: row.limit_passed as PolicyLimit | null,
    capMinor: row.cap_minor,
    wouldBeMinor: row.would_be_minor,
    requestedAt: toInstant(row.requested_at),
    expiresAt: toOptionalInstant(row.expires_at),
    decidedAt: toOptionalInstant(row.decided_at),
    decidedBy: row.decided_by,
    decisionNote: row.decision_note,
    couponId: row.coupon_id,
  }
}

export function gestureRow(gesture: Gesture) {
  return {
    id: gesture.id,
    type: gesture.type,
    reason: gesture.reason,
    value_minor: gesture.valueMinor,
    note: gesture.note,
    staff_id: gesture.staffId,
    customer_id: gesture.customerId,
    location_id: gesture.locationId,
    order_id: gesture.orderId,
    status: gesture.status,
    limit_passed: gesture.limit,
    cap_minor: gesture.capMinor,
    would_be_minor: gesture.wouldBeMinor,
    requested_at: gesture.requestedAt.toISOString(),
    expires_at: gesture.expiresAt?.toISOString() ?? null,
    decided_at: gesture.decidedAt?.toISOString() ?? null,
    decided_by: gesture.decidedBy,
    decision_note: gesture.decisionNote,
    coupon_id: gesture.couponId,
  }
}

function filtered<QB extends SelectQueryBuilder<Database, 'gesture', any>>(query: QB, filter: Omit<GestureFilter, 'limit'>): QB {
  let q = query as SelectQueryBuilder<Database, 'gesture', any>
  if (filter.locationId) q = q.where('gesture.location_id', '=', filter.locationId)
  if (filter.staffId) q = q.where('gesture.staff_id', '=', filter.staffId)
  if (filter.type) q = q.where('gesture.type', '=', filter.type)
  if (filter.reason) q = q.where('gesture.reason', '=', filter.reason)
  if (filter.status) q = q.where('gesture.status', '=', filter.status)
  if (filter.from) q = q.where('gesture.requested_at', '>=', filter.from.toISOString())
  if (filter.to) q = q.where('gesture.requested_at', '<', filter.to.toISOString())
  return q as QB
}

export function gesturesRepository(db: Executor): GesturesPort {
  const selectRows = () =>
    db
      .selectFrom('gesture')
      .innerJoin('staff_member', 'staff_member.id', 'gesture.staff_id')
      .innerJoin('location', 'location.id', 'gesture.location_id')
      .leftJoin('customer', 'customer.id', 'gesture.customer_id')
      .selectAll('gesture')
      .select(['staff_member.first_name as staff_name', 'customer.display_name as customer_name', 'location.name as location_name'])

  const toRow = (row: Selectable<GestureTable> & { staff_name: string; customer_name: string | null; location_name: string }): GestureRow => ({
    ...rowToGesture(row),
    staffName: row.staff_name,
    customerName: row.customer_name,
    locationName: row.location_name,
  })

  return {
    async insert(gesture) {
      await db.insertInto('gesture').values(gestureRow(gesture)).execute()
    },
    async findById(id) {
      const row = await selectRows().where('gesture.id', '=', id).executeTakeFirst()
      return row && toRow(row)
    },
    async sumGrantedByStaffSince(staffId, since) {
      const row = await db
        .selectFrom('gesture')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('value_minor'), eb.lit(0)).as('total'))
        .where('staff_id', '=', staffId)
        .where('requested_at', '>=', since.toISOString())
        .where('status', '=', 'granted')
        .executeTakeFirstOrThrow()
      return Number(row.total)
    },
    async sumGivenToCustomerSince(customerId, since) {
      const row = await db
        .selectFrom('gesture')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('value_minor'), eb.lit(0)).as('total'))
        .where('customer_id', '=', customerId)
        .where('requested_at', '>=', since.toISOString())
        .where('status', 'in', ['granted', 'approved'])
        .executeTakeFirstOrThrow()
      return Number(row.total)
    },
    async lastGivenOfType(customerId, type) {
      const row = await db
        .selectFrom('gesture')
        .select('requested_at')
        .where('customer_id', '=', customerId)
        .where('type', '=', type)
        .where('status', 'in', ['granted', 'approved'])
        .orderBy('requested_at', 'desc')
        .limit(1)
        .executeTakeFirst()
      return row ? toInstant(row.requested_at) : undefined
    },
    async decide(id, decision) {
      const result = await db
        .updateTable('gesture')
        .set({ status: decision.status, decided_at: decision.at.toISOString(), decided_by: decision.by, decision_note: decision.note })
        .where('id', '=', id)
        .where('status', '=', 'pending_approval')
        .where('expires_at', '>', decision.at.toISOString())
        .executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
    async expire(id, at) {
      const result = await db
        .updateTable('gesture')
        .set({ status: 'expired', decided_at: at.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'pending_approval')
        .where('expires_at', '<=', at.toISOString())
        .executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
    async listLapsed(at, limit) {
      const rows = await db.selectFrom('gesture').selectAll().where('status', '=', 'pending_approval').where('expires_at', '<=', at.toISOString()).limit(limit).execute()
      return rows.map(rowToGesture)
    },
    async attachCoupon(id, couponId) {
      await db.updateTable('gesture').set({ coupon_id: couponId }).where('id', '=', id).execute()
    },
    async list(filter) {
      const rows = await filtered(selectRows(), filter).orderBy('gesture.requested_at', 'desc').orderBy('gesture.id', 'desc').limit(filter.limit).execute()
      return rows.map(toRow)
    },
    async summarize(filter) {
      const given = sql<number>`case when gesture.status in ('granted', 'approved') then 1 else 0 end`
      const row = await filtered(db.selectFrom('gesture'), filter)
        .select((eb) => [
          eb.fn.countAll<number>().as('count'),
          eb.fn.coalesce(eb.fn.sum<number>(given), eb.lit(0)).as('given_count'),
          eb.fn.coalesce(eb.fn.sum<number>(sql`case when gesture.status in ('granted', 'approved') then gesture.value_minor else 0 end`), eb.lit(0)).as('given_value'),
          eb.fn.coalesce(eb.fn.sum<number>(sql`case when gesture.status = 'pending_approval' then 1 else 0 end`), eb.lit(0)).as('pending_count'),
        ])
        .executeTakeFirstOrThrow()
      return { count: Number(row.count), givenCount: Number(row.given_count), givenValueMinor: Number(row.given_value), pendingCount: Number(row.pending_count) }
    },
    async grantedByStaffSince(locationId, since) {
      const rows = await db
        .selectFrom('gesture')
        .select((eb) => ['staff_id', eb.fn.sum<number>('value_minor').as('total')])
        .where('location_id', '=', locationId)
        .where('requested_at', '>=', since.toISOString())
        .where('status', '=', 'granted')
        .groupBy('staff_id')
        .execute()
      return new Map(rows.map((row) => [row.staff_id, Number(row.total)]))
    },
  }
}

const rowToPolicy = (row: Selectable<EmpowermentPolicyTable>): EmpowermentPolicy => ({
  role: row.role,
  maxPerGestureMinor: row.max_per_gesture_minor,
  dailyBudgetMinor: row.daily_budget_minor,
  maxPerCustomer30dMinor: row.max_per_customer_30d_minor,
  allowedTypes: JSON.parse(row.allowed_types),
})

export function policiesRepository(db: Executor): PoliciesPort {
  return {
    async find(role, locationId) {
      const rows = await db.selectFrom('empowerment_policy').selectAll().where('role', '=', role).where('scope', 'in', ['chain', locationId]).execute()
      const chain = rows.find((row) => row.scope === 'chain')
      const override = rows.find((row) => row.scope === locationId)
      return { chain: chain && rowToPolicy(chain), override: override && rowToPolicy(override) }
    },
    async listAll() {
      const rows = await db.selectFrom('empowerment_policy').selectAll().orderBy('scope').orderBy('role').execute()
      return rows.map((row) => ({ scope: row.scope, policy: rowToPolicy(row) }))
    },
    async upsert(scope, policy, at, by) {
      const values = {
        max_per_gesture_minor: policy.maxPerGestureMinor,
        daily_budget_minor: policy.dailyBudgetMinor,
        max_per_customer_30d_minor: policy.maxPerCustomer30dMinor,
        allowed_types: JSON.stringify(policy.allowedTypes),
        updated_at: at.toISOString(),
        updated_by: by,
      }
      await db
        .insertInto('empowerment_policy')
        .values({ scope, role: policy.role as 'staff' | 'manager', ...values })
        .onConflict((oc) => oc.columns(['scope', 'role']).doUpdateSet(values))
        .execute()
    },
    async remove(scope, role) {
      const result = await db.deleteFrom('empowerment_policy').where('scope', '=', scope).where('role', '=', role).executeTakeFirst()
      return result.numDeletedRows > 0n
    },
  }
}
