import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`menu administration (${dialect})`, () => {
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

    const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: Record<string, unknown>) =>
      world.http.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload && { payload }) })
    const counterMenu = async (cookie: string) => (await call(cookie, 'GET', '/catalog')).json() as { items: { id: string; name: string; priceMinor: number; modifierGroups: string[] }[]; modifiers: { id: string }[] }
    const audits = (action: string) => world.app.db.kysely.selectFrom('audit_event').selectAll().where('action', '=', action).execute()
    const liveTopics = async () => (await world.app.db.kysely.selectFrom('live_event').select(['topic', 'location_id']).execute()).filter((row) => row.topic === 'catalog.changed')

    it('lets an owner add an item that every counter sells at once, with a SKU made from its name', async () => {
      const added = await call(ann, 'POST', '/menu/items', { name: '  Flat  white ', category: 'Coffee', priceMinor: 450, modifierGroups: ['Milk', 'milk'] })
      expect(added.statusCode).toBe(201)
      expect(added.json()).toMatchObject({ name: 'Flat white', sku: 'FLAT-WHITE', category: 'Coffee', priceMinor: 450, modifierGroups: ['milk'], archived: false, unavailableAt: [], position: 4 })

      const twin = await call(ann, 'POST', '/menu/items', { name: 'Flat white', category: 'Coffee', priceMinor: 500 })
      expect(twin.json().sku).toBe('FLAT-WHITE-2')
      const taken = await call(ann, 'POST', '/menu/items', { name: 'Mocha', category: 'Coffee', priceMinor: 500, sku: 'flw' })
      expect([taken.statusCode, taken.json().code, taken.json().field]).toEqual([409, 'catalog.sku_taken', 'sku'])

      expect((await counterMenu(sam)).items.map((item) => item.id)).toContain(added.json().id)
      expect((await audits('catalog.item_added'))[0]).toMatchObject({ actor_id: world.staff.ann.id, subject_id: added.json().id })
      const live = await liveTopics()
      expect(live.map((row) => row.location_id).sort()).toEqual([world.locations.a, world.locations.a, world.locations.b, world.locations.b].sort())
    })

    it('refuses bad items with the field named, and writes nothing', async () => {
      const cases: [Record<string, unknown>, number, string, string][] = [
        [{ name: ' ', category: 'Coffee', priceMinor: 100 }, 422, 'catalog.field_required', 'name'],
        [{ name: 'x'.repeat(61), category: 'Coffee', priceMinor: 100 }, 422, 'catalog.field_too_long', 'name'],
        [{ name: 'Tea', category: '', priceMinor: 100 }, 422, 'catalog.field_required', 'category'],
        [{ name: 'Tea', category: 'Tea', priceMinor: 100, modifierGroups: ['syrup'] }, 422, 'catalog.unknown_group', 'modifierGroups'],
        [{ name: 'Tea', category: 'Tea', priceMinor: -1 }, 400, 'request.invalid', 'priceMinor'],
        [{ name: 'Tea', category: 'Tea', priceMinor: 1.5 }, 400, 'request.invalid', 'priceMinor'],
      ]
      for (const [body, status, code, field] of cases) {
        const response = await call(ann, 'POST', '/menu/items', body)
        expect([response.statusCode, response.json().code, response.json().field], JSON.stringify(body)).toEqual([status, code, field])
        expect(response.headers['content-type']).toContain('application/problem+json')
      }
      expect((await call(ann, 'GET', '/menu')).json().items).toHaveLength(3)
      expect(await audits('catalog.item_added')).toHaveLength(0)
    })

    it('keeps the menu to owners: managers choose what their counter sells, staff neither', async () => {
      expect((await call(priya, 'POST', '/menu/items', { name: 'Tea', category: 'Tea', priceMinor: 100 })).statusCode).toBe(403)
      expect((await call(priya, 'PATCH', `/menu/items/${world.items.drip}`, { priceMinor: 1 })).statusCode).toBe(403)
      expect((await call(sam, 'GET', '/menu')).statusCode).toBe(403)
      expect((await call(priya, 'GET', '/menu')).statusCode).toBe(200)
      const elsewhere = await call(priya, 'PUT', `/menu/items/${world.items.drip}/availability/${world.locations.b}`, { available: false })
      expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([403, 'auth.other_location'])
      expect((await call(sam, 'PUT', `/menu/items/${world.items.drip}/availability/${world.locations.a}`, { available: false })).statusCode).toBe(403)
    })

    it('changes a price for new orders while orders already rung keep the price they were rung at', async () => {
      const rung = await call(sam, 'POST', '/orders', { lines: [{ catalogItemId: world.items.drip }] })
      expect(rung.json().totalMinor).toBe(210)

      const changed = await call(ann, 'PATCH', `/menu/items/${world.items.drip}`, { priceMinor: 250, name: 'Drip coffee' })
      expect(changed.json()).toMatchObject({ priceMinor: 250, name: 'Drip coffee' })
      const again = await call(sam, 'POST', '/orders', { lines: [{ catalogItemId: world.items.drip }] })
      expect(again.json().totalMinor).toBe(250)

      const lines = await world.app.db.kysely.selectFrom('order_line').select(['order_id', 'name', 'unit_price_minor']).where('catalog_item_id', '=', world.items.drip).execute()
      expect(lines.find((line) => line.order_id === rung.json().id)).toMatchObject({ name: 'House coffee', unit_price_minor: 210 })
      expect(lines.find((line) => line.order_id === again.json().id)).toMatchObject({ name: 'Drip coffee', unit_price_minor: 250 })
      expect((await audits('catalog.item_changed'))[0]).toMatchObject({ before: expect.stringContaining('"priceMinor":210'), after: expect.stringContaining('"priceMinor":250') })
    })

    it('takes an archived item off every counter and refuses to ring it, and puts it back', async () => {
      const archived = await call(ann, 'POST', `/menu/items/${world.items.croissant}/archive`)
      expect(archived.json().archived).toBe(true)
      expect((await counterMenu(sam)).items.map((item) => item.id)).not.toContain(world.items.croissant)
      const refused = await call(sam, 'POST', '/orders', { lines: [{ catalogItemId: world.items.croissant }] })
      expect([refused.statusCode, refused.json().code]).toEqual([422, 'order.unknown_item'])
      expect((await call(ann, 'GET', '/menu')).json().items.find((item: { id: string }) => item.id === world.items.croissant).archived).toBe(true)

      await call(ann, 'POST', `/menu/items/${world.items.croissant}/restore`)
      expect((await counterMenu(sam)).items.map((item) => item.id)).toContain(world.items.croissant)
      expect((await audits('catalog.item_archived')).length + (await audits('catalog.item_restored')).length).toBe(2)
    })

    it('sells an item at one location and not another', async () => {
      const bea = await signInAs(world, 'bea')
      const off = await call(priya, 'PUT', `/menu/items/${world.items.drip}/availability/${world.locations.a}`, { available: false })
      expect(off.json().unavailableAt).toEqual([world.locations.a])
      expect((await call(priya, 'PUT', `/menu/items/${world.items.drip}/availability/${world.locations.a}`, { available: false })).json().unavailableAt).toEqual([world.locations.a])

      expect((await counterMenu(sam)).items.map((item) => item.id)).not.toContain(world.items.drip)
      expect((await counterMenu(bea)).items.map((item) => item.id)).toContain(world.items.drip)
      expect((await call(sam, 'POST', '/orders', { lines: [{ catalogItemId: world.items.drip }] })).json().code).toBe('order.unknown_item')
      expect((await call(bea, 'POST', '/orders', { lines: [{ catalogItemId: world.items.drip }] })).statusCode).toBe(201)
      expect(await audits('catalog.availability_changed')).toHaveLength(1)
      expect((await liveTopics()).map((row) => row.location_id)).toEqual([world.locations.a])

      await call(ann, 'PUT', `/menu/items/${world.items.drip}/availability/${world.locations.a}`, { available: true })
      expect((await counterMenu(sam)).items.map((item) => item.id)).toContain(world.items.drip)
    })

    it('adds, reprices and archives options; an item whose group has no options left stops asking', async () => {
      const soy = await call(ann, 'POST', '/menu/modifiers', { group: 'Milk', name: 'Soy', priceMinor: 50 })
      expect(soy.statusCode).toBe(201)
      expect(soy.json()).toMatchObject({ group: 'milk', name: 'Soy', priceMinor: 50, position: 2, archived: false })
      const cheaper = await call(ann, 'PATCH', `/menu/modifiers/${soy.json().id}`, { priceMinor: 40 })
      expect(cheaper.json().priceMinor).toBe(40)

      const order = await call(sam, 'POST', '/orders', { lines: [{ catalogItemId: world.items.flatWhite, modifierIds: [soy.json().id] }] })
      expect(order.json().totalMinor).toBe(460)

      await call(ann, 'POST', `/menu/modifiers/${soy.json().id}/archive`)
      const refused = await call(sam, 'POST', '/orders', { lines: [{ catalogItemId: world.items.flatWhite, modifierIds: [soy.json().id] }] })
      expect(refused.json().code).toBe('order.unknown_modifier')

      await call(ann, 'POST', `/menu/modifiers/${world.modifiers.hot}/archive`)
      const flatWhite = (await counterMenu(sam)).items.find((item) => item.id === world.items.flatWhite)!
      expect(flatWhite.modifierGroups).toEqual(['size', 'milk'])
      const line = await world.app.db.kysely.selectFrom('order_line').select('modifiers').where('order_id', '=', order.json().id).executeTakeFirstOrThrow()
      expect(JSON.parse(line.modifiers)).toEqual([{ id: soy.json().id, name: 'Soy', priceMinor: 40 }])
    })

    it('answers 404 for an unknown item or option', async () => {
      expect((await call(ann, 'PATCH', '/menu/items/nope', { priceMinor: 1 })).json().code).toBe('catalog.item_not_found')
      expect((await call(ann, 'POST', '/menu/modifiers/nope/archive')).json().code).toBe('catalog.modifier_not_found')
      expect((await call(ann, 'PUT', `/menu/items/${world.items.drip}/availability/nowhere`, { available: false })).statusCode).toBe(404)
    })
  })
}
