import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expireStamps } from '../../src/domain/loyalty/index.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

const PROGRAMME = {
  active: true,
  earnRule: 'visit',
  qualifyingItemIds: [] as string[],
  stampsRequired: 5,
  reward: 'any drink free',
  rewardValueMinor: 450,
  expiryDays: 30,
  maxEarnsPerDay: 2,
  minMinutesBetweenEarns: 120,
}

for (const dialect of testDialects()) {
  describe(`stamp card (${dialect})`, () => {
    let world: World
    let sam: string
    let priya: string
    let ann: string
    let jill: string

    const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>, headers: Record<string, string> = {}) =>
      world.http.inject({ method, url: `/api/v1${url}`, headers: { cookie, ...headers }, ...(payload && { payload }) })
    const flatWhite = () => ({ catalogItemId: world.items.flatWhite })
    const ring = async (lines = [flatWhite()], headers: Record<string, string> = {}) => {
      const response = await call(sam, 'POST', '/orders', { customerId: jill, lines }, headers)
      expect(response.statusCode).toBe(201)
      return response.json() as { id: string; stamps: { earned: number; blocked: { limit: string } | null } | null }
    }
    const stamps = async () => (await call(sam, 'GET', `/customers/${jill}/stamps`)).json()
    /** Moves the clock on and signs everyone in again (sessions end after hours idle). */
    const later = async (ms: number) => {
      world.clock.advance(ms)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      ann = await signInAs(world, 'ann')
    }
    const entries = (kind: string) => world.app.db.kysely.selectFrom('stamp_entry').selectAll().where('customer_id', '=', jill).where('kind', '=', kind).execute()

    beforeEach(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      ann = await signInAs(world, 'ann')
      jill = (await call(sam, 'POST', '/customers', { displayName: 'Jill Okafor', phone: '+14155550142' })).json().id
      expect((await call(ann, 'PUT', '/stamp-programme', PROGRAMME)).statusCode).toBe(200)
    })
    afterEach(() => world.close())

    it('lets only an owner set the programme, names a bad field, and earns nothing before it is active', async () => {
      expect((await call(priya, 'PUT', '/stamp-programme', PROGRAMME)).statusCode).toBe(403)
      const bad = await call(ann, 'PUT', '/stamp-programme', { ...PROGRAMME, qualifyingItemIds: ['no-such-item'] })
      expect(bad.statusCode).toBe(422)
      expect(bad.json()).toMatchObject({ code: 'stamps.programme_invalid', field: 'qualifyingItemIds' })
      expect((await call(sam, 'GET', '/stamp-programme')).json()).toMatchObject({ version: 1, stampsRequired: 5 })

      await call(ann, 'PUT', '/stamp-programme', { ...PROGRAMME, active: false })
      expect((await ring()).stamps).toBeNull()
      expect((await stamps()).stamps).toBe(0)
    })

    it('earns on a qualifying order, inside the per-day and between-earn limits, counted in New York days', async () => {
      await call(ann, 'PUT', '/stamp-programme', { ...PROGRAMME, minMinutesBetweenEarns: 60, qualifyingItemIds: [world.items.flatWhite] })
      expect((await ring([{ catalogItemId: world.items.croissant }])).stamps).toBeNull()
      await later(10 * 60 * 60_000) // 20:00 in New York, 01:00 UTC on 21 November
      expect((await ring()).stamps).toEqual({ earned: 1, blocked: null })
      await later(30 * 60_000)
      expect((await ring()).stamps).toMatchObject({ earned: 0, blocked: { limit: 'between_earns' } })
      await later(30 * 60_000) // 21:00
      expect((await ring()).stamps).toEqual({ earned: 1, blocked: null })
      await later(90 * 60_000) // 22:30: the day's two earns are used
      expect((await ring()).stamps).toMatchObject({ earned: 0, blocked: { limit: 'per_day' } })
      // 00:15 on 21 November in New York: a new local day, though the same UTC day as both earns.
      await later(105 * 60_000)
      expect((await ring()).stamps).toEqual({ earned: 1, blocked: null })
      expect((await stamps()).stamps).toBe(3)
      const card = (await call(sam, 'GET', `/customers/${jill}/card`)).json()
      expect(card.stamps).toMatchObject({ stamps: 3, required: 5, toNext: 2, ready: 0, reward: 'any drink free' })
    })

    it('never earns twice for a retried order, or for a replay after a void', async () => {
      const key = { 'idempotency-key': 'order-key-0001' }
      const first = await ring([flatWhite()], key)
      const retry = await ring([flatWhite()], key)
      expect(retry.id).toBe(first.id)
      expect((await stamps()).stamps).toBe(1)

      expect((await call(sam, 'POST', `/orders/${first.id}/undo`)).statusCode).toBe(200)
      expect((await stamps()).stamps).toBe(0)
      await ring([flatWhite()], key)
      expect((await stamps()).stamps).toBe(0)
      expect(await entries('earn')).toHaveLength(1)
      expect(await entries('reverse')).toHaveLength(1)
    })

    it('reverses exactly a voided order’s stamps, forgiving those already spent rather than going below zero', async () => {
      const orders: string[] = []
      for (let i = 0; i < 5; i++) {
        orders.push((await ring()).id)
        await later(12 * 60 * 60_000)
      }
      expect((await stamps()).ready).toBe(1)
      expect((await call(sam, 'POST', `/customers/${jill}/stamps/redemption`, {})).statusCode).toBe(200)
      expect((await stamps()).stamps).toBe(0)

      const voided = await call(priya, 'POST', `/orders/${orders[4]}/void`, { reason: 'rang on the wrong customer' })
      expect(voided.statusCode).toBe(200)
      const card = await stamps()
      expect(card.stamps).toBe(0)
      expect(card.history[0]).toMatchObject({ kind: 'reverse', qty: 0, forgiven: 1 })
      const audit = await world.app.db.kysely.selectFrom('audit_event').select('after').where('action', '=', 'stamps.reverse').executeTakeFirstOrThrow()
      expect(JSON.parse(audit.after!)).toMatchObject({ forgiven: 1, balance: 0 })
    })

    it('writes expiry rows at the New York midnight 30 days on, once, and keeps issued expiries when the programme changes', async () => {
      await ring() // 20 November, 10:00 New York: expires at the start of 20 December there (05:00 UTC)
      await call(ann, 'PUT', '/stamp-programme', { ...PROGRAMME, expiryDays: 365 })
      world.clock.set('2026-12-20T04:59:00.000Z')
      expect(await expireStamps(world.app.deps)).toBe(0)
      sam = await signInAs(world, 'sam')
      expect((await stamps()).stamps).toBe(1)
      expect((await stamps()).nextExpiry).toEqual({ at: '2026-12-20T05:00:00.000Z', qty: 1 })

      world.clock.set('2026-12-20T05:00:00.000Z')
      expect(await expireStamps(world.app.deps)).toBe(1)
      expect(await expireStamps(world.app.deps)).toBe(0)
      sam = await signInAs(world, 'sam')
      expect((await stamps()).stamps).toBe(0)
      expect(await entries('expire')).toHaveLength(1)
    })

    it('gives exactly one reward when 100 taps race on one ready card', async () => {
      await call(priya, 'POST', `/customers/${jill}/stamps/adjustment`, { qty: 5, reason: 'paper card brought in' })
      expect((await stamps()).ready).toBe(1)

      const taps = await Promise.all(Array.from({ length: 100 }, () => call(sam, 'POST', `/customers/${jill}/stamps/redemption`, {})))

      expect(taps.filter((r) => r.statusCode === 200)).toHaveLength(1)
      expect(taps.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'stamps.not_enough')).toBe(true)
      expect(taps.filter((r) => r.statusCode === 409)).toHaveLength(99)
      expect(await entries('redeem')).toHaveLength(1)
      expect((await stamps()).stamps).toBe(0)
    })

    it('lets managers, not baristas, correct a card with a reason', async () => {
      expect((await call(sam, 'POST', `/customers/${jill}/stamps/adjustment`, { qty: 2, reason: 'x' })).statusCode).toBe(403)
      expect((await call(priya, 'POST', `/customers/${jill}/stamps/adjustment`, { qty: 2, reason: ' ' })).json()).toMatchObject({ code: 'stamps.adjust_reason' })
      expect((await call(priya, 'POST', `/customers/${jill}/stamps/adjustment`, { qty: -1, reason: 'typo' })).json()).toMatchObject({ code: 'stamps.not_enough' })
      expect((await call(priya, 'POST', `/customers/${jill}/stamps/adjustment`, { qty: 2, reason: 'paper card' })).json()).toMatchObject({ stamps: 2 })
    })

    it('gives a bonus stamp as a gesture through the policy, worth one stamp, with approval over the budget', async () => {
      const bonus = () => call(sam, 'POST', '/gestures', { type: 'bonus_stamp', reason: 'delight', valueMinor: 99_999, customerId: jill })
      const first = await bonus()
      expect(first.statusCode).toBe(201)
      expect(first.json().gesture).toMatchObject({ status: 'granted', valueMinor: 90 })
      expect((await stamps()).stamps).toBe(1)
      expect((await stamps()).history[0]).toMatchObject({ kind: 'bonus', qty: 1 })

      // The staff policy allows $15 per customer in 30 days: the 17th bonus ($15.30) needs a manager.
      for (let i = 0; i < 15; i++) expect((await bonus()).json().gesture.status).toBe('granted')
      const over = (await bonus()).json()
      expect(over.gesture.status).toBe('pending_approval')
      expect((await stamps()).stamps).toBe(16)
      const approved = await call(priya, 'POST', `/gestures/${over.gesture.id}/approval`, { approve: true })
      expect(approved.statusCode).toBe(200)
      expect((await stamps()).stamps).toBe(17)

      await call(ann, 'PUT', '/stamp-programme', { ...PROGRAMME, active: false })
      expect((await bonus()).json()).toMatchObject({ code: 'stamps.no_programme' })
    })

    it('opens the customer’s own card page by its link, with the history and nothing that names them', async () => {
      await ring()
      const link = (await call(sam, 'POST', `/customers/${jill}/stamps/link`)).json()
      expect(link.path).toMatch(/^\/s\/[A-Za-z0-9_-]{22,}$/)
      expect(link.qrSvg).toContain('<svg')
      expect((await call(sam, 'POST', `/customers/${jill}/stamps/link`)).json().path).toBe(link.path)

      const page = await world.http.inject({ method: 'GET', url: `/api/v1/public/stamp-cards/${link.path.slice(3)}` })
      expect(page.statusCode).toBe(200)
      expect(page.headers['cache-control']).toBe('no-store')
      expect(page.json()).toMatchObject({ stamps: 1, required: 5, history: [{ kind: 'earn', qty: 1 }] })
      expect(page.body).not.toMatch(/Jill|Okafor|555/)
      expect((await world.http.inject({ method: 'GET', url: '/api/v1/public/stamp-cards/not-a-card' })).statusCode).toBe(404)
    })
  })
}
