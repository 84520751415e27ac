import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PII_COLUMNS } from '../../src/domain/privacy/index.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`a customer's data: export and erasure (${dialect})`, () => {
    let world: World
    let sam: string
    let priya: string
    let ann: string
    let jillId: string
    let devId: string
    const db = () => world.app.db.kysely

    beforeAll(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      ann = await signInAs(world, 'ann')
      const create = (payload: Record<string, unknown>) => world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: sam }, payload })
      jillId = (
        await create({ displayName: 'Jill Okafor', pronunciation: 'JILL oh-KAH-for', phone: '(415) 555-0142', email: 'jill@example.com', birthday: { month: 4, day: 14 }, household: [{ name: 'Dev Okafor', relation: 'husband' }] })
      ).json().id
      devId = (await create({ displayName: 'Dev Ramos', phone: '(415) 555-0199' })).json().id
      await world.http.inject({ method: 'POST', url: `/api/v1/customers/${jillId}/notes`, headers: { cookie: sam }, payload: { body: 'Training for Boston' } })
      const order = await world.http.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { cookie: sam, 'idempotency-key': 'privacy-order-1' },
        payload: { customerId: jillId, lines: [{ catalogItemId: world.items.flatWhite }] },
      })
      expect(order.statusCode).toBe(201)
      const gesture = await world.http.inject({
        method: 'POST',
        url: '/api/v1/gestures',
        headers: { cookie: sam },
        payload: { type: 'recovery_coupon', reason: 'service_failure', valueMinor: 420, customerId: jillId, note: 'Jill waited 10 min' },
      })
      const couponId = gesture.json().coupon.id
      const feedback = await world.http.inject({
        method: 'POST',
        url: `/api/v1/public/feedback/coupon-${couponId}`,
        payload: { kind: 'problem', text: 'Jill here: my sandwich was cold', email: 'jill@example.com' },
        remoteAddress: '10.9.0.1',
      })
      expect(feedback.statusCode).toBe(201)
    })
    afterAll(() => world.close())

    it('gives an owner every row about the customer as JSON, and the same fields as CSV', async () => {
      const json = await world.http.inject({ method: 'GET', url: `/api/v1/customers/${jillId}/data`, headers: { cookie: ann } })
      const csv = await world.http.inject({ method: 'GET', url: `/api/v1/customers/${jillId}/data`, query: { format: 'csv' }, headers: { cookie: ann } })

      expect(json.statusCode).toBe(200)
      expect(json.headers['cache-control']).toBe('no-store')
      const data = json.json()
      expect(data.customer).toMatchObject({ display_name: 'Jill Okafor', email: 'jill@example.com', phone: '+14155550142' })
      expect(data.notes.map((note: { body: string }) => note.body)).toEqual(['Training for Boston'])
      expect(data.orders).toHaveLength(1)
      expect(data.orders[0].lines[0]).toMatchObject({ name: 'Flat white', unit_price_minor: 420 })
      expect(data.feedback.map((item: { text: string }) => item.text)).toEqual(['Jill here: my sandwich was cold'])
      expect(csv.statusCode).toBe(200)
      expect(csv.headers['content-type']).toContain('text/csv')
      expect(csv.body.split('\n')[0]).toBe('record,id,field,value')
      expect(csv.body).toContain(`customer,${jillId},email,jill@example.com`)
      expect(csv.body).toContain('Training for Boston')
    })

    it('lets only owners export or erase', async () => {
      for (const cookie of [sam, priya]) {
        expect((await world.http.inject({ method: 'GET', url: `/api/v1/customers/${jillId}/data`, headers: { cookie } })).statusCode).toBe(403)
        expect((await world.http.inject({ method: 'POST', url: `/api/v1/customers/${jillId}/erasure`, headers: { cookie } })).statusCode).toBe(403)
      }
      expect((await world.http.inject({ method: 'POST', url: '/api/v1/customers/nobody/erasure', headers: { cookie: ann } })).json().code).toBe('customer.not_found')
    })

    it('erases every registered personal field of the customer and keeps the order and its amounts', async () => {
      const response = await world.http.inject({ method: 'POST', url: `/api/v1/customers/${jillId}/erasure`, headers: { cookie: ann } })

      expect(response.statusCode).toBe(200)
      const customer = await db().selectFrom('customer').selectAll().where('id', '=', jillId).executeTakeFirstOrThrow()
      expect(customer).toMatchObject({ display_name: response.json().anonymousName, pronunciation: null, phone: null, email: null, birth_month: null, birth_day: null, household: '[]' })
      expect(response.json().anonymousName).toMatch(/^Former guest #[0-9A-F]{4}$/)
      expect(await db().selectFrom('customer_name_token').select('token').where('customer_id', '=', jillId).execute()).toEqual([])
      const order = await db().selectFrom('order').selectAll().where('customer_id', '=', jillId).executeTakeFirstOrThrow()
      expect(order.total_minor).toBe(420)
      const gesture = await db().selectFrom('gesture').selectAll().where('customer_id', '=', jillId).executeTakeFirstOrThrow()
      expect(gesture).toMatchObject({ value_minor: 420, note: null })
      // Nothing anywhere in the registered columns still says who she was.
      const words = ['Jill', 'Okafor', 'jill@example.com', '+14155550142', 'Boston', 'Dev Okafor']
      for (const { table, column } of PII_COLUMNS) {
        const rows = await db().selectFrom(table as 'customer').select(column as 'id').execute()
        for (const row of rows) {
          const value = String((row as Record<string, unknown>)[column] ?? '')
          for (const word of words) expect(value, `${table}.${column}`).not.toContain(word)
        }
      }
    })

    it('leaves other customers alone, cannot find the erased one by name or phone, and audits the erasure', async () => {
      const dev = await db().selectFrom('customer').selectAll().where('id', '=', devId).executeTakeFirstOrThrow()
      const byName = await world.http.inject({ method: 'GET', url: '/api/v1/customers', query: { q: 'Jill' }, headers: { cookie: sam } })
      const byPhone = await world.http.inject({ method: 'GET', url: '/api/v1/customers', query: { q: '4155550142' }, headers: { cookie: sam } })
      const audit = await db().selectFrom('audit_event').selectAll().where('action', '=', 'customer.erased').execute()

      expect(dev).toMatchObject({ display_name: 'Dev Ramos', phone: '+14155550199' })
      expect(byName.json().results).toEqual([])
      expect(byPhone.json().results).toEqual([])
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({ actor_id: world.staff.ann.id, subject_id: jillId })
    })

    it('answers a second erasure with a conflict, not a second run', async () => {
      const again = await world.http.inject({ method: 'POST', url: `/api/v1/customers/${jillId}/erasure`, headers: { cookie: ann } })

      expect(again.statusCode).toBe(409)
      expect(again.json().code).toBe('customer.already_erased')
    })

    it('keeps audit history append-only: a redacted event cannot be changed again, nor can who did what', async () => {
      const redacted = await db().selectFrom('audit_event').select(['id']).where('redacted_at', 'is not', null).executeTakeFirstOrThrow()
      const plain = await db().selectFrom('audit_event').select(['id']).where('redacted_at', 'is', null).executeTakeFirstOrThrow()

      await expect(db().updateTable('audit_event').set({ after: '{}', redacted_at: NOW_LATER }).where('id', '=', redacted.id).execute()).rejects.toThrow(/append-only/)
      await expect(db().updateTable('audit_event').set({ action: 'nothing.happened', redacted_at: NOW_LATER }).where('id', '=', plain.id).execute()).rejects.toThrow(/append-only/)
      await expect(db().deleteFrom('audit_event').where('id', '=', plain.id).execute()).rejects.toThrow(/append-only/)
    })

    it('erases once when two owners press Erase at the same moment', async () => {
      const [first, second] = await Promise.all([1, 2].map(() => world.http.inject({ method: 'POST', url: `/api/v1/customers/${devId}/erasure`, headers: { cookie: ann } })))

      expect([first!.statusCode, second!.statusCode].sort()).toEqual([200, 409])
      expect(await db().selectFrom('audit_event').select('id').where('action', '=', 'customer.erased').where('subject_id', '=', devId).execute()).toHaveLength(1)
    })
  })
}

const NOW_LATER = '2026-11-21T00:00:00.000Z'
