import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

let address = 0
const ask = (world: World, payload: Record<string, unknown>) =>
  world.http.inject({ method: 'POST', url: '/api/v1/public/privacy-requests', payload, remoteAddress: `10.7.0.${++address}` })

for (const dialect of testDialects()) {
  describe(`customers' data requests (${dialect})`, () => {
    let world: World
    let ann: string
    let priya: string
    let jillId: string
    const db = () => world.app.db.kysely
    const mailTo = async (to: string) =>
      (await db().selectFrom('outbox').select('payload').execute()).map((row) => JSON.parse(row.payload) as { to: string; subject: string; text: string }).filter((mail) => mail.to === to)

    beforeAll(async () => {
      world = await createWorld(dialect)
      ann = await signInAs(world, 'ann')
      priya = await signInAs(world, 'priya')
      const sam = await signInAs(world, 'sam')
      jillId = (await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: sam }, payload: { displayName: 'Jill Okafor', phone: '(415) 555-0142', email: 'jill@example.com' } })).json().id
    })
    afterAll(() => world.close())

    it('answers a stranger the same whether or not we hold their data, and tells them by email', async () => {
      const known = await ask(world, { kind: 'export', email: 'Jill@Example.com' })
      const unknown = await ask(world, { kind: 'export', email: 'nobody@example.com' })

      expect(known.statusCode).toBe(202)
      expect(unknown.statusCode).toBe(202)
      expect(known.json()).toEqual(unknown.json())
      expect((await mailTo('jill@example.com'))[0]!.subject).toContain('data copy request')
      const rows = await db().selectFrom('privacy_request').selectAll().orderBy('requested_at').execute()
      expect(rows.map((row) => [row.contact_email, row.customer_id, row.status])).toEqual([
        ['jill@example.com', jillId, 'requested'],
        ['nobody@example.com', null, 'requested'],
      ])
    })

    it('refuses a malformed email, naming the field', async () => {
      const response = await ask(world, { kind: 'erasure', email: 'not an email' })

      expect(response.statusCode).toBe(422)
      expect(response.json()).toMatchObject({ code: 'privacy.bad_email', field: 'email' })
    })

    it('lets only owners see and answer requests', async () => {
      expect((await world.http.inject({ method: 'GET', url: '/api/v1/privacy-requests', headers: { cookie: priya } })).statusCode).toBe(403)
      const list = await world.http.inject({ method: 'GET', url: '/api/v1/privacy-requests', headers: { cookie: ann } })
      expect(list.json().requests).toHaveLength(2)
    })

    it('emails the copy once the owner confirms, once only under a double tap', async () => {
      const [request] = (await db().selectFrom('privacy_request').select('id').where('customer_id', '=', jillId).execute())
      const answers = await Promise.all([1, 2].map(() => world.http.inject({ method: 'POST', url: `/api/v1/privacy-requests/${request!.id}/decision`, headers: { cookie: ann }, payload: { confirm: true } })))

      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409])
      const copies = (await mailTo('jill@example.com')).filter((mail) => mail.text.includes('a copy of everything'))
      expect(copies).toHaveLength(1)
      expect(copies[0]!.text).toContain('+14155550142')
      expect(await db().selectFrom('audit_event').select('id').where('action', '=', 'privacy.export_confirmed').execute()).toHaveLength(1)
    })

    it('erases the customer when the owner confirms an erasure request', async () => {
      await ask(world, { kind: 'erasure', email: 'jill@example.com' })
      const request = await db().selectFrom('privacy_request').select('id').where('kind', '=', 'erasure').where('customer_id', '=', jillId).executeTakeFirstOrThrow()

      const answer = await world.http.inject({ method: 'POST', url: `/api/v1/privacy-requests/${request.id}/decision`, headers: { cookie: ann }, payload: { confirm: true } })

      expect(answer.statusCode).toBe(200)
      const customer = await db().selectFrom('customer').selectAll().where('id', '=', jillId).executeTakeFirstOrThrow()
      expect(customer).toMatchObject({ phone: null, email: null })
      expect(customer.display_name).toMatch(/^Former guest #/)
      const stored = await db().selectFrom('privacy_request').select('contact_email').where('customer_id', '=', jillId).execute()
      expect(stored.every((row) => row.contact_email === '[erased]')).toBe(true)
    })
  })
}
