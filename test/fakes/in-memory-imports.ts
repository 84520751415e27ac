import type { AuditEvent } from '../../src/domain/audit/index.js'
import type { ImportCatalogItem, ImportedCustomer, ImportedGesture, ImportedOrder, ImportLocation, ImportRecord, ImportSource, ImportsPort, ImportStore } from '../../src/domain/imports/index.js'
import type { StaffMember } from '../../src/domain/staff/index.js'
import { strictPort } from './strict.js'

interface ImportTables {
  customers: ImportedCustomer[]
  orders: ImportedOrder[]
  gestures: ImportedGesture[]
  locations: ImportLocation[]
  catalog: (ImportCatalogItem & { category?: string; position?: number })[]
  staff: StaffMember[]
  audit: AuditEvent[]
}

/** The import's bulk store in memory: one transaction at a time, rolled back when the load throws. */
export class InMemoryImports {
  private state: ImportTables = { customers: [], orders: [], gestures: [], locations: [], catalog: [], staff: [], audit: [] }
  readonly expected: { kind: string; rows: number }[] = []
  constructor(seed: Partial<ImportTables> = {}) {
    this.state = { ...this.state, ...structuredClone(seed) }
  }
  get tables(): Readonly<ImportTables> {
    return this.state
  }
  port(): ImportsPort {
    return {
      inBulkTransaction: async (fn) => {
        const before = structuredClone(this.state)
        try {
          return await fn(this.store())
        } catch (error) {
          this.state = before
          throw error
        }
      },
    }
  }
  private store(): ImportStore {
    const s = () => this.state
    const refsOf = (rows: { id: string; ref: string }[]) => new Set(rows.flatMap((row) => [row.id, row.ref]))
    return strictPort<ImportStore>('imports', {
      existingRefs: async (kind) => refsOf(kind === 'customers' ? s().customers : kind === 'orders' ? s().orders : s().gestures),
      customerIdsByRef: async () => new Map(s().customers.flatMap((c) => [[c.id, c.id] as const, [c.ref, c.id] as const])),
      phoneOwners: async () => new Map(s().customers.filter((c) => c.phone).map((c) => [c.phone!, c.displayName])),
      locations: async () => structuredClone(s().locations),
      catalogItems: async () => s().catalog.map(({ id, sku, name, priceMinor }) => ({ id, sku, name, priceMinor })),
      expectRows: async (kind, rows) => void this.expected.push({ kind, rows }),
      insertCustomers: async (rows) => void s().customers.push(...structuredClone(rows)),
      insertLocation: async (location) => void s().locations.push(structuredClone(location)),
      insertCatalogItems: async (items) => void s().catalog.push(...structuredClone(items)),
      insertOrders: async (rows) => void s().orders.push(...structuredClone(rows)),
      ensureStaffMember: async (member) => void (s().staff.some((m) => m.id === member.id) || s().staff.push(structuredClone(member))),
      insertGestures: async (rows) => void s().gestures.push(...structuredClone(rows)),
      recordAudit: async (event) => void s().audit.push(structuredClone(event)),
    })
  }
}

/** CSV-shaped records in memory, numbered by file line (the header is line 1); `reads` counts how often it was read. */
export function recordsSource(headers: string[], rows: string[][]): ImportSource & { reads: number } {
  const source = {
    reads: 0,
    expectedRows: rows.length,
    async *read(checkHeaders: (headers: string[]) => void): AsyncIterable<ImportRecord> {
      source.reads += 1
      checkHeaders(headers)
      for (const [index, row] of rows.entries()) yield { record: Object.fromEntries(headers.map((header, column) => [header, row[column] ?? ''])), line: index + 2 }
    },
  }
  return source
}
