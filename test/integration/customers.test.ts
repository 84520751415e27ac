import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`customers at the counter (${dialect})`, () => {
    let world: World
    let sam: string
    let priya: string
    beforeAll(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
    })
    afterAll(() => world.close())

    const create = (cookie: string, payload: Record<string, unknown>) =>
      world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie }, payload })
    const search = async (q: string) =>
      (await world.http.inject({ method: 'GET', url: '/api/v1/customers', query: { q }, headers: { cookie: sam } })).json().results as {
        displayName: string
        member: string | null
      }[]

    it('stores a phone typed in any common format as E.164', async () => {
      const response = await create(sam, { displayName: 'Jill Okafor', phone: '(415) 555-0142', household: [{ name: 'Dev Okafor', relation: 'husband' }] })

      expect(response.statusCode).toBe(201)
      expect(response.json()).toMatchObject({ phone: '+14155550142', phoneLast4: '0142' })
    })

    it('refuses a second customer with the same phone and links to the one on file', async () => {
      const first = await search('415 555 0142')

      const response = await create(sam, { displayName: 'Jill O', phone: '+1 415-555-0142' })

      expect(response.statusCode).toBe(409)
      expect(response.json()).toMatchObject({ code: 'customer.phone_taken', displayName: 'Jill Okafor', customerId: expect.any(String) })
      expect(first).toHaveLength(1)
    })

    it('refuses a phone number that cannot be called, naming the field', async () => {
      const response = await create(sam, { displayName: 'Nobody', phone: '12' })

      expect(response.statusCode).toBe(422)
      expect(response.json()).toMatchObject({ code: 'customer.phone_invalid', field: 'phone' })
    })

    it('answers a missing name with 400 naming the field, and writes nothing', async () => {
      const before = await world.app.db.kysely.selectFrom('customer').select('id').execute()

      const response = await create(sam, { phone: '4155550100' })

      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({ code: 'request.invalid', field: 'displayName' })
      expect(await world.app.db.kysely.selectFrom('customer').select('id').execute()).toHaveLength(before.length)
    })

    it('finds by phone in any format, by name prefix, and by name with one typo per word', async () => {
      await create(sam, { displayName: 'Jill Smith', phone: '415 555 0199' })
      await create(sam, { displayName: 'Jim Oake', phone: '415 555 0111' })

      expect((await search('+1 (415) 555-0142')).map((r) => r.displayName)).toEqual(['Jill Okafor'])
      expect((await search('1-415-555-0142')).map((r) => r.displayName)).toEqual(['Jill Okafor'])
      // Not a plain number: read by the full parse (the "(0)" trunk digit is dropped).
      await create(sam, { displayName: 'Nia Clarke', phone: '+44 7911 123456' })
      expect((await search('+44 (0) 7911 123456')).map((r) => r.displayName)).toEqual(['Nia Clarke'])
      // Prefix matches first; one edit away ("jim") after them, as in the UI brief's example.
      expect((await search('jil')).map((r) => r.displayName)).toEqual(['Jill Okafor', 'Jill Smith', 'Jim Oake'])
      expect((await search('jill smth')).map((r) => r.displayName)).toEqual(['Jill Smith'])
      expect((await search('okafr')).map((r) => r.displayName)).toEqual(['Jill Okafor'])
      expect((await search('jill oka')).map((r) => r.displayName)).toEqual(['Jill Okafor'])
      expect((await search('okafor jill')).map((r) => r.displayName)).toEqual(['Jill Okafor'])
      expect(await search('zzyzx')).toEqual([])
    })

    it('lists the exact word first, then longer names, and equally good matches by name', async () => {
      for (const displayName of ['Zed Tanaka', 'Amy Tanakawa', 'Mia Tanaka', 'Bo Tanaka']) await create(sam, { displayName })

      expect((await search('tanaka')).map((r) => r.displayName)).toEqual(['Bo Tanaka', 'Mia Tanaka', 'Zed Tanaka', 'Amy Tanakawa'])
      expect((await search('tana')).map((r) => r.displayName)).toEqual(['Amy Tanakawa', 'Bo Tanaka', 'Mia Tanaka', 'Zed Tanaka'])
    })

    it('finds a household member and says whose account they are on', async () => {
      const results = await search('dev')

      expect(results).toEqual([expect.objectContaining({ displayName: 'Jill Okafor', member: 'Dev Okafor' })])
    })

    it('finds a customer by their loyalty card code, however it is typed', async () => {
      const customer = (await create(sam, { displayName: 'Card Holder' })).json()

      const results = await search(customer.cardCode.toLowerCase().replace(/-/g, ' '))

      expect(results.map((r) => r.displayName)).toEqual(['Card Holder'])
    })

    it('lets staff add a note, shown latest first with who wrote it', async () => {
      const [jill] = (await world.http.inject({ method: 'GET', url: '/api/v1/customers', query: { q: '4155550142' }, headers: { cookie: sam } })).json().results
      await world.http.inject({ method: 'POST', url: `/api/v1/customers/${jill.id}/notes`, headers: { cookie: sam }, payload: { body: 'Training for Boston' } })
      world.clock.advance(60_000)
      await world.http.inject({ method: 'POST', url: `/api/v1/customers/${jill.id}/notes`, headers: { cookie: priya }, payload: { body: 'Ran it in 3:40!' } })

      const card = (await world.http.inject({ method: 'GET', url: `/api/v1/customers/${jill.id}/card`, headers: { cookie: sam } })).json()

      expect(card.notes.map((n: { body: string; staffName: string }) => [n.body, n.staffName])).toEqual([
        ['Ran it in 3:40!', 'Priya'],
        ['Training for Boston', 'Sam'],
      ])
    })

    it("shows on the card the goodwill of the last 30 days at every location, the sum a gesture's customer limit counts", async () => {
      const ada = (await create(sam, { displayName: 'Ada Byron', phone: '4155550123' })).json().id as string
      const daysAgo = (days: number) => new Date(world.clock.now().getTime() - days * 86_400_000).toISOString()
      const gesture = (id: string, valueMinor: number, who: 'sam' | 'bea', days: number, status = 'granted') => ({
        id, type: 'comp_item', reason: 'delight', value_minor: valueMinor, note: null, staff_id: world.staff[who].id, customer_id: ada,
        location_id: world.staff[who].locationId, order_id: null, status, limit_passed: null, cap_minor: null, would_be_minor: null,
        requested_at: daysAgo(days), expires_at: null, decided_at: null, decided_by: null, decision_note: null, coupon_id: null,
      })
      await world.app.db.kysely.insertInto('gesture').values([gesture('g-31d', 500, 'sam', 31), gesture('g-10d-b', 300, 'bea', 10), gesture('g-asked', 200, 'sam', 1, 'pending_approval')]).execute()
      const grant = (valueMinor: number) =>
        world.http.inject({ method: 'POST', url: '/api/v1/gestures', headers: { cookie: sam }, payload: { type: 'comp_item', reason: 'delight', valueMinor, customerId: ada } })
      await grant(450)

      const card = (await world.http.inject({ method: 'GET', url: `/api/v1/customers/${ada}/card`, headers: { cookie: sam } })).json()
      const overCap = await grant(800)

      expect(card.goodwillLast30dMinor).toBe(750)
      expect(overCap.json().decision).toMatchObject({ outcome: 'needs_approval', limit: 'customer_30d', capMinor: 1_500, wouldBeMinor: 1_550 })
    })

    it('lets managers edit details, refuses staff, and audits the change with before and after', async () => {
      const [jill] = (await world.http.inject({ method: 'GET', url: '/api/v1/customers', query: { q: '4155550142' }, headers: { cookie: sam } })).json().results

      const bySam = await world.http.inject({ method: 'PATCH', url: `/api/v1/customers/${jill.id}`, headers: { cookie: sam }, payload: { pronunciation: 'JILL' } })
      const byPriya = await world.http.inject({ method: 'PATCH', url: `/api/v1/customers/${jill.id}`, headers: { cookie: priya }, payload: { pronunciation: 'JILL oh-KAH-for' } })

      expect(bySam.statusCode).toBe(403)
      expect(byPriya.statusCode).toBe(200)
      expect(byPriya.json().pronunciation).toBe('JILL oh-KAH-for')
      const audit = await world.app.db.kysely.selectFrom('audit_event').selectAll().where('action', '=', 'customer.updated').where('subject_id', '=', jill.id).execute()
      expect(audit).toHaveLength(1)
      expect(JSON.parse(audit[0]!.before!).pronunciation).toBeNull()
      expect(JSON.parse(audit[0]!.after!).pronunciation).toBe('JILL oh-KAH-for')
    })

    it('answers 404 for an unknown customer', async () => {
      const response = await world.http.inject({ method: 'GET', url: '/api/v1/customers/nope/card', headers: { cookie: sam } })

      expect(response.statusCode).toBe(404)
      expect(response.json().code).toBe('customer.not_found')
    })

    it('refuses every customer route without a session', async () => {
      const response = await world.http.inject({ method: 'GET', url: '/api/v1/customers?q=jill' })

      expect(response.statusCode).toBe(401)
      expect(response.headers['content-type']).toContain('application/problem+json')
    })
  })
}
