import { newCardCode } from '../customers/index.js'
import type { LocationsPort } from '../locations/index.js'
import { usualKeyOf } from '../orders/index.js'
import type { Clock } from '../shared/clock.js'
import { DomainError } from '../shared/errors.js'
import type { Ids } from '../shared/ids.js'
import { localDay } from '../shared/instant.js'
import { requireRole, type Actor } from '../access/index.js'
import { staffActor } from '../audit/index.js'
import type { CdnowRow } from '../visit-model/index.js'
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
} from './import-rows.js'
import type { ImportCatalogItem, ImportedCustomer, ImportedGesture, ImportedOrder, ImportLocation, ImportSource, ImportsPort, ImportStore } from './ports.js'

/** What the import use cases depend on. */
export interface ImportDeps {
  clock: Clock
  ids: Ids
  randomBytes: (size: number) => Uint8Array
  imports: ImportsPort
  locations: Pick<LocationsPort, 'list'>
}

export interface ImportOptions {
  skipBad?: boolean
  /** Country for phone numbers without a country code. */
  country?: string
  /** Time zone of locations the import creates. */
  timeZone?: string
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

type Rows<T> = { line: number; value: T }[]
type Batch<T> = { rows: Rows<T>; bad: RowError[]; read: number }
type Written = { imported: number; unchanged: number; bad: RowError[] }
type BatchWriter<T> = (rows: Rows<T>) => Promise<Written>

/**
 * The head of every batch writer: a row whose ref the database already holds is counted unchanged (re-importing
 * changes nothing); the rest are handed on, with a list for the writer's own bad rows.
 */
function skipExisting<T extends { ref: string }>(rows: Rows<T>, existing: ReadonlySet<string>): { fresh: Rows<T>; unchanged: number; bad: RowError[] } {
  const fresh = rows.filter((row) => !existing.has(row.value.ref))
  return { fresh, unchanged: rows.length - fresh.length, bad: [] }
}

const noSuchCustomer = (line: number, ref: string): RowError => ({ line, column: 'customer_ref', message: `no customer has ref “${ref}”; import customers first` })

/** Only an owner imports from the console; `actor` null is the command line, run by whoever holds the server. */
function requireImporter(actor: Actor | null, action: string): void {
  if (actor) requireRole(actor, 'owner', action)
}

/**
 * Loads customers, orders or gestures: all or nothing unless skipBad, and a re-run changes nothing. Rows are
 * written in batches as they are read, inside one transaction that is rolled back if any row turns out bad, so a
 * million rows never sit in memory at once.
 */
export async function importRecords(deps: ImportDeps, actor: Actor | null, kind: ImportKind, source: ImportSource, options: ImportOptions = {}): Promise<ImportReport> {
  requireImporter(actor, 'import data')
  const now = deps.clock.now()
  const country = options.country ?? (await deps.locations.list())[0]?.country ?? 'US'
  const expected = source.expectedRows
  if (kind === 'customers') {
    return streamInto(deps, actor, kind, now, batchesOf(source, kind, (record, line) => parseCustomerRow(record, line, country)), (store) => customersWriter(store, deps, now, expected), options)
  }
  if (kind === 'orders') return streamInto(deps, actor, kind, now, batchesOf(source, kind, parseOrderRow), (store) => ordersWriter(store, deps, now, options, expected), options)
  return streamInto(deps, actor, kind, now, batchesOf(source, kind, parseGestureRow), (store) => gesturesWriter(store, deps, now, options), options)
}

/** Refuses a file that lacks a column the kind needs, naming each; extra columns are ignored. */
export function requireImportHeaders(kind: ImportKind, headers: string[]): void {
  const missing = missingHeaders(kind, headers)
  if (missing.length > 0) {
    throw new DomainError('invalid', 'import.missing_columns', `line 1: the file has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. A ${kind} file needs: ${IMPORT_HEADER_TEXT[kind]}.`)
  }
}

const IMPORT_HEADER_TEXT: Record<ImportKind, string> = {
  customers: 'ref,name,phone,email,birthday,household',
  orders: 'ref,customer_ref,location,placed_at,total_minor,items',
  gestures: 'ref,customer_ref,location,granted_at,type,reason,value_minor',
}

/** The source's rows parsed in batches, a ref seen twice in one file being a bad row. */
async function* batchesOf<T extends { ref: string }>(source: ImportSource, kind: ImportKind, parseRow: (record: Record<string, string>, line: number) => RowResult<T>): AsyncIterable<Batch<T>> {
  const seen = new Map<string, number>()
  let batch: Batch<T> = { rows: [], bad: [], read: 0 }
  for await (const { record, line } of source.read((headers) => requireImportHeaders(kind, headers))) {
    batch.read += 1
    const parsed = parseRow(record, line)
    if (!parsed.ok) batch.bad.push(...parsed.errors)
    else {
      const ref = parsed.value.ref
      const first = seen.get(ref)
      if (first !== undefined) batch.bad.push({ line, column: 'ref', message: `“${ref}” appears twice in the file (first on line ${first})` })
      else {
        seen.set(ref, line)
        batch.rows.push({ line, value: parsed.value })
      }
    }
    if (batch.read >= BATCH) {
      yield batch
      batch = { rows: [], bad: [], read: 0 }
    }
  }
  if (batch.read > 0) yield batch
}

async function streamInto<T>(deps: ImportDeps, actor: Actor | null, kind: ImportKind, now: Date, batches: AsyncIterable<Batch<T>>, makeWriter: (store: ImportStore) => Promise<BatchWriter<T>>, options: ImportOptions): Promise<ImportReport> {
  let read = 0
  const parseBad: RowError[] = []
  return finish(deps, actor, kind, now, () => read, parseBad, options, async (store) => {
    const write = await makeWriter(store)
    const total: Written = { imported: 0, unchanged: 0, bad: [] }
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

async function finish(deps: ImportDeps, actor: Actor | null, kind: ImportReport['kind'], now: Date, read: () => number, parseBad: RowError[], options: ImportOptions, write: (store: ImportStore) => Promise<Written>): Promise<ImportReport> {
  try {
    return await deps.imports.inBulkTransaction(async (store) => {
      const result = await write(store)
      const bad = [...parseBad, ...result.bad].sort((a, b) => a.line - b.line)
      if (bad.length > 0 && !options.skipBad) throw new BadRows(bad)
      const report = { kind, read: read(), imported: result.imported, unchanged: result.unchanged, bad, written: true }
      await store.recordAudit({
        // The owner who uploaded it at the console; the command line is run by whoever holds the server.
        actor: actor ? staffActor(actor) : { type: 'system', id: 'import' },
        action: 'import.completed',
        subjectType: kind,
        subjectId: null,
        locationId: null,
        after: { read: report.read, imported: report.imported, unchanged: report.unchanged, skippedBad: report.bad.length },
        at: now,
      })
      return report
    })
  } catch (error) {
    if (error instanceof BadRows) return { kind, read: read(), imported: 0, unchanged: 0, bad: error.bad, written: false }
    throw error
  }
}

async function customersWriter(store: ImportStore, deps: ImportDeps, now: Date, expectedRows: number): Promise<BatchWriter<CustomerImportRow>> {
  const existing = await store.existingRefs('customers')
  await store.expectRows('customers', expectedRows)
  const phones = await store.phoneOwners()
  return async (rows) => {
    const { fresh, unchanged, bad } = skipExisting(rows, existing)
    const customers: ImportedCustomer[] = []
    for (const { line, value } of fresh) {
      if (value.phone && phones.has(value.phone)) {
        bad.push({ line, column: 'phone', message: `${value.phone} already belongs to ${phones.get(value.phone)}` })
        continue
      }
      if (value.phone) phones.set(value.phone, value.name)
      customers.push({
        id: deps.ids.next(),
        ref: value.ref,
        displayName: value.name,
        phone: value.phone,
        email: value.email,
        birthday: value.birthday,
        household: value.household.map((name) => ({ name })),
        cardCode: newCardCode(deps.randomBytes),
        createdAt: now,
      })
    }
    await store.insertCustomers(customers)
    return { imported: customers.length, unchanged, bad }
  }
}

/** Location ids by name (any case); unknown names become new locations in the import's time zone. */
async function locationResolver(store: ImportStore, deps: ImportDeps, now: Date, options: ImportOptions): Promise<(name: string) => Promise<ImportLocation>> {
  const known = await store.locations()
  const byName = new Map(known.map((location) => [location.name.toLowerCase(), location]))
  const fallback = { timeZone: options.timeZone ?? known[0]?.timeZone ?? 'UTC', country: options.country ?? known[0]?.country ?? 'US' }
  return async (name) => {
    const found = byName.get(name.toLowerCase())
    if (found) return found
    const location = { id: deps.ids.next(), name, ...fallback }
    await store.insertLocation(location, now)
    byName.set(name.toLowerCase(), location)
    return location
  }
}

async function ordersWriter(store: ImportStore, deps: ImportDeps, now: Date, options: ImportOptions, expectedRows: number): Promise<BatchWriter<OrderImportRow>> {
  const existing = await store.existingRefs('orders')
  await store.expectRows('orders', expectedRows)
  const customers = await store.customerIdsByRef()
  const locationOf = await locationResolver(store, deps, now, options)
  const items = new Map<string, ImportCatalogItem>((await store.catalogItems()).map((item) => [item.sku, item]))
  let position = items.size
  return async (rows) => {
    const { fresh, unchanged, bad } = skipExisting(rows, existing)
    const newItems: (ImportCatalogItem & { category: string; position: number })[] = []
    const orders: ImportedOrder[] = []
    for (const { line, value } of fresh) {
      const customerId = value.customerRef ? customers.get(value.customerRef) : null
      if (value.customerRef && !customerId) {
        bad.push(noSuchCustomer(line, value.customerRef))
        continue
      }
      const location = await locationOf(value.location)
      const quantity = value.items.reduce((sum, item) => sum + item.quantity, 0)
      const id = deps.ids.next()
      orders.push({
        id,
        ref: value.ref,
        locationId: location.id,
        customerId: customerId ?? null,
        totalMinor: value.totalMinor,
        placedAt: value.placedAt,
        localDay: localDay(value.placedAt, location.timeZone),
        lines: value.items.map((item, index) => {
          let known = items.get(item.sku)
          if (!known) {
            // An unknown SKU joins the catalog at the price this order implies.
            known = { id: deps.ids.next(), sku: item.sku, name: item.sku, priceMinor: Math.round(value.totalMinor / Math.max(1, quantity)) }
            items.set(item.sku, known)
            newItems.push({ ...known, category: 'Imported', position: position++ })
          }
          return {
            id: `${id}:${index}`,
            position: index,
            catalogItemId: known.id,
            name: known.name,
            quantity: item.quantity,
            unitPriceMinor: known.priceMinor,
            usualKey: usualKeyOf(known.id, []),
            lineTotalMinor: known.priceMinor * item.quantity,
          }
        }),
      })
    }
    await store.insertCatalogItems(newItems)
    await store.insertOrders(orders)
    return { imported: orders.length, unchanged, bad }
  }
}

/** Imported gestures are attributed to one archived "Imported" staff member per location, who cannot sign in. */
async function importStaff(store: ImportStore, now: Date, locationId: string, cache: Set<string>): Promise<string> {
  const id = `import-${locationId}`
  if (cache.has(id)) return id
  await store.ensureStaffMember({ id, firstName: 'Imported', lastName: '', role: 'staff', homeLocationId: locationId, pinHash: '!', archivedAt: now }, now)
  cache.add(id)
  return id
}

async function gesturesWriter(store: ImportStore, deps: ImportDeps, now: Date, options: ImportOptions): Promise<BatchWriter<GestureImportRow>> {
  const existing = await store.existingRefs('gestures')
  const customers = await store.customerIdsByRef()
  const locationOf = await locationResolver(store, deps, now, options)
  const staff = new Set<string>()
  return async (rows) => {
    const { fresh, unchanged, bad } = skipExisting(rows, existing)
    const gestures: ImportedGesture[] = []
    for (const { line, value } of fresh) {
      const customerId = customers.get(value.customerRef)
      if (!customerId) {
        bad.push(noSuchCustomer(line, value.customerRef))
        continue
      }
      const location = await locationOf(value.location)
      gestures.push({
        id: deps.ids.next(),
        ref: value.ref,
        type: value.type,
        reason: value.reason,
        valueMinor: value.valueMinor,
        staffId: await importStaff(store, now, location.id, staff),
        customerId,
        locationId: location.id,
        status: 'granted',
        requestedAt: value.grantedAt,
      })
    }
    await store.insertGestures(gestures)
    return { imported: gestures.length, unchanged, bad }
  }
}

/** Loads the CDNOW data set as anonymous-named customers' orders at one location, idempotently. */
export async function importCdnow(deps: ImportDeps, actor: Actor | null, rows: CdnowRow[], options: ImportOptions & { location?: string } = {}): Promise<ImportReport> {
  requireImporter(actor, 'import data')
  const now = deps.clock.now()
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
  return finish(deps, actor, 'cdnow', now, () => rows.length, [], zoned, async (store) => {
    const a = await (await customersWriter(store, deps, now, customers.length))(customers)
    const b = await (await ordersWriter(store, deps, now, zoned, orders.length))(orders)
    return { imported: a.imported + b.imported, unchanged: a.unchanged + b.unchanged, bad: [...a.bad, ...b.bad] }
  })
}
