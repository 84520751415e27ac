import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import { IMPORT_HEADERS, type ImportKind } from '../domain/imports/index.js'
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

function customers(db: Db) {
  return paged((after) => {
    let query = db.kysely.selectFrom('customer').select(['id', 'ref', 'display_name', 'phone', 'email', 'birth_month', 'birth_day', 'household'])
    if (after) query = query.where('id', '>', after)
    return query.orderBy('id').limit(PAGE).execute()
  })
}

async function* customerRecords(db: Db) {
  for await (const row of customers(db)) {
    const household = (JSON.parse(row.household) as { name: string }[]).map((member) => member.name).join(';')
    const birthday = row.birth_month && row.birth_day ? `${String(row.birth_month).padStart(2, '0')}-${String(row.birth_day).padStart(2, '0')}` : ''
    yield [row.ref ?? row.id, row.display_name, row.phone ?? '', row.email ?? '', birthday, household]
  }
}

async function* orderRecords(db: Db) {
  const refs = new Map<string, string>()
  for await (const row of customers(db)) refs.set(row.id, row.ref ?? row.id)
  const skus = new Map((await db.kysely.selectFrom('catalog_item').select(['id', 'sku']).execute()).map((row) => [row.id, row.sku]))
  const orders = paged((after) => {
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
  const flush = async function* () {
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
    const items = new Map<string, string[]>()
    for (const line of lines) items.set(line.order_id, [...(items.get(line.order_id) ?? []), `${skus.get(line.catalog_item_id)}*${line.quantity}`])
    for (const order of batch) {
      yield [order.ref ?? order.id, order.customer_id ? refs.get(order.customer_id) : '', order.location, toInstant(order.placed_at).toISOString(), order.total_minor, (items.get(order.id) ?? []).join(';')]
    }
    batch = []
  }
  for await (const order of orders) {
    batch.push(order)
    if (batch.length === 1_000) yield* flush()
  }
  if (batch.length > 0) yield* flush()
}

async function* gestureRecords(db: Db) {
  const refs = new Map<string, string>()
  for await (const row of customers(db)) refs.set(row.id, row.ref ?? row.id)
  const gestures = paged((after) => {
    let query = db.kysely
      .selectFrom('gesture')
      .innerJoin('location', 'location.id', 'gesture.location_id')
      .select(['gesture.id', 'gesture.ref', 'gesture.customer_id', 'location.name as location', 'gesture.requested_at', 'gesture.type', 'gesture.reason', 'gesture.value_minor'])
      .where('gesture.status', 'in', ['granted', 'approved'])
      .where('gesture.customer_id', 'is not', null)
    if (after) query = query.where('gesture.id', '>', after)
    return query.orderBy('gesture.id').limit(PAGE).execute()
  })
  for await (const row of gestures) {
    yield [row.ref ?? row.id, refs.get(row.customer_id!), row.location, toInstant(row.requested_at).toISOString(), row.type, row.reason, row.value_minor]
  }
}

const RECORDS: Record<ImportKind, (db: Db) => AsyncGenerator<unknown[]>> = { customers: customerRecords, orders: orderRecords, gestures: gestureRecords }

/** One kind as a CSV stream, for downloads from the owner's console. */
export function exportStream(db: Db, kind: ImportKind): NodeJS.ReadableStream {
  return Readable.from(RECORDS[kind](db)).pipe(stringify({ header: true, columns: [...IMPORT_HEADERS[kind]] }))
}

/** Writes customers.csv, orders.csv and gestures.csv in the shapes `usual import` reads; app-made rows use their id as ref. */
export async function exportAll(db: Db, dir: string): Promise<Record<ImportKind, number>> {
  await mkdir(dir, { recursive: true })
  const counts = {} as Record<ImportKind, number>
  for (const kind of Object.keys(RECORDS) as ImportKind[]) {
    let count = 0
    const records = RECORDS[kind](db)
    async function* counted() {
      for await (const record of records) {
        count += 1
        yield record
      }
    }
    await pipeline(Readable.from(counted()), stringify({ header: true, columns: [...IMPORT_HEADERS[kind]] }), createWriteStream(join(dir, `${kind}.csv`)))
    counts[kind] = count
  }
  return counts
}
