import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { CsvError, parse } from 'csv-parse'
import { newCardCode } from '../domain/customers/index.js'
import {
  missingHeaders,
  parseCustomerRow,
  parseGestureRow,
  parseOrderRow,
  type CustomerImportRow,
  type GestureImportRow,
  type ImportKind,
  type OrderImportRow,
  type RowError,
  type RowResult,
} from '../domain/imports/index.js'
import { usualKeyOf } from '../domain/orders/index.js'
import type { Deps } from '../domain/ports.js'
import { DomainError } from '../domain/shared/errors.js'
import { localDay } from '../domain/shared/instant.js'
import { inBulkTransaction, type BulkWriter } from './bulk.js'
import type { Db } from './connect.js'
import type { Database } from './schema.js'
import { tokenRowsOf } from './repositories/customers.repository.js'

export interface ImportOptions {
  skipBad?: boolean
  /** Country for phone numbers without a country code. */
  country?: string
  /** Time zone of locations the import creates. */
  timeZone?: string
  onProgress?: (done: number, total: number) => void
}

export interface ImportReport {
  kind: ImportKind | 'cdnow'
  read: number
  imported: number
  unchanged: number
  bad: RowError[]
  written: boolean
}

const BATCH = 20_000

/** Reads a CSV file as batches of parsed rows (and the bad rows among them), reporting progress by bytes read. */
async function* readBatches<T>(path: string, kind: ImportKind, parseRow: (record: Record<string, string>, line: number) => RowResult<T>, onProgress?: ImportOptions['onProgress']) {
  const { size } = await stat(path)
  const seen = new Map<string, number>()
  let bytes = 0
  const stream = createReadStream(path)
  stream.on('data', (chunk) => {
    bytes += chunk.length
    onProgress?.(bytes, size)
  })
  const parser = stream.pipe(parse({ columns: (header: string[]) => checkHeaders(kind, header.map((h) => h.trim())), bom: true, skip_empty_lines: true, info: true, relax_column_count: true, relax_quotes: true, trim: true }))
  let batch: { rows: { line: number; value: T }[]; bad: RowError[]; read: number } = { rows: [], bad: [], read: 0 }
  for await (const { record, info } of malformedAsProblem(parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>)) {
    batch.read += 1
    const parsed = parseRow(record, info.lines)
    if (!parsed.ok) batch.bad.push(...parsed.errors)
    else {
      const ref = (parsed.value as { ref: string }).ref
      const first = seen.get(ref)
      if (first !== undefined) batch.bad.push({ line: info.lines, column: 'ref', message: `“${ref}” appears twice in the file (first on line ${first})` })
      else {
        seen.set(ref, info.lines)
        batch.rows.push({ line: info.lines, value: parsed.value })
      }
    }
    if (batch.read >= BATCH) {
      yield batch
      batch = { rows: [], bad: [], read: 0 }
    }
  }
  onProgress?.(size, size)
  if (batch.read > 0) yield batch
}

/** What the CSV reader says of a file it cannot read (an unclosed quote, a stray one) becomes a problem naming the line. */
async function* malformedAsProblem<T>(records: AsyncIterable<T>): AsyncIterable<T> {
  try {
    yield* records
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = typeof error.lines === 'number' ? error.lines : undefined
    const what = CSV_MISTAKES[error.code] ?? error.message.replace(/ at line \d+.*$/, '')
    throw new DomainError('invalid', 'import.malformed_csv', `${line ? `line ${line}: ` : ''}${what}. Nothing was imported.`, { line: line ?? null })
  }
}

const CSV_MISTAKES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed (a " without its closing ")',
  CSV_INVALID_CLOSING_QUOTE: 'a quote closes in the middle of a value (write "" for a quote inside a quoted value)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'there is text after a closing quote (quote the whole value, writing "" for each quote inside it)',
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of a value (quote the whole value, writing "" for each quote inside it)',
  CSV_MAX_RECORD_SIZE: 'a row is too long',
}

function checkHeaders(kind: ImportKind, headers: string[]): string[] {
  const missing = missingHeaders(kind, headers)
  if (missing.length > 0) {
    throw new DomainError('invalid', 'import.missing_columns', `line 1: the file has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. A ${kind} file needs: ${IMPORT_HEADER_TEXT[kind]}.`)
  }
  return headers
}

const IMPORT_HEADER_TEXT: Record<ImportKind, string> = {
  customers: 'ref,name,phone,email,birthday,household',
  orders: 'ref,customer_ref,location,placed_at,total_minor,items',
  gestures: 'ref,customer_ref,location,granted_at,type,reason,value_minor',
}

type BatchWriter<T> = (rows: { line: number; value: T }[]) => Promise<{ imported: number; unchanged: number; bad: RowError[] }>

/**
 * Loads a CSV of customers, orders or gestures: all or nothing unless skipBad, and a re-run changes
 * nothing. Rows are written in batches as they are read, inside one transaction that is rolled back
 * if any row turns out bad, so a million rows never sit in memory at once.
 */
export async function importFile(db: Db, deps: Deps, kind: ImportKind, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const country = options.country ?? (await deps.repos.locations.list())[0]?.country ?? 'US'
  // A generous guess: no useful row is shorter than this many bytes.
  const expectedRows = Math.ceil((await stat(path)).size / 40)
  if (kind === 'customers') {
    return streamInto(db, deps, kind, readBatches(path, kind, (record, line) => parseCustomerRow(record, line, country), options.onProgress), (writer) => customersWriter(writer, deps, expectedRows), options)
  }
  if (kind === 'orders') return streamInto(db, deps, kind, readBatches(path, kind, parseOrderRow, options.onProgress), (writer) => ordersWriter(writer, deps, options, expectedRows), options)
  return streamInto(db, deps, kind, readBatches(path, kind, parseGestureRow, options.onProgress), (writer) => gesturesWriter(writer, deps, options), options)
}

async function streamInto<T>(
  db: Db,
  deps: Deps,
  kind: ImportKind,
  batches: AsyncIterable<{ rows: { line: number; value: T }[]; bad: RowError[]; read: number }>,
  makeWriter: (writer: BulkWriter) => Promise<BatchWriter<T>>,
  options: ImportOptions,
): Promise<ImportReport> {
  let read = 0
  const parseBad: RowError[] = []
  return finish(db, deps, kind, () => read, parseBad, options, async (writer) => {
    const write = await makeWriter(writer)
    const total = { imported: 0, unchanged: 0, bad: [] as RowError[] }
    for await (const batch of batches) {
      read += batch.read
      parseBad.push(...batch.bad)
      // Once a row is bad and bad rows are not skipped, nothing will be kept: read on only to report them all.
      if (parseBad.length > 0 && !options.skipBad) continue
      const result = await write(batch.rows)
      total.imported += result.imported
      total.unchanged += result.unchanged
      total.bad.push(...result.bad)
    }
    return total
  })
}

class BadRows extends Error {
  constructor(readonly bad: RowError[]) {
    super('bad rows')
  }
}

async function finish(
  db: Db,
  deps: Deps,
  kind: ImportReport['kind'],
  read: () => number,
  parseBad: RowError[],
  options: ImportOptions,
  write: (writer: BulkWriter) => Promise<{ imported: number; unchanged: number; bad: RowError[] }>,
): Promise<ImportReport> {
  try {
    return await inBulkTransaction(db, async (writer) => {
      const result = await write(writer)
      const bad = [...parseBad, ...result.bad].sort((a, b) => a.line - b.line)
      if (bad.length > 0 && !options.skipBad) throw new BadRows(bad)
      const report = { kind, read: read(), imported: result.imported, unchanged: result.unchanged, bad, written: true }
      await writer.insert('audit_event', [
        {
          id: deps.ids.next(),
          at: deps.clock.now().toISOString(),
          actor_type: 'system',
          actor_id: 'import',
          location_id: null,
          action: 'import.completed',
          subject_type: kind,
          subject_id: null,
          before: null,
          after: JSON.stringify({ read: report.read, imported: report.imported, unchanged: report.unchanged, skippedBad: report.bad.length }),
        },
      ])
      return report
    })
  } catch (error) {
    if (error instanceof BadRows) return { kind, read: read(), imported: 0, unchanged: 0, bad: error.bad, written: false }
    throw error
  }
}

/**
 * Defers the tables' secondary indexes to the end of the load when it is bigger than what the table holds already:
 * decided at the first rows that are really new, so a re-run that changes nothing rebuilds nothing.
 */
function deferIndexesIfLarge(writer: BulkWriter, expectedRows: number, existingRows: number, tables: (keyof Database)[]): () => void {
  let decided = false
  return () => {
    if (decided) return
    decided = true
    if (expectedRows >= existingRows) for (const table of tables) writer.deferIndexes(table)
  }
}

/** Refs and ids of existing rows: an app-made row's ref is its id, as `usual export` writes it. */
async function existingKeys(writer: BulkWriter, table: 'customer' | 'order' | 'gesture'): Promise<Set<string>> {
  const rows = await writer.executor.selectFrom(table).select(['id', 'ref']).execute()
  const keys = new Set<string>()
  for (const row of rows) {
    keys.add(row.id)
    if (row.ref) keys.add(row.ref)
  }
  return keys
}

async function countRows(writer: BulkWriter, table: 'customer' | 'order'): Promise<number> {
  const row = await writer.executor.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

async function customerIdsByRef(writer: BulkWriter): Promise<Map<string, string>> {
  const rows = await writer.executor.selectFrom('customer').select(['id', 'ref']).execute()
  const map = new Map<string, string>()
  for (const row of rows) {
    map.set(row.id, row.id)
    if (row.ref) map.set(row.ref, row.id)
  }
  return map
}

async function customersWriter(writer: BulkWriter, deps: Deps, expectedRows: number): Promise<BatchWriter<CustomerImportRow>> {
  const existing = await existingKeys(writer, 'customer')
  const deferIndexes = deferIndexesIfLarge(writer, expectedRows, await countRows(writer, 'customer'), ['customer', 'customer_name_token'])
  const phones = new Map((await writer.executor.selectFrom('customer').select(['phone', 'display_name']).where('phone', 'is not', null).execute()).map((r) => [r.phone!, r.display_name]))
  const now = deps.clock.now().toISOString()
  return async (rows) => {
    const bad: RowError[] = []
    const customers: Record<string, unknown>[] = []
    const tokens: ReturnType<typeof tokenRowsOf> = []
    let unchanged = 0
    for (const { line, value } of rows) {
      if (existing.has(value.ref)) {
        unchanged += 1
        continue
      }
      if (value.phone && phones.has(value.phone)) {
        bad.push({ line, column: 'phone', message: `${value.phone} already belongs to ${phones.get(value.phone)}` })
        continue
      }
      if (value.phone) phones.set(value.phone, value.name)
      const id = deps.ids.next()
      const household = value.household.map((name) => ({ name }))
      customers.push({
        id,
        ref: value.ref,
        display_name: value.name,
        phone: value.phone,
        email: value.email,
        birth_month: value.birthday?.month ?? null,
        birth_day: value.birthday?.day ?? null,
        household: JSON.stringify(household),
        tags: '[]',
        card_code: newCardCode(deps.randomBytes),
        created_at: now,
        updated_at: now,
      })
      tokens.push(...tokenRowsOf({ id, displayName: value.name, household }))
    }
    if (customers.length > 0) deferIndexes()
    await writer.insert('customer', customers)
    await writer.insert('customer_name_token', tokens)
    return { imported: customers.length, unchanged, bad }
  }
}

/** Location ids by name (any case); unknown names become new locations in the import's time zone. */
async function locationResolver(writer: BulkWriter, deps: Deps, options: ImportOptions) {
  const rows = await writer.executor.selectFrom('location').select(['id', 'name', 'time_zone', 'country']).execute()
  const byName = new Map(rows.map((row) => [row.name.toLowerCase(), { id: row.id, timeZone: row.time_zone }]))
  const fallback = { timeZone: options.timeZone ?? rows[0]?.time_zone ?? 'UTC', country: options.country ?? rows[0]?.country ?? 'US' }
  return async (name: string) => {
    const known = byName.get(name.toLowerCase())
    if (known) return known
    const location = { id: deps.ids.next(), name, time_zone: fallback.timeZone, country: fallback.country, created_at: deps.clock.now().toISOString() }
    await writer.insert('location', [location])
    const created = { id: location.id, timeZone: location.time_zone }
    byName.set(name.toLowerCase(), created)
    return created
  }
}

async function ordersWriter(writer: BulkWriter, deps: Deps, options: ImportOptions, expectedRows: number): Promise<BatchWriter<OrderImportRow>> {
  const existing = await existingKeys(writer, 'order')
  const deferIndexes = deferIndexesIfLarge(writer, expectedRows, await countRows(writer, 'order'), ['order', 'order_line'])
  const customers = await customerIdsByRef(writer)
  const locationOf = await locationResolver(writer, deps, options)
  const items = new Map((await writer.executor.selectFrom('catalog_item').select(['id', 'sku', 'name', 'price_minor']).execute()).map((row) => [row.sku, row]))
  let position = items.size
  return async (rows) => {
    const newItems: Record<string, unknown>[] = []
    const orders: Record<string, unknown>[] = []
    const lines: Record<string, unknown>[] = []
    const bad: RowError[] = []
    let unchanged = 0
    for (const { line, value } of rows) {
      if (existing.has(value.ref)) {
        unchanged += 1
        continue
      }
      const customerId = value.customerRef ? customers.get(value.customerRef) : null
      if (value.customerRef && !customerId) {
        bad.push({ line, column: 'customer_ref', message: `no customer has ref “${value.customerRef}”; import customers first` })
        continue
      }
      const location = await locationOf(value.location)
      const quantity = value.items.reduce((sum, item) => sum + item.quantity, 0)
      const id = deps.ids.next()
      orders.push({
        id,
        ref: value.ref,
        location_id: location.id,
        customer_id: customerId,
        staff_id: null,
        status: 'paid',
        source: 'import',
        total_minor: value.totalMinor,
        placed_at: value.placedAt.toISOString(),
        local_day: localDay(value.placedAt, location.timeZone),
      })
      value.items.forEach((item, index) => {
        let known = items.get(item.sku)
        if (!known) {
          // An unknown SKU joins the catalog at the price this order implies.
          known = { id: deps.ids.next(), sku: item.sku, name: item.sku, price_minor: Math.round(value.totalMinor / Math.max(1, quantity)) }
          items.set(item.sku, known)
          newItems.push({ ...known, category: 'Imported', modifier_groups: '[]', position: position++ })
        }
        lines.push({
          id: `${id}:${index}`,
          order_id: id,
          position: index,
          catalog_item_id: known.id,
          name: known.name,
          quantity: item.quantity,
          unit_price_minor: known.price_minor,
          modifiers: '[]',
          usual_key: usualKeyOf(known.id, []),
          line_total_minor: known.price_minor * item.quantity,
        })
      })
    }
    if (orders.length > 0) deferIndexes()
    await writer.insert('catalog_item', newItems)
    await writer.insert('order', orders)
    await writer.insert('order_line', lines)
    return { imported: orders.length, unchanged, bad }
  }
}

/** Imported gestures are attributed to one archived "Imported" staff member per location. */
async function importStaff(writer: BulkWriter, deps: Deps, locationId: string, cache: Map<string, string>): Promise<string> {
  const known = cache.get(locationId)
  if (known) return known
  const id = `import-${locationId}`
  const now = deps.clock.now().toISOString()
  await writer.insert('staff_member', [{ id, first_name: 'Imported', last_name: '', role: 'staff', home_location_id: locationId, pin_hash: '!', created_at: now, archived_at: now }], { ignoreConflicts: true })
  cache.set(locationId, id)
  return id
}

async function gesturesWriter(writer: BulkWriter, deps: Deps, options: ImportOptions): Promise<BatchWriter<GestureImportRow>> {
  const existing = await existingKeys(writer, 'gesture')
  const customers = await customerIdsByRef(writer)
  const locationOf = await locationResolver(writer, deps, options)
  const staff = new Map<string, string>()
  return async (rows) => {
    const gestures: Record<string, unknown>[] = []
    const bad: RowError[] = []
    let unchanged = 0
    for (const { line, value } of rows) {
      if (existing.has(value.ref)) {
        unchanged += 1
        continue
      }
      const customerId = customers.get(value.customerRef)
      if (!customerId) {
        bad.push({ line, column: 'customer_ref', message: `no customer has ref “${value.customerRef}”; import customers first` })
        continue
      }
      const location = await locationOf(value.location)
      gestures.push({
        id: deps.ids.next(),
        ref: value.ref,
        type: value.type,
        reason: value.reason,
        value_minor: value.valueMinor,
        note: null,
        staff_id: await importStaff(writer, deps, location.id, staff),
        customer_id: customerId,
        location_id: location.id,
        order_id: null,
        status: 'granted',
        requested_at: value.grantedAt.toISOString(),
      })
    }
    await writer.insert('gesture', gestures)
    return { imported: gestures.length, unchanged, bad }
  }
}

/** The CDNOW data set (customer id, yyyymmdd, quantity, dollars) as anonymous-named customers' orders at one location. */
export async function importCdnow(db: Db, deps: Deps, rows: { customerId: string; day: string; quantity: number; dollars: number }[], options: ImportOptions & { location?: string } = {}): Promise<ImportReport> {
  const location = options.location ?? 'CDNOW'
  const customers = [...new Set(rows.map((row) => row.customerId))].map((id, index) => ({
    line: index + 1,
    value: { ref: `cdnow-${id}`, name: `CDNOW customer ${id}`, phone: null, email: null, birthday: null, household: [] } satisfies CustomerImportRow,
  }))
  const perDay = new Map<string, number>()
  const orders = rows.map((row, index) => {
    const key = `cdnow-${row.customerId}-${row.day}`
    const n = (perDay.get(key) ?? 0) + 1
    perDay.set(key, n)
    return {
      line: index + 1,
      value: {
        ref: `${key}-${n}`,
        customerRef: `cdnow-${row.customerId}`,
        location,
        placedAt: new Date(`${row.day}T12:00:00Z`),
        totalMinor: Math.round(row.dollars * 100),
        items: [{ sku: 'CD', quantity: Math.max(1, row.quantity) }],
      } satisfies OrderImportRow,
    }
  })
  const zoned = { ...options, timeZone: options.timeZone ?? 'UTC' }
  return finish(db, deps, 'cdnow', () => rows.length, [], zoned, async (writer) => {
    const a = await (await customersWriter(writer, deps, customers.length))(customers)
    const b = await (await ordersWriter(writer, deps, zoned, orders.length))(orders)
    return { imported: a.imported + b.imported, unchanged: a.unchanged + b.unchanged, bad: [...a.bad, ...b.bad] }
  })
}
