import type { IdempotencyPort, Order, OrderLine, OrdersPort, OrderSummary, StoredOutcome } from '../../domain/orders/index.js'
import { toInstant, type Executor } from '../transaction.js'

export function orderRows(order: Order) {
  return {
    order: {
      id: order.id,
      location_id: order.locationId,
      customer_id: order.customerId,
      staff_id: order.staffId,
      status: order.status,
      source: order.source,
      total_minor: order.totalMinor,
      placed_at: order.placedAt.toISOString(),
      local_day: order.localDay,
    },
    lines: order.lines.map((line, position) => ({
      id: `${order.id}:${position}`,
      order_id: order.id,
      position,
      catalog_item_id: line.catalogItemId,
      name: line.name,
      quantity: line.quantity,
      unit_price_minor: line.unitPriceMinor,
      modifiers: JSON.stringify(line.modifiers),
      usual_key: line.usualKey,
      line_total_minor: line.lineTotalMinor,
    })),
  }
}

export function ordersRepository(db: Executor): OrdersPort {
  const selectOrders = () =>
    db
      .selectFrom('order')
      .innerJoin('location', 'location.id', 'order.location_id')
      .select([
        'order.id',
        'order.location_id',
        'order.customer_id',
        'order.staff_id',
        'order.status',
        'order.source',
        'order.total_minor',
        'order.placed_at',
        'order.local_day',
        'order.voided_at',
        'order.voided_by',
        'order.void_reason',
        'location.name as location_name',
      ])

  async function withLines(rows: Awaited<ReturnType<ReturnType<typeof selectOrders>['execute']>>): Promise<OrderSummary[]> {
    if (rows.length === 0) return []
    const lineRows = await db
      .selectFrom('order_line')
      .selectAll()
      .where(
        'order_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('order_id')
      .orderBy('position')
      .execute()
    const linesByOrder = new Map<string, OrderLine[]>()
    for (const row of lineRows) {
      const lines = linesByOrder.get(row.order_id) ?? []
      lines.push({
        catalogItemId: row.catalog_item_id,
        name: row.name,
        quantity: row.quantity,
        unitPriceMinor: row.unit_price_minor,
        modifiers: JSON.parse(row.modifiers),
        usualKey: row.usual_key,
        lineTotalMinor: row.line_total_minor,
      })
      linesByOrder.set(row.order_id, lines)
    }
    return rows.map((row) => ({
      id: row.id,
      locationId: row.location_id,
      locationName: row.location_name,
      customerId: row.customer_id,
      staffId: row.staff_id,
      status: row.status,
      source: row.source,
      totalMinor: row.total_minor,
      placedAt: toInstant(row.placed_at),
      localDay: row.local_day,
      lines: linesByOrder.get(row.id) ?? [],
      voided: row.voided_at === null ? null : { at: toInstant(row.voided_at), by: row.voided_by ?? '', reason: row.void_reason ?? '' },
    }))
  }

  return {
    async insert(order) {
      const rows = orderRows(order)
      await db.insertInto('order').values(rows.order).execute()
      if (rows.lines.length > 0) await db.insertInto('order_line').values(rows.lines).execute()
    },
    async findById(id) {
      const rows = await selectOrders().where('order.id', '=', id).execute()
      return (await withLines(rows))[0]
    },
    async recentForCustomer(customerId, limit) {
      // Latest first by local day, then time: the order of the customer's index, so only `limit` rows are read.
      const rows = await selectOrders()
        .where('order.customer_id', '=', customerId)
        .where('order.voided_at', 'is', null)
        .orderBy('order.local_day', 'desc')
        .orderBy('order.placed_at', 'desc')
        .orderBy('order.id', 'desc')
        .limit(limit)
        .execute()
      return withLines(rows)
    },
    async listForLocation(locationId, { customerId, limit, before }) {
      let query = selectOrders().where('order.location_id', '=', locationId)
      if (customerId) query = query.where('order.customer_id', '=', customerId)
      if (before) query = query.where('order.placed_at', '<', before.toISOString())
      return withLines(await query.orderBy('order.placed_at', 'desc').orderBy('order.id', 'desc').limit(limit).execute())
    },
    async markVoided(id, { at, by, reason }) {
      const result = await db
        .updateTable('order')
        .set({ voided_at: at.toISOString(), voided_by: by, void_reason: reason })
        .where('id', '=', id)
        .where('voided_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}

/** The column keeps the status the first answer had (201 placed, 202 waiting for a manager), as rows written before did. */
const STATUS_OF_OUTCOME: Record<StoredOutcome['outcome'], number> = { placed: 201, needs_approval: 202 }
const outcomeOfStatus = (status: number): StoredOutcome['outcome'] => (status === 202 ? 'needs_approval' : 'placed')

export function idempotencyRepository(db: Executor): IdempotencyPort {
  return {
    async claim(key, scope, requestHash, at) {
      const result = await db
        .insertInto('idempotency_key')
        .values({ key, scope, request_hash: requestHash, status_code: null, response_body: null, created_at: at.toISOString() })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1
    },
    async find(key) {
      const row = await db.selectFrom('idempotency_key').selectAll().where('key', '=', key).executeTakeFirst()
      if (!row) return undefined
      return {
        scope: row.scope,
        requestHash: row.request_hash,
        outcome: row.status_code === null ? null : { outcome: outcomeOfStatus(row.status_code), body: JSON.parse(row.response_body ?? 'null') },
      }
    },
    async complete(key, outcome) {
      await db.updateTable('idempotency_key').set({ status_code: STATUS_OF_OUTCOME[outcome.outcome], response_body: JSON.stringify(outcome.body) }).where('key', '=', key).execute()
    },
    async purgeBefore(at) {
      const result = await db.deleteFrom('idempotency_key').where('created_at', '<', at.toISOString()).executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
