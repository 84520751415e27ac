import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverOutbox, type Email, type MailTransport } from '../../src/domain/outbox/index.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

const recordingMail = (failWith?: string) => {
  const sent: Email[] = []
  const transport: MailTransport = {
    configured: true,
    async send(email) {
      if (failWith) throw new Error(failWith)
      sent.push(email)
    },
  }
  return { sent, transport }
}

for (const dialect of testDialects()) {
  describe(`the outbox (${dialect})`, () => {
    let world: World
    let sam: string
    let ann: string
    let couponId: string
    beforeAll(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      ann = await signInAs(world, 'ann')
      couponId = (
        await world.http.inject({ method: 'POST', url: '/api/v1/gestures', headers: { cookie: sam }, payload: { type: 'recovery_coupon', reason: 'service_failure', valueMinor: 420 } })
      ).json().coupon.id
    })
    afterAll(() => world.close())

    const queueEmail = (to: string) =>
      world.http.inject({ method: 'POST', url: `/api/v1/coupons/${couponId}/email`, headers: { cookie: sam, host: 'usual.example' }, payload: { email: to } })

    it("queues the coupon's email with its audit event, and keeps it in the outbox while no mail server is set", async () => {
      const queued = await queueEmail('jill@example.com')

      await deliverOutbox(world.app.deps, { configured: false, send: async () => {} })
      const outbox = await world.http.inject({ method: 'GET', url: '/api/v1/outbox', headers: { cookie: ann } })

      expect(queued.statusCode).toBe(202)
      expect(outbox.json()).toEqual([expect.objectContaining({ to: 'jill@example.com', deliveredAt: null, attempts: 0, text: expect.stringContaining('http://usual.example/c/') })])
      const audit = await world.app.db.kysely.selectFrom('audit_event').select('action').where('subject_id', '=', couponId).execute()
      expect(audit.map((a) => a.action)).toContain('coupon.sent')
    })

    it('keeps the outbox from staff', async () => {
      expect((await world.http.inject({ method: 'GET', url: '/api/v1/outbox', headers: { cookie: sam } })).statusCode).toBe(403)
    })

    it('retries with backoff when the mail server fails, and never drops the email', async () => {
      const failing = recordingMail('connection refused')
      world.clock.advance(2 * 60 * 60_000)

      await deliverOutbox(world.app.deps, failing.transport)
      const [message] = (await world.http.inject({ method: 'GET', url: '/api/v1/outbox', headers: { cookie: ann } })).json()
      const working = recordingMail()
      await deliverOutbox(world.app.deps, working.transport)
      const tooSoon = working.sent.length
      world.clock.advance(31_000)
      await deliverOutbox(world.app.deps, working.transport)

      expect(message).toMatchObject({ attempts: 1, lastError: 'connection refused', deliveredAt: null })
      expect(tooSoon).toBe(0)
      expect(working.sent).toEqual([expect.objectContaining({ to: 'jill@example.com' })])
    })

    it('sends each email once even when several workers deliver at the same time', async () => {
      for (let n = 0; n < 30; n++) await queueEmail(`guest${n}@example.com`)
      const mail = recordingMail()

      await Promise.all(Array.from({ length: 4 }, () => deliverOutbox(world.app.deps, mail.transport, 10)))
      await deliverOutbox(world.app.deps, mail.transport, 50)

      expect(mail.sent).toHaveLength(30)
      expect(new Set(mail.sent.map((email) => email.to)).size).toBe(30)
    })

    it('refuses an address that is not one, naming the field', async () => {
      const response = await queueEmail('not-an-email')

      expect(response.statusCode).toBe(422)
      expect(response.json()).toMatchObject({ code: 'coupon.email_invalid', field: 'email' })
    })
  })
}
