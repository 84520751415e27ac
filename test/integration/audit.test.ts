import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`the audit viewer (${dialect})`, () => {
    let world: World
    let sam: string
    let priya: string
    let ann: string

    beforeEach(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      ann = await signInAs(world, 'ann')
    })
    afterEach(() => world.close())

    const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 12, minute)).toISOString()
    /** The world's own sign-ins are logged at NOW (15:00); the seeded events lie before 13:00, so reads stop there. */
    const get = (cookie: string, url: string) => {
      const bounded = /[?&]to=/.test(url) ? url : `${url}${url.includes('?') ? '&' : '?'}to=${at(59)}`
      return world.http.inject({ method: 'GET', url: `/api/v1${bounded}`, headers: { cookie } })
    }
    /** Writes events straight into the log: `count` of them at each instant, so many share an `at`. */
    async function seed(rows: { action: string; minute: number; locationId?: string; actorId?: string; subjectId?: string; after?: unknown }[]) {
      let n = 0
      await world.app.db.kysely
        .insertInto('audit_event')
        .values(
          rows.map((row) => ({
            id: `evt-${String(++n).padStart(4, '0')}`,
            at: at(row.minute),
            actor_type: 'staff',
            actor_id: row.actorId ?? world.staff.ann.id,
            location_id: row.locationId ?? world.locations.a,
            action: row.action,
            subject_type: row.action.split('.')[0]!,
            subject_id: row.subjectId ?? null,
            before: null,
            after: row.after === undefined ? null : JSON.stringify(row.after),
          })),
        )
        .execute()
    }

    it('filters by actor, exact action, action prefix, subject and period, newest first, with names', async () => {
      await seed([
        { action: 'staff.added', minute: 1, subjectId: 's1' },
        { action: 'staff.changed', minute: 2, subjectId: 's1', actorId: world.staff.priya.id },
        { action: 'gesture.granted', minute: 3, subjectId: 'g1' },
        { action: 'staffing.x', minute: 4 },
        { action: 'staff.deactivated', minute: 5, subjectId: 's2' },
      ])
      const actions = async (query: string) => ((await get(ann, `/audit?${query}`)).json().events as { action: string }[]).map((event) => event.action)

      expect(await actions('')).toEqual(['staff.deactivated', 'staffing.x', 'gesture.granted', 'staff.changed', 'staff.added'])
      expect(await actions('action=staff.')).toEqual(['staff.deactivated', 'staff.changed', 'staff.added'])
      expect(await actions('action=staff*')).toEqual(['staff.deactivated', 'staffing.x', 'staff.changed', 'staff.added'])
      expect(await actions('action=staff.added')).toEqual(['staff.added'])
      expect(await actions(`actorId=${world.staff.priya.id}`)).toEqual(['staff.changed'])
      expect(await actions('subjectType=gesture')).toEqual(['gesture.granted'])
      expect(await actions('subjectId=s1')).toEqual(['staff.changed', 'staff.added'])
      expect(await actions(`from=${at(2)}&to=${at(4)}`)).toEqual(['gesture.granted', 'staff.changed'])
      const first = (await get(ann, '/audit?action=staff.changed')).json().events[0]
      expect(first.actor).toEqual({ type: 'staff', id: world.staff.priya.id, name: 'Priya Test' })
    })

    it('pages through every event exactly once, even when many share an instant', async () => {
      await seed(Array.from({ length: 53 }, (_, index) => ({ action: 'order.placed', minute: index % 4 })))
      const seen: string[] = []
      let cursor: string | null = ''
      let pages = 0
      while (cursor !== null) {
        const response = await get(ann, `/audit?limit=10${cursor ? `&cursor=${cursor}` : ''}`)
        expect(response.statusCode).toBe(200)
        const page = response.json() as { events: { id: string; at: string }[]; nextCursor: string | null }
        seen.push(...page.events.map((event) => event.id))
        cursor = page.nextCursor
        pages++
      }
      expect(pages).toBe(6)
      expect(new Set(seen).size).toBe(53)
      expect(seen).toHaveLength(53)
      const all = (await get(ann, '/audit?limit=200')).json().events.map((event: { id: string }) => event.id)
      expect(seen).toEqual(all)
    })

    it('keeps managers to their own location and staff out', async () => {
      await seed([
        { action: 'gesture.granted', minute: 1, locationId: world.locations.a },
        { action: 'gesture.granted', minute: 2, locationId: world.locations.b },
      ])
      const mine = (await get(priya, '/audit')).json().events as { locationId: string }[]
      expect(mine.map((event) => event.locationId)).toEqual([world.locations.a])
      const other = await get(priya, `/audit?locationId=${world.locations.b}`)
      expect([other.statusCode, other.json().code]).toEqual([403, 'auth.other_location'])
      expect((await get(priya, `/audit.csv?locationId=${world.locations.b}`)).statusCode).toBe(403)
      expect((await get(sam, '/audit')).statusCode).toBe(403)
      expect((await get(sam, '/audit.csv')).statusCode).toBe(403)
      expect((await get(ann, `/audit?locationId=${world.locations.b}`)).json().events).toHaveLength(1)
      expect((await world.http.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401)
    })

    it('answers a broken cursor or period with a problem naming the field', async () => {
      for (const [query, code, field] of [
        ['cursor=not-a-cursor', 'audit.bad_cursor', 'cursor'],
        [`cursor=${Buffer.from('{"at":"x","id":"y"}').toString('base64url')}`, 'audit.bad_cursor', 'cursor'],
        ['from=yesterday', 'audit.bad_period', 'from'],
        [`from=${at(5)}&to=${at(1)}`, 'audit.bad_period', 'to'],
      ]) {
        const response = await get(ann, `/audit?${query}`)
        expect([response.statusCode, response.json().code, response.json().field], query).toEqual([422, code, field])
        expect(response.headers['content-type']).toContain('application/problem+json')
      }
      expect((await get(ann, '/audit?limit=0')).statusCode).toBe(400)
    })

    it('exports the filtered log as CSV with formulas escaped', async () => {
      await seed([
        { action: 'customer.changed', minute: 1, subjectId: '=HYPERLINK("http://x")', after: { note: 'a, "quoted" note' } },
        { action: 'staff.added', minute: 2 },
      ])
      const response = await get(ann, '/audit.csv?action=customer.')
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/)
      const rows = parse(response.body, { columns: true }) as Record<string, string>[]
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ action: 'customer.changed', subject_id: `'=HYPERLINK("http://x")`, actor_id: world.staff.ann.id })
      expect(JSON.parse(rows[0]!.after!)).toEqual({ note: 'a, "quoted" note' })
    })
  })
}
