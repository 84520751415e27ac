import { requireRole, type Actor } from '../access/index.js'
import type { CustomerImportRow, GestureImportRow, ImportKind, OrderImportRow } from './import-rows.js'
import type { ExportsPort } from './ports.js'

export interface ExportDeps {
  exports: ExportsPort
}

/** One CSV record: the fields in IMPORT_HEADERS order. */
export type ExportRecord = (string | number)[]

const birthdayText = (birthday: CustomerImportRow['birthday']) => (birthday ? `${String(birthday.month).padStart(2, '0')}-${String(birthday.day).padStart(2, '0')}` : '')

const customerRecord = (row: CustomerImportRow): ExportRecord => [row.ref, row.name, row.phone ?? '', row.email ?? '', birthdayText(row.birthday), row.household.join(';')]

const orderRecord = (row: OrderImportRow): ExportRecord => [
  row.ref,
  row.customerRef ?? '',
  row.location,
  row.placedAt.toISOString(),
  row.totalMinor,
  row.items.map((item) => `${item.sku}*${item.quantity}`).join(';'),
]

const gestureRecord = (row: GestureImportRow): ExportRecord => [row.ref, row.customerRef, row.location, row.grantedAt.toISOString(), row.type, row.reason, row.valueMinor]

async function* mapped<T>(rows: AsyncIterable<T>, toRecord: (row: T) => ExportRecord): AsyncGenerator<ExportRecord> {
  for await (const row of rows) yield toRecord(row)
}

/**
 * One kind as CSV records in the shape the import reads back, so import → export → import changes nothing. Only an
 * owner exports from the console; `actor` null is the command line. It refuses before reading anything.
 */
export function exportRecords(deps: ExportDeps, actor: Actor | null, kind: ImportKind): AsyncGenerator<ExportRecord> {
  if (actor) requireRole(actor, 'owner', 'export data')
  if (kind === 'customers') return mapped(deps.exports.customers(), customerRecord)
  if (kind === 'orders') return mapped(deps.exports.orders(), orderRecord)
  return mapped(deps.exports.gestures(), gestureRecord)
}
