import type { ImportKind, ImportsPort, ImportStore } from '../domain/imports/index.js'
import type { Ids } from '../domain/shared/ids.js'
import { inBulkTransaction, type BulkWriter } from './bulk.js'
import type { Db } from './connect.js'
import type { Database } from './schema.js'
import { tokenRowsOf } from './repositories/customers.repository.js'

const TABLE: Record<ImportKind, 'customer' | 'order' | 'gesture'> = { customers: 'customer', orders: 'order', gestures: 'gesture' }

/** The tables each kind loads: their secondary indexes are what a large load sets aside. */
const LOADED: Record<'customers' | 'orders', { counted: 'customer' | 'order'; tables: (keyof Database)[] }> = {
  customers: { counted: 'customer', tables: ['customer', 'customer_name_token'] },
  orders: { counted: 'order', tables: ['order', 'order_line'] },
}

/** The import's reads and bulk writes, one transaction per load. */
export function importsAdapter(db: Db, ids: Ids): ImportsPort {
  return { inBulkTransaction: (fn) => inBulkTransaction(db, (writer) => fn(importStore(writer, ids))) }
}

function importStore(writer: BulkWriter, ids: Ids): ImportStore {
  const db = writer.executor
  const deferWhenNew = new Map<'customers' | 'orders', () => void>()
  const firstRowsOf = (kind: 'customers' | 'orders') => deferWhenNew.get(kind)?.()
  return {
    async existingRefs(kind) {
      const rows = await db.selectFrom(TABLE[kind]).select(['id', 'ref']).execute()
      const keys = new Set<string>()
      for (const row of rows) {
        keys.add(row.id)
        if (row.ref) keys.add(row.ref)
      }
      return keys
    },
    async customerIdsByRef() {
      const rows = await db.selectFrom('customer').select(['id', 'ref']).execute()
      const map = new Map<string, string>()
      for (const row of rows) {
        map.set(row.id, row.id)
        if (row.ref) map.set(row.ref, row.id)
      }
      return map
    },
    async phoneOwners() {
      const rows = await db.selectFrom('customer').select(['phone', 'display_name']).where('phone', 'is not', null).execute()
      return new Map(rows.map((row) => [row.phone!, row.display_name]))
    },
    async locations() {
      const rows = await db.selectFrom('location').select(['id', 'name', 'time_zone', 'country']).execute()
      return rows.map((row) => ({ id: row.id, name: row.name, timeZone: row.time_zone, country: row.country }))
    },
    async catalogItems() {
      const rows = await db.selectFrom('catalog_item').select(['id', 'sku', 'name', 'price_minor']).execute()
      return rows.map((row) => ({ id: row.id, sku: row.sku, name: row.name, priceMinor: row.price_minor }))
    },
    async expectRows(kind, expected) {
      const { counted, tables } = LOADED[kind]
      const row = await db.selectFrom(counted).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      const existing = Number(row.n)
      // Decided at the first rows that are really new, so a re-run that changes nothing rebuilds nothing.
      let decided = false
      deferWhenNew.set(kind, () => {
        if (decided) return
        decided = true
        if (expected >= existing) for (const table of tables) writer.deferIndexes(table)
      })
    },
    async insertCustomers(customers) {
      if (customers.length > 0) firstRowsOf('customers')
      const tokens: ReturnType<typeof tokenRowsOf> = []
      const rows = customers.map((customer) => {
        tokens.push(...tokenRowsOf(customer))
        const at = customer.createdAt.toISOString()
        return {
          id: customer.id,
          ref: customer.ref,
          display_name: customer.displayName,
          phone: customer.phone,
          email: customer.email,
          birth_month: customer.birthday?.month ?? null,
          birth_day: customer.birthday?.day ?? null,
          household: JSON.stringify(customer.household),
          tags: '[]',
          card_code: customer.cardCode,
          created_at: at,
          updated_at: at,
        }
      })
      await writer.insert('customer', rows)
      await writer.insert('customer_name_token', tokens)
    },
    async insertLocation(location, at) {
      await writer.insert('location', [{ id: location.id, name: location.name, time_zone: location.timeZone, country: location.country, created_at: at.toISOString() }])
    },
    async insertCatalogItems(items) {
      await writer.insert(
        'catalog_item',
        items.map((item) => ({ id: item.id, sku: item.sku, name: item.name, price_minor: item.priceMinor, category: item.category, modifier_groups: '[]', position: item.position })),
      )
    },
    async insertOrders(orders) {
      if (orders.length > 0) firstRowsOf('orders')
      const lines: Record<string, unknown>[] = []
      const rows = orders.map((order) => {
        for (const line of order.lines) {
          lines.push({
            id: line.id,
            order_id: order.id,
            position: line.position,
            catalog_item_id: line.catalogItemId,
            name: line.name,
            quantity: line.quantity,
            unit_price_minor: line.unitPriceMinor,
            modifiers: '[]',
            usual_key: line.usualKey,
            line_total_minor: line.lineTotalMinor,
          })
        }
        return {
          id: order.id,
          ref: order.ref,
          location_id: order.locationId,
          customer_id: order.customerId,
          staff_id: null,
          status: 'paid',
          source: 'import',
          total_minor: order.totalMinor,
          placed_at: order.placedAt.toISOString(),
          local_day: order.localDay,
        }
      })
      await writer.insert('order', rows)
      await writer.insert('order_line', lines)
    },
    async ensureStaffMember(member, at) {
      await writer.insert(
        'staff_member',
        [{ id: member.id, first_name: member.firstName, last_name: member.lastName, role: member.role, home_location_id: member.homeLocationId, pin_hash: member.pinHash, created_at: at.toISOString(), archived_at: member.archivedAt?.toISOString() ?? null }],
        { ignoreConflicts: true },
      )
    },
    async insertGestures(gestures) {
      await writer.insert(
        'gesture',
        gestures.map((gesture) => ({
          id: gesture.id,
          ref: gesture.ref,
          type: gesture.type,
          reason: gesture.reason,
          value_minor: gesture.valueMinor,
          note: null,
          staff_id: gesture.staffId,
          customer_id: gesture.customerId,
          location_id: gesture.locationId,
          order_id: null,
          status: gesture.status,
          requested_at: gesture.requestedAt.toISOString(),
        })),
      )
    },
    async recordAudit(event) {
      await writer.insert('audit_event', [
        {
          id: ids.next(),
          at: event.at.toISOString(),
          actor_type: event.actor.type,
          actor_id: event.actor.id ?? null,
          location_id: event.locationId ?? null,
          action: event.action,
          subject_type: event.subjectType,
          subject_id: event.subjectId,
          before: event.before === undefined ? null : JSON.stringify(event.before),
          after: event.after === undefined ? null : JSON.stringify(event.after),
        },
      ])
    },
  }
}
