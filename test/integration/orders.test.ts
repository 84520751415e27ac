import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, NOW, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`ringing orders (${dialect})`, () => {
    let world: World
    let sam: string
    let bea: string
    let ann: string
    let jillId: string
    beforeAll(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      bea = await signInAs(world, 'bea')
      ann = await signInAs(world, 'ann')
      jillId = (await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: sam }, payload: { displayName: 'Jill Okafor', phone: '4155550142' } })).json().id
    })
    afterAll(() => world.close())

    const order = (cookie: string, payload: Record<string, unknown>, key?: string) =>
      world.http.inject({ method: 'POST', url: '/api/v1/orders', headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) }, payload })
    const countOrders = async () => (await world.app.db.kysely.selectFrom('order').select('id').execute()).length

    it('prices the order from the catalog and records it for the customer, location and staff member', async () => {
      const response = await order(sam, { customerId: jillId, lines: [{ catalogItemId: world.items.flatWhite, modifierIds: [world.modifiers.oat, world.modifiers.hot] }, { catalogItemId: world.items.croissant, quantity: 2 }] })

      expect(response.statusCode).toBe(201)
      expect(response.json()).toMatchObject({ customerId: jillId, locationId: world.locations.a, staffId: world.staff.sam.id, totalMinor: 480 + 520, status: 'paid' })
    })

    it('records an anonymous order', async () => {
      const response = await order(sam, { lines: [{ catalogItemId: world.items.drip }] })

      expect(response.statusCode).toBe(201)
      expect(response.json().customerId).toBeNull()
    })

    it('makes exactly one order from 50 parallel identical requests with one Idempotency-Key', async () => {
      const before = await countOrders()
      const key = randomUUID()
      const body = { customerId: jillId, lines: [{ catalogItemId: world.items.drip }] }

      const responses = await Promise.all(Array.from({ length: 50 }, () => order(sam, body, key)))

      expect(await countOrders()).toBe(before + 1)
      expect(new Set(responses.map((r) => r.statusCode))).toEqual(new Set([201]))
      expect(new Set(responses.map((r) => r.json().id)).size).toBe(1)
      expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(49)
    })

    it('refuses a reused Idempotency-Key with a different body (422) and writes nothing', async () => {
      const key = randomUUID()
      await order(sam, { lines: [{ catalogItemId: world.items.drip }] }, key)
      const before = await countOrders()

      const response = await order(sam, { lines: [{ catalogItemId: world.items.croissant }] }, key)

      expect(response.statusCode).toBe(422)
      expect(response.json().code).toBe('idempotency.key_reused')
      expect(await countOrders()).toBe(before)
    })

    it('leaves nothing half-written when an order fails, so the same key can be retried', async () => {
      const key = randomUUID()
      const before = await countOrders()

      const failed = await order(sam, { customerId: 'no-such-customer', lines: [{ catalogItemId: world.items.drip }] }, key)
      const retried = await order(sam, { lines: [{ catalogItemId: world.items.drip }] }, key)

      expect(failed.statusCode).toBe(422)
      expect(failed.json().field).toBe('customerId')
      expect(retried.statusCode).toBe(201)
      expect(await countOrders()).toBe(before + 1)
    })

    it('names the bad field when a line is malformed', async () => {
      const response = await order(sam, { lines: [{ catalogItemId: world.items.drip, quantity: 0 }] })

      expect(response.statusCode).toBe(400)
      expect(response.json().field).toBe('lines/0/quantity')
    })

    it('refuses a modifier that does not go with the item', async () => {
      const response = await order(sam, { lines: [{ catalogItemId: world.items.croissant, modifierIds: [world.modifiers.oat] }] })

      expect(response.statusCode).toBe(422)
      expect(response.json().code).toBe('order.unknown_modifier')
    })

    it("keeps a location's orders from staff of another location, but not from the owner", async () => {
      const placed = (await order(sam, { lines: [{ catalogItemId: world.items.drip }] })).json()

      const byBea = await world.http.inject({ method: 'GET', url: `/api/v1/orders/${placed.id}`, headers: { cookie: bea } })
      const listByBea = await world.http.inject({ method: 'GET', url: `/api/v1/orders?locationId=${world.locations.a}`, headers: { cookie: bea } })
      const byAnn = await world.http.inject({ method: 'GET', url: `/api/v1/orders/${placed.id}`, headers: { cookie: ann } })

      expect(byBea.statusCode).toBe(403)
      expect(listByBea.statusCode).toBe(403)
      expect(byAnn.statusCode).toBe(200)
    })

    it('writes an audit event for every order in the same transaction', async () => {
      const placed = (await order(sam, { lines: [{ catalogItemId: world.items.croissant }] })).json()

      const events = await world.app.db.kysely.selectFrom('audit_event').selectAll().where('subject_id', '=', placed.id).execute()

      expect(events).toHaveLength(1)
      expect(events[0]).toMatchObject({ action: 'order.placed', actor_id: world.staff.sam.id, location_id: world.locations.a })
    })

    it('shows the usual and the new order on the greeting card', async () => {
      const card = (await world.http.inject({ method: 'GET', url: `/api/v1/customers/${jillId}/card`, headers: { cookie: sam } })).json()

      expect(card.recentOrders.length).toBeGreaterThanOrEqual(2)
      expect(card.usual.kind).toBe('usual')
      expect(card.lastVisit).toMatchObject({ locationName: 'Main St', daysAgo: 0 })
      expect(card.visits90).toBe(1)
    })

    it('counts visits for the tier as local days in the last 90, today included, once per day', async () => {
      const tessId = (await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: sam }, payload: { displayName: 'Tess Varga' } })).json().id
      const ringAt = async (at: string) => {
        world.clock.set(at)
        expect((await order(sam, { customerId: tessId, lines: [{ catalogItemId: world.items.drip }] })).statusCode).toBe(201)
      }
      const seen = async () => {
        world.clock.set(NOW)
        const card = (await world.http.inject({ method: 'GET', url: `/api/v1/customers/${tessId}/card`, headers: { cookie: sam } })).json()
        const tierFound = async (q: string) =>
          (await world.http.inject({ method: 'GET', url: '/api/v1/customers', query: { q }, headers: { cookie: sam } })).json().results[0].tier
        const [byName, byCard] = [await tierFound('tess varga'), await tierFound(card.customer.cardCode)]
        expect(byCard).toBe(byName)
        return { visits: card.visits90, card: card.tier, search: byName }
      }
      try {
        // Today is 2026-11-20 in New York; the window opens on 2026-08-23.
        for (const at of ['2026-11-20T14:00:00Z', '2026-11-20T15:30:00Z', '2026-11-19T15:00:00Z', '2026-11-02T15:00:00Z', '2026-10-01T15:00:00Z']) await ringAt(at)
        // 23:30 on 22 August in New York, and 22 August itself: one day too early.
        for (const at of ['2026-08-23T03:30:00Z', '2026-08-22T15:00:00Z']) await ringAt(at)
        expect(await seen()).toEqual({ visits: 4, card: 'occasional', search: 'occasional' })

        await ringAt('2026-08-23T04:30:00Z')
        await ringAt('2026-09-15T15:00:00Z')
        expect(await seen()).toEqual({ visits: 6, card: 'regular', search: 'regular' })
      } finally {
        world.clock.set(NOW)
      }
    })
  })
}
