import type { AuditEvent } from '../audit/index.js'
import type { GestureReason, GestureType } from '../empowerment/index.js'
import type { Birthday, HouseholdMember } from '../customers/index.js'
import type { StaffMember } from '../staff/index.js'
import type { CustomerImportRow, GestureImportRow, ImportKind, OrderImportRow } from './import-rows.js'

/** One CSV record as the reader gives it: column → text, and the file line it ends on. */
export interface ImportRecord {
  record: Record<string, string>
  line: number
}

/** Where an import's records come from: a file on disk or an uploaded body. */
export interface ImportSource {
  /** A generous guess at the number of rows, from the size: it chooses how to load them, never what. */
  expectedRows: number
  /** The records after the header row, once `checkHeaders` has accepted it (it throws to refuse the file). */
  read(checkHeaders: (headers: string[]) => void): AsyncIterable<ImportRecord>
}

export interface ImportLocation {
  id: string
  name: string
  timeZone: string
  country: string
}

export interface ImportCatalogItem {
  id: string
  sku: string
  name: string
  priceMinor: number
}

export interface ImportedCustomer {
  id: string
  ref: string
  displayName: string
  phone: string | null
  email: string | null
  birthday: Birthday | null
  household: HouseholdMember[]
  cardCode: string
  createdAt: Date
}

export interface ImportedOrderLine {
  id: string
  position: number
  catalogItemId: string
  name: string
  quantity: number
  unitPriceMinor: number
  usualKey: string
  lineTotalMinor: number
}

/** An imported order is a paid sale with no staff member behind it. */
export interface ImportedOrder {
  id: string
  ref: string
  locationId: string
  customerId: string | null
  totalMinor: number
  placedAt: Date
  localDay: string
  lines: ImportedOrderLine[]
}

export interface ImportedGesture {
  id: string
  ref: string
  type: GestureType
  reason: GestureReason
  valueMinor: number
  staffId: string
  customerId: string
  locationId: string
  status: 'granted'
  requestedAt: Date
}

/** What an import reads and writes, bound to its one all-or-nothing bulk transaction. */
export interface ImportStore {
  /** Refs and ids of the rows already there: an app-made row's ref is its id, as the export writes it. */
  existingRefs(kind: ImportKind): Promise<Set<string>>
  /** Customer ids by ref, and by id for app-made customers. */
  customerIdsByRef(): Promise<Map<string, string>>
  /** The display name of whoever holds each phone number. */
  phoneOwners(): Promise<Map<string, string>>
  locations(): Promise<ImportLocation[]>
  catalogItems(): Promise<ImportCatalogItem[]>
  /** Says about how many customers or orders are coming before the first is written, so the store can load them the fastest way. */
  expectRows(kind: 'customers' | 'orders', rows: number): Promise<void>
  insertCustomers(customers: ImportedCustomer[]): Promise<void>
  insertLocation(location: ImportLocation, at: Date): Promise<void>
  insertCatalogItems(items: (ImportCatalogItem & { category: string; position: number })[]): Promise<void>
  insertOrders(orders: ImportedOrder[]): Promise<void>
  /** Adds the staff member unless one with that id is there already. */
  ensureStaffMember(member: StaffMember, at: Date): Promise<void>
  insertGestures(gestures: ImportedGesture[]): Promise<void>
  recordAudit(event: AuditEvent): Promise<void>
}

export interface ImportsPort {
  /** Runs fn in one transaction for bulk loads: all of it commits, or none when fn throws. */
  inBulkTransaction<T>(fn: (store: ImportStore) => Promise<T>): Promise<T>
}

/** What an export reads: every kind in the shapes the import reads back, refs falling back to ids. */
export interface ExportsPort {
  customers(): AsyncIterable<CustomerImportRow>
  /** Sales only: a voided order is not exported. */
  orders(): AsyncIterable<OrderImportRow>
  /** Gestures given to a customer (granted or approved). */
  gestures(): AsyncIterable<GestureImportRow>
}
