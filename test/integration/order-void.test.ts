import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`undo and void (${dialect})`, () => {
    let world: World
    let sam: string
    let priya: string
    let bea: string
    let jill: string

    beforeEach(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      bea = await signInAs(world, 'bea')
      const created = await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: sam }, payload: { displayName: 'Jill Okafor', phone: '+14155550142' } })
      jill = created.json().id
    })
    afterEach(() => world.close())

    const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
      world.http.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload && { payload }) })
    const ring = async (cookie: string, lines: Record<string, unknown>[], customerId: string | null = jill) =>
      (await call(cookie, 'POST', '/orders', { customerId, lines })).json() as { id: string; totalMinor: number }
    const card = async () => (await call(sam, 'GET', `/customers/${jill}/card`)).json()
    const audits = (action: string) => world.app.db.kysely.selectFrom('audit_event').selectAll().where('action', '=', action).execute()

    it('lets whoever rang an order undo it within two minutes, and the order leaves the card', async () => {
      const flatWhite = { catalogItemId: world.items.flatWhite, modifierIds: [world.modifiers.oat] }
      for (let day = 0; day < 3; day++) {
        await ring(sam, [flatWhite])
        world.clock.advance(24 * 60 * 60_000)
        sam = await signInAs(world, 'sam')
      }
      const before = await card()
      expect(before.visits90).toBe(3)
      expect(before.usual.kind).toBe('usual')

      // Today's mistake: three croissants for Jill, undone at once.
      const wrong = await ring(sam, [{ catalogItemId: world.items.croissant, quantity: 3 }])
      expect((await card()).visits90).toBe(4)
      world.clock.advance(90_000)
      const undone = await call(sam, 'POST', `/orders/${wrong.id}/undo`)
      expect(undone.statusCode).toBe(200)
      expect(undone.json().voided).toMatchObject({ by: world.staff.sam.id, reason: 'undone at the counter' })

      const after = await card()
      expect(after.visits90).toBe(3)
      expect(after.lastVisit.at).toBe(before.lastVisit.at)
      expect(after.usual).toEqual(before.usual)
      const search = (await call(sam, 'GET', '/customers?q=%2B14155550142')).json()
      expect(search.results[0].tier).toEqual(before.tier)
      expect((await call(sam, 'GET', `/orders/${wrong.id}`)).json().voided.reason).toBe('undone at the counter')
      expect(await audits('order.undone')).toHaveLength(1)
      const live = await world.app.db.kysely.selectFrom('live_event').select(['topic', 'location_id']).where('topic', '=', 'order.voided').execute()
      expect(live).toEqual([{ topic: 'order.voided', location_id: world.locations.a }])
    })

    it('refuses an undo after two minutes, by someone else, or twice', async () => {
      const order = await ring(sam, [{ catalogItemId: world.items.drip }])
      const other = await call(bea, 'POST', `/orders/${order.id}/undo`)
      expect([other.statusCode, other.json().code]).toEqual([403, 'auth.other_location'])
      world.clock.advance(2 * 60_000 + 1)
      const late = await call(sam, 'POST', `/orders/${order.id}/undo`)
      expect([late.statusCode, late.json().code]).toEqual([409, 'order.undo_expired'])

      const fresh = await ring(priya, [{ catalogItemId: world.items.drip }])
      const notYours = await call(sam, 'POST', `/orders/${fresh.id}/undo`)
      expect([notYours.statusCode, notYours.json().code]).toEqual([403, 'order.not_yours'])
      expect((await call(priya, 'POST', `/orders/${fresh.id}/undo`)).statusCode).toBe(200)
      const twice = await call(priya, 'POST', `/orders/${fresh.id}/undo`)
      expect([twice.statusCode, twice.json().code]).toEqual([409, 'order.already_voided'])
    })

    it('lets a manager void an older order with a reason; staff cannot', async () => {
      const order = await ring(sam, [{ catalogItemId: world.items.drip }])
      world.clock.advance(60 * 60_000)
      expect((await call(sam, 'POST', `/orders/${order.id}/void`, { reason: 'rang twice' })).statusCode).toBe(403)
      const blank = await call(priya, 'POST', `/orders/${order.id}/void`, { reason: '  ' })
      expect([blank.statusCode, blank.json().code, blank.json().field]).toEqual([422, 'order.void_reason', 'reason'])
      const voided = await call(priya, 'POST', `/orders/${order.id}/void`, { reason: 'Rang twice' })
      expect(voided.json().voided).toMatchObject({ by: world.staff.priya.id, reason: 'Rang twice' })
      expect((await card()).visits90).toBe(0)
      expect((await card()).lastVisit).toBeNull()
      expect((await audits('order.voided'))[0]).toMatchObject({ actor_id: world.staff.priya.id, subject_id: order.id })
      const summaries = await world.app.deps.repos.visits.visitSummaries('2099-01-01')
      expect(summaries.find((summary) => summary.customerId === jill)).toBeUndefined()
    })

    it('lets exactly one of many racing undos win', async () => {
      const order = await ring(sam, [{ catalogItemId: world.items.drip }])
      const answers = await Promise.all(Array.from({ length: 20 }, () => call(sam, 'POST', `/orders/${order.id}/undo`)))
      const codes = answers.map((answer) => answer.statusCode)
      expect(codes.filter((code) => code === 200)).toHaveLength(1)
      expect(codes.filter((code) => code === 409)).toHaveLength(19)
      expect(await audits('order.undone')).toHaveLength(1)
    })
  })
}
