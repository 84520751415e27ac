import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import { exportRecords, IMPORT_HEADERS, type CustomerImportRow, type ExportRecord, type ExportsPort, type GestureImportRow, type ImportKind, type OrderImportRow } from '../domain/imports/index.js'
import type { Db } from './connect.js'
import { toInstant } from './transaction.js'

const PAGE = 5_000

/** Pages through a table in id order without holding it all in memory. */
async function* paged<T extends { id: string }>(fetch: (after: string | null) => Promise<T[]>): AsyncGenerator<T> {
  let after: string | null = null
  for (;;) {
    const rows: T[] = await fetch(after)
    yield* rows
    if (rows.length < PAGE) return
    after = rows[rows.length - 1]!.id
  }
}

function customerRows(db: Db) {
  return paged((after) => {
    let query = db.kysely.selectFrom('customer').select(['id', 'ref', 'display_name', 'phone', 'email', 'birth_month', 'birth_day', 'household'])
    if (after) query = query.where('id', '>', after)
    return query.orderBy('id').limit(PAGE).execute()
  })
}

async function customerRefs(db: Db): Promise<Map<string, string>> {
  const refs = new Map<string, string>()
  for await (const row of customerRows(db)) refs.set(row.id, row.ref ?? row.id)
  return refs
}

async function* customers(db: Db): AsyncGenerator<CustomerImportRow> {
  for await (const row of customerRows(db)) {
    yield {
      ref: row.ref ?? row.id,
      name: row.display_name,
      phone: row.phone,
      email: row.email,
      birthday: row.birth_month && row.birth_day ? { month: row.birth_month, day: row.birth_day } : null,
      household: (JSON.parse(row.household) as { name: string }[]).map((member) => member.name),
    }
  }
}

async function* orders(db: Db): AsyncGenerator<OrderImportRow> {
  const refs = await customerRefs(db)
  const skus = new Map((await db.kysely.selectFrom('catalog_item').select(['id', 'sku']).execute()).map((row) => [row.id, row.sku]))
  const pages = paged((after) => {
    let query = db.kysely
      .selectFrom('order')
      .innerJoin('location', 'location.id', 'order.location_id')
      .select(['order.id', 'order.ref', 'order.customer_id', 'location.name as location', 'order.placed_at', 'order.total_minor'])
      // A voided order is not a sale: it is not exported for re-import.
      .where('order.voided_at', 'is', null)
    if (after) query = query.where('order.id', '>', after)
    return query.orderBy('order.id').limit(PAGE).execute()
  })
  let batch: { id: string; ref: string | null; customer_id: string | null; location: string; placed_at: string | Date; total_minor: number }[] = []
  const flush = async function* (): AsyncGenerator<OrderImportRow> {
    const lines = await db.kysely
      .selectFrom('order_line')
      .select(['order_id', 'catalog_item_id', 'quantity'])
      .where(
        'order_id',
        'in',
        batch.map((order) => order.id),
      )
      .orderBy('order_id')
      .orderBy('position')
      .execute()
    const items = new Map<string, OrderImportRow['items']>()
    for (const line of lines) items.set(line.order_id, [...(items.get(line.order_id) ?? []), { sku: skus.get(line.catalog_item_id)!, quantity: line.quantity }])
    for (const order of batch) {
      yield {
        ref: order.ref ?? order.id,
        customerRef: order.customer_id ? (refs.get(order.customer_id) ?? null) : null,
        location: order.location,
        placedAt: toInstant(order.placed_at),
        totalMinor: order.total_minor,
        items: items.get(order.id) ?? [],
      }
    }
    batch = []
  }
  for await (const order of pages) {
    batch.push(order)
    if (batch.length === 1_000) yield* flush()
  }
  if (batch.length > 0) yield* flush()
}

async function* gestures(db: Db): AsyncGenerator<GestureImportRow> {
  const refs = await customerRefs(db)
  const pages = paged((after) => {
    let query = db.kysely
      .selectFrom('gesture')
      .innerJoin('location', 'location.id', 'gesture.location_id')
      .select(['gesture.id', 'gesture.ref', 'gesture.customer_id', 'location.name as location', 'gesture.requested_at', 'gesture.type', 'gesture.reason', 'gesture.value_minor'])
      .where('gesture.status', 'in', ['granted', 'approved'])
      .where('gesture.customer_id', 'is not', null)
    if (after) query = query.where('gesture.id', '>', after)
    return query.orderBy('gesture.id').limit(PAGE).execute()
  })
  for await (const row of pages) {
    yield {
      ref: row.ref ?? row.id,
      customerRef: refs.get(row.customer_id!)!,
      location: row.location,
      grantedAt: toInstant(row.requested_at),
      type: row.type as GestureImportRow['type'],
      reason: row.reason as GestureImportRow['reason'],
      valueMinor: row.value_minor,
    }
  }
}

/** The export's reads, page by page. */
export function exportsAdapter(db: Db): ExportsPort {
  return { customers: () => customers(db), orders: () => orders(db), gestures: () => gestures(db) }
}

const csvOf = (kind: ImportKind) => stringify({ header: true, columns: [...IMPORT_HEADERS[kind]] })

/** CSV text with the kind's header row. */
export function csvStream(kind: ImportKind, records: AsyncIterable<ExportRecord>): NodeJS.ReadableStream {
  return Readable.from(records).pipe(csvOf(kind))
}

/** Writes customers.csv, orders.csv and gestures.csv in the shapes `usual import` reads, as the command line does. */
export async function exportAll(db: Db, dir: string): Promise<Record<ImportKind, number>> {
  await mkdir(dir, { recursive: true })
  const deps = { exports: exportsAdapter(db) }
  const counts = {} as Record<ImportKind, number>
  for (const kind of Object.keys(IMPORT_HEADERS) as ImportKind[]) {
    let count = 0
    const records = exportRecords(deps, null, kind)
    async function* counted() {
      for await (const record of records) {
        count += 1
        yield record
      }
    }
    await pipeline(Readable.from(counted()), csvOf(kind), createWriteStream(join(dir, `${kind}.csv`)))
    counts[kind] = count
  }
  return counts
}
