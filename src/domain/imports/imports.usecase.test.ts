import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors.js'
import { anActor } from '../../../test/factories.js'
import { InMemoryImports, recordsSource, sequentialIds, strictPort, TEST_NOW } from '../../../test/fakes/index.js'
import { fixedClock } from '../shared/clock.js'
import { exportRecords } from './exports.service.js'
import { importRecords, type ImportDeps } from './imports.service.js'
import type { ExportsPort } from './ports.js'

const CUSTOMER_HEADERS = ['ref', 'name', 'phone', 'email', 'birthday', 'household']
const ORDER_HEADERS = ['ref', 'customer_ref', 'location', 'placed_at', 'total_minor', 'items']
const mainSt = { id: 'loc-a', name: 'Main St', timeZone: 'America/New_York', country: 'US' }

function world(store = new InMemoryImports({ locations: [mainSt] })) {
  const deps: ImportDeps = {
    clock: fixedClock(TEST_NOW),
    ids: sequentialIds(),
    randomBytes: (size) => new Uint8Array(size).fill(7),
    imports: store.port(),
    locations: strictPort('locations', { list: async () => [{ ...mainSt }] }),
  }
  return { deps, store }
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? { kind: error.kind, code: error.code, details: error.details } : error))

describe('importRecords', () => {
  it('refuses a manager at the console before reading a byte of the file', async () => {
    const { deps, store } = world()
    const source = recordsSource(CUSTOMER_HEADERS, [['c1', 'Jill Okafor', '', '', '', '']])

    const refused = await refusal(importRecords(deps, anActor({ role: 'manager' }), 'customers', source))

    expect(refused).toEqual({ kind: 'forbidden', code: 'auth.role_required', details: { requiredRole: 'owner' } })
    expect(source.reads).toBe(0)
    expect(store.tables.customers).toEqual([])
  })

  it("imports an owner's customers and audits the counts as that owner's act", async () => {
    const { deps, store } = world()

    const report = await importRecords(deps, anActor({ role: 'owner' }), 'customers', recordsSource(CUSTOMER_HEADERS, [['c1', 'Jill Okafor', '(415) 555-0142', '', '03-14', 'Dev Okafor'], ['c2', 'Tom Becker', '', '', '', '']]))

    expect(report).toEqual({ kind: 'customers', read: 2, imported: 2, unchanged: 0, bad: [], written: true })
    expect(store.tables.customers).toMatchObject([{ ref: 'c1', displayName: 'Jill Okafor', phone: '+14155550142', birthday: { month: 3, day: 14 }, household: [{ name: 'Dev Okafor' }] }, { ref: 'c2' }])
    expect(store.tables.audit).toEqual([{ actor: { type: 'staff', id: 'staff-owner', locationId: 'loc-a' }, action: 'import.completed', subjectType: 'customers', subjectId: null, locationId: null, after: { read: 2, imported: 2, unchanged: 0, skippedBad: 0 }, at: new Date(TEST_NOW) }])
  })

  it('audits a command-line import as the system', async () => {
    const { deps, store } = world()

    await importRecords(deps, null, 'customers', recordsSource(CUSTOMER_HEADERS, [['c1', 'Jill Okafor', '', '', '', '']]))

    expect(store.tables.audit).toMatchObject([{ actor: { type: 'system', id: 'import' }, action: 'import.completed' }])
  })

  it('changes nothing when the same rows come again', async () => {
    const { deps, store } = world()
    const rows = [['c1', 'Jill Okafor', '', '', '', '']]
    await importRecords(deps, null, 'customers', recordsSource(CUSTOMER_HEADERS, rows))

    const again = await importRecords(deps, null, 'customers', recordsSource(CUSTOMER_HEADERS, rows))

    expect(again).toMatchObject({ imported: 0, unchanged: 1, written: true })
    expect(store.tables.customers).toHaveLength(1)
  })

  it('names a ref that appears twice, and imports nothing from the file', async () => {
    const { deps, store } = world()

    const report = await importRecords(deps, null, 'customers', recordsSource(CUSTOMER_HEADERS, [['c1', 'Jill', '', '', '', ''], ['c2', 'Tom', '', '', '', ''], ['c1', 'Jill again', '', '', '', '']]))

    expect(report).toEqual({ kind: 'customers', read: 3, imported: 0, unchanged: 0, bad: [{ line: 4, column: 'ref', message: '“c1” appears twice in the file (first on line 2)' }], written: false })
    expect(store.tables.customers).toEqual([])
    expect(store.tables.audit).toEqual([])
  })

  it('imports the good rows with skipBad and reports the bad ones', async () => {
    const { deps, store } = world()

    const report = await importRecords(deps, null, 'customers', recordsSource(CUSTOMER_HEADERS, [['c1', '', '', '', '', ''], ['c2', 'Tom', '', '', '', '']]), { skipBad: true })

    expect(report).toMatchObject({ written: true, imported: 1, bad: [{ line: 2, column: 'name', message: 'is empty' }] })
    expect(store.tables.customers.map((c) => c.ref)).toEqual(['c2'])
  })

  it("refuses a phone number that is already someone else's", async () => {
    const { deps } = world()

    const report = await importRecords(deps, null, 'customers', recordsSource(CUSTOMER_HEADERS, [['c1', 'Jill', '4155550142', '', '', ''], ['c2', 'Tom', '415 555 0142', '', '', '']]))

    expect(report.bad).toEqual([{ line: 3, column: 'phone', message: '+14155550142 already belongs to Jill' }])
  })

  it('rolls back every order when a later one names a customer nobody has', async () => {
    const { deps, store } = world()

    const report = await importRecords(deps, null, 'orders', recordsSource(ORDER_HEADERS, [['o1', '', 'Pier 39', '2026-11-01T08:00:00Z', '520', 'NEW*2'], ['o2', 'nobody', 'Main St', '2026-11-01T09:00:00Z', '100', 'FLW']]))

    expect(report).toMatchObject({ written: false, imported: 0, bad: [{ line: 3, column: 'customer_ref', message: 'no customer has ref “nobody”; import customers first' }] })
    expect([store.tables.orders, store.tables.locations.length, store.tables.catalog]).toEqual([[], 1, []])
  })

  it("creates an unknown location in the import's time zone and an unknown SKU at the price the order implies", async () => {
    const { deps, store } = world()

    await importRecords(deps, null, 'orders', recordsSource(ORDER_HEADERS, [['o1', '', 'Pier 39', '2026-11-02T03:00:00Z', '520', 'NEW*2']]), { timeZone: 'America/Los_Angeles' })

    expect(store.tables.locations.at(-1)).toMatchObject({ name: 'Pier 39', timeZone: 'America/Los_Angeles', country: 'US' })
    expect(store.tables.catalog).toMatchObject([{ sku: 'NEW', priceMinor: 260, category: 'Imported' }])
    // 03:00 UTC on the 2nd is still the 1st in Los Angeles.
    expect(store.tables.orders).toMatchObject([{ ref: 'o1', localDay: '2026-11-01', lines: [{ quantity: 2, unitPriceMinor: 260, lineTotalMinor: 520 }] }])
  })

  it('refuses a file that lacks a column, naming every missing one', async () => {
    const { deps } = world()

    const refused = await refusal(importRecords(deps, null, 'orders', recordsSource(['ref', 'location'], [['x', 'Main St']])))

    expect(refused).toMatchObject({ kind: 'invalid', code: 'import.missing_columns' })
    expect(await importRecords(deps, null, 'orders', recordsSource(['ref', 'location'], [])).catch((error: Error) => error.message)).toMatch(/no customer_ref, placed_at, total_minor, items columns/)
  })
})

describe('exportRecords', () => {
  const exports = strictPort<ExportsPort>('exports', {
    async *customers() {
      yield { ref: 'c1', name: 'Jill Okafor', phone: '+14155550142', email: null, birthday: { month: 3, day: 4 }, household: ['Dev Okafor', 'Ada Okafor'] }
    },
  })

  it('refuses staff before reading anything', () => {
    expect(() => exportRecords({ exports }, anActor({ role: 'staff' }), 'customers')).toThrow(expect.objectContaining({ code: 'auth.role_required' }))
  })

  it('writes customers in the shape the import reads back', async () => {
    const records = []

    for await (const record of exportRecords({ exports }, anActor({ role: 'owner' }), 'customers')) records.push(record)

    expect(records).toEqual([['c1', 'Jill Okafor', '+14155550142', '', '03-04', 'Dev Okafor;Ada Okafor']])
  })
})
