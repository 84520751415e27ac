import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportAll } from '../../src/db/export.js'
import { importCdnow, importFile } from '../../src/db/import.js'
import { parseCdnow } from '../../src/domain/visit-model/index.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

const dir = mkdtempSync(join(tmpdir(), 'usual-import-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const CUSTOMERS = `ref,name,phone,email,birthday,household,loyalty_tier
c1,Jill Okafor,(415) 555-0142,jill@example.com,03-14,Dev Okafor;Ada Okafor,gold
c2,Tom Becker,415 555 0177,,,,
`
const ORDERS = `ref,customer_ref,location,placed_at,total_minor,items
o1,c1,Main St,2026-11-01T08:15:00Z,480,FLW*1
o2,,Pier 39,2026-11-02T09:00:00-05:00,520,NEW*2
o3,c2,Main St,2026-11-03T10:00:00Z,470,DRP;CRO
`
const GESTURES = `ref,customer_ref,location,granted_at,type,reason,value_minor
g1,c1,Main St,2026-11-01T08:20:00Z,comp_item,delight,480
`

/** Every index with its definition: what the migrations made, whatever loads happened since. */
async function indexesOf(world: World): Promise<string[]> {
  if (world.app.db.sqlite) return world.app.db.sqlite.prepare(`select name || ' ' || coalesce(sql, '') from sqlite_schema where type = 'index' order by name`).pluck().all() as string[]
  const { rows } = await sql<{ index: string }>`select replace(indexdef, current_schema() || '.', '') as index from pg_indexes where schemaname = current_schema() order by indexname`.execute(world.app.db.kysely)
  return rows.map((row) => row.index)
}

for (const dialect of testDialects()) {
  describe(`import and export (${dialect})`, () => {
    let world: World
    const count = async (table: 'customer' | 'order' | 'order_line' | 'gesture' | 'location' | 'catalog_item') =>
      (await world.app.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
    beforeAll(async () => {
      world = await createWorld(dialect)
    })
    afterAll(() => world.close())

    it('imports customers, orders and gestures, ignoring extra columns and creating unknown locations and SKUs', async () => {
      const customers = await importFile(world.app.db, world.app.deps, 'customers', file('customers.csv', CUSTOMERS))
      const orders = await importFile(world.app.db, world.app.deps, 'orders', file('orders.csv', ORDERS))
      const gestures = await importFile(world.app.db, world.app.deps, 'gestures', file('gestures.csv', GESTURES))

      expect([customers.imported, orders.imported, gestures.imported]).toEqual([2, 3, 1])
      const jill = await world.app.deps.repos.customers.findByPhone('+14155550142')
      expect(jill).toMatchObject({ displayName: 'Jill Okafor', birthday: { month: 3, day: 14 }, household: [{ name: 'Dev Okafor' }, { name: 'Ada Okafor' }] })
      const pier = await world.app.db.kysely.selectFrom('location').selectAll().where('name', '=', 'Pier 39').executeTakeFirstOrThrow()
      const newItem = await world.app.db.kysely.selectFrom('catalog_item').selectAll().where('sku', '=', 'NEW').executeTakeFirstOrThrow()
      expect(pier.time_zone).toBe('America/New_York')
      expect(newItem.price_minor).toBe(260)
      const placed = await world.app.db.kysely.selectFrom('order').select(['local_day']).where('ref', '=', 'o2').executeTakeFirstOrThrow()
      expect(placed.local_day).toBe('2026-11-02')
    })

    it('changes nothing when the same files are imported again', async () => {
      const before = [await count('customer'), await count('order'), await count('order_line'), await count('gesture')]

      const again = await Promise.all([
        importFile(world.app.db, world.app.deps, 'customers', join(dir, 'customers.csv')),
      ])
      await importFile(world.app.db, world.app.deps, 'orders', join(dir, 'orders.csv'))
      await importFile(world.app.db, world.app.deps, 'gestures', join(dir, 'gestures.csv'))

      expect(again[0]).toMatchObject({ imported: 0, unchanged: 2 })
      expect([await count('customer'), await count('order'), await count('order_line'), await count('gesture')]).toEqual(before)
    })

    it('imports nothing from a file with a bad row, and names each bad line and column', async () => {
      const before = await count('customer')
      const path = file('bad.csv', 'ref,name,phone,email,birthday,household\nb1,Ann,12,,,\nb2,,4155550111,not-an-email,13-01,\nb3,Good Person,4155550112,,,\n')

      const report = await importFile(world.app.db, world.app.deps, 'customers', path)

      expect(report.written).toBe(false)
      expect(report.bad).toEqual([
        { line: 2, column: 'phone', message: '“12” is not a phone number' },
        { line: 3, column: 'name', message: 'is empty' },
        { line: 3, column: 'email', message: '“not-an-email” is not an email address' },
        { line: 3, column: 'birthday', message: '“13-01” is not a birthday as MM-DD' },
      ])
      expect(await count('customer')).toBe(before)
    })

    it('imports the good rows with --skip-bad', async () => {
      const before = await count('customer')

      const report = await importFile(world.app.db, world.app.deps, 'customers', join(dir, 'bad.csv'), { skipBad: true })

      expect(report).toMatchObject({ written: true, imported: 1 })
      expect(await count('customer')).toBe(before + 1)
    })

    it('refuses a file that lacks a column, naming it', async () => {
      await expect(importFile(world.app.db, world.app.deps, 'orders', file('short.csv', 'ref,location\nx,Main St\n'))).rejects.toThrow(/no customer_ref, placed_at, total_minor, items columns/)
    })

    it('rolls back everything when a later row breaks a rule found while writing', async () => {
      const before = await count('order')
      const path = file('orphans.csv', 'ref,customer_ref,location,placed_at,total_minor,items\nx1,c1,Main St,2026-11-04T08:00:00Z,100,FLW\nx2,nobody,Main St,2026-11-04T08:00:00Z,100,FLW\n')

      const report = await importFile(world.app.db, world.app.deps, 'orders', path)

      expect(report.written).toBe(false)
      expect(report.bad).toEqual([{ line: 3, column: 'customer_ref', message: 'no customer has ref “nobody”; import customers first' }])
      expect(await count('order')).toBe(before)
    })

    it('round-trips: import → export → import is a no-op, and export keeps the shapes', async () => {
      const out = join(dir, `export-${dialect}`)
      await exportAll(world.app.db, out)
      const before = [await count('customer'), await count('order'), await count('gesture')]

      for (const kind of ['customers', 'orders', 'gestures'] as const) {
        const report = await importFile(world.app.db, world.app.deps, kind, join(out, `${kind}.csv`))
        expect(report.imported).toBe(0)
      }

      expect([await count('customer'), await count('order'), await count('gesture')]).toEqual(before)
      expect(readFileSync(join(out, 'orders.csv'), 'utf8')).toContain('o3,c2,Main St,2026-11-03T10:00:00.000Z,470,DRP*1;CRO*1')
    })

    it('reports progress while reading', async () => {
      const seen: number[] = []

      await importFile(world.app.db, world.app.deps, 'customers', join(dir, 'customers.csv'), { onProgress: (done, total) => seen.push(done / total) })

      expect(seen.at(-1)).toBe(1)
    })

    it('imports the CDNOW sample as one location’s anonymous-named customers, idempotently', async () => {
      const rows = parseCdnow(readFileSync(new URL('../../../shared/data/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8'))

      const first = await importCdnow(world.app.db, world.app.deps, rows)
      const second = await importCdnow(world.app.db, world.app.deps, rows)

      expect(first.imported).toBe(2_357 + rows.length)
      expect(second.imported).toBe(0)
    })

    it('puts back every index it set aside during a load, also when the load fails', async () => {
      const fresh = await createWorld(dialect)
      try {
        expect(await indexesOf(world)).toEqual(await indexesOf(fresh))
      } finally {
        await fresh.close()
      }
      const before = await indexesOf(world)

      const failed = await importFile(world.app.db, world.app.deps, 'orders', file('orphan.csv', `${ORDERS.split('\n')[0]}\nbig0,,Main St,2026-11-04T08:00:00Z,100,FLW\nbig9,nobody,Main St,2026-11-04T08:00:00Z,100,FLW\n`))

      expect(failed.written).toBe(false)
      expect(await indexesOf(world)).toEqual(before)
    })
  })
}

for (const dialect of testDialects()) {
  describe(`import and export from the owner's console (${dialect})`, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(dialect)
    })
    afterAll(() => world.close())

    it('imports an uploaded CSV for an owner, reports bad rows, and exports it back', async () => {
      const ann = await signInAs(world, 'ann')
      const sam = await signInAs(world, 'sam')
      const upload = (cookie: string, body: string, query = '') =>
        world.http.inject({ method: 'POST', url: `/api/v1/imports/customers${query}`, headers: { cookie, 'content-type': 'text/csv' }, payload: body })

      const bySam = await upload(sam, CUSTOMERS)
      const bad = await upload(ann, 'ref,name,phone,email,birthday,household\nx,,,,,\n')
      const good = await upload(ann, CUSTOMERS)
      const exported = await world.http.inject({ method: 'GET', url: '/api/v1/exports/customers', headers: { cookie: ann } })

      expect(bySam.statusCode).toBe(403)
      expect(bad.json()).toMatchObject({ written: false, bad: [{ line: 2, column: 'name', message: 'is empty' }] })
      expect(good.json()).toMatchObject({ written: true, imported: 2 })
      expect(exported.headers['content-type']).toContain('text/csv')
      expect(exported.body.split('\n')[0]).toBe('ref,name,phone,email,birthday,household')
      expect(exported.body).toContain('c1,Jill Okafor,+14155550142,jill@example.com,03-14,Dev Okafor;Ada Okafor')
    })

    it('audits an upload as the owner who sent it, and a command-line import as the system', async () => {
      const ann = await signInAs(world, 'ann')
      const imported = () => world.app.db.kysely.selectFrom('audit_event').select(['actor_type', 'actor_id']).where('action', '=', 'import.completed').orderBy('id').execute()
      const before = (await imported()).length

      await world.http.inject({ method: 'POST', url: '/api/v1/imports/customers', headers: { cookie: ann, 'content-type': 'text/csv' }, payload: 'ref,name,phone,email,birthday,household\na1,Ada Upload,,,,\n' })
      await importFile(world.app.db, world.app.deps, 'customers', file('cli.csv', 'ref,name,phone,email,birthday,household\nb1,Ben Command,,,,\n'))

      expect((await imported()).slice(before)).toEqual([
        { actor_type: 'staff', actor_id: world.staff.ann.id },
        { actor_type: 'system', actor_id: 'import' },
      ])
    })

    it('answers a file it cannot read as CSV with a problem naming the line, and imports none of it', async () => {
      const ann = await signInAs(world, 'ann')
      const header = 'ref,name,phone,email,birthday,household'
      const upload = (body: string, query = '') =>
        world.http.inject({ method: 'POST', url: `/api/v1/imports/customers${query}`, headers: { cookie: ann, 'content-type': 'text/csv' }, payload: body })
      const before = await world.http.inject({ method: 'GET', url: '/api/v1/exports/customers', headers: { cookie: ann } })

      const unclosed = await upload(`${header}\nu1,Una Quote,,,,\nu2,"Tom,+14155550100,,,\n`)
      const stray = await upload(`${header}\nu1,Una Quote,,,,\nu2,Tom "T" Jones,,,,\nu3,"Ed"x,,,,\n`, '?skipBad=true')
      const nul = await upload(`${header}\nu1,Una\u0000Quote,,,,\n`)
      const after = await world.http.inject({ method: 'GET', url: '/api/v1/exports/customers', headers: { cookie: ann } })

      expect(unclosed.statusCode).toBe(422)
      expect(unclosed.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(unclosed.json()).toMatchObject({ code: 'import.malformed_csv', line: 3 })
      expect(unclosed.json().detail).toMatch(/^line 3: a quoted value is never closed/)
      // A quote inside an unquoted value (Tom "T" Jones) is read as it stands; one closing mid-value is not.
      expect(stray.json()).toMatchObject({ code: 'import.malformed_csv', line: 4 })
      expect(stray.json().detail).toMatch(/^line 4: there is text after a closing quote/)
      expect(nul.statusCode).toBe(400)
      expect(nul.json().detail).toMatch(/^body line 2: contains a NUL/)
      expect(after.body).toBe(before.body)
      expect(after.body).not.toContain('Una Quote')
    })
  })
}
