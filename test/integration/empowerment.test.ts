import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`empowerment: gestures inside policy, approvals (${dialect})`, () => {
    let world: World
    let cookies: Record<'sam' | 'priya' | 'bea' | 'ann', string>
    let jill: string
    beforeAll(async () => {
      world = await createWorld(dialect)
      cookies = { sam: await signInAs(world, 'sam'), priya: await signInAs(world, 'priya'), bea: await signInAs(world, 'bea'), ann: await signInAs(world, 'ann') }
      jill = (await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: cookies.sam }, payload: { displayName: 'Jill Okafor', phone: '4155550142' } })).json().id
    })
    afterAll(() => world.close())

    const setPolicy = (who: keyof typeof cookies, scope: string, role: 'staff' | 'manager', policy: Record<string, unknown>) =>
      world.http.inject({ method: 'PUT', url: `/api/v1/policies/${scope}/${role}`, headers: { cookie: cookies[who] }, payload: policy })
    const grant = (who: keyof typeof cookies, body: Record<string, unknown>) =>
      world.http.inject({ method: 'POST', url: '/api/v1/gestures', headers: { cookie: cookies[who] }, payload: { type: 'comp_item', reason: 'delight', ...body } })
    const staffPolicy = { maxPerGestureMinor: 800, dailyBudgetMinor: 2_000, maxPerCustomer30dMinor: 100_000, allowedTypes: ['comp_item', 'recovery_coupon', 'bonus_stamp'] }
    const given = async (filter: { staffId?: string; customerId?: string }) => {
      let query = world.app.db.kysely.selectFrom('gesture').select('value_minor').where('status', 'in', ['granted', 'approved'])
      if (filter.staffId) query = query.where('staff_id', '=', filter.staffId)
      if (filter.customerId) query = query.where('customer_id', '=', filter.customerId)
      return (await query.execute()).reduce((sum, row) => sum + row.value_minor, 0)
    }

    it('lets only owners set chain-wide policies', async () => {
      expect((await setPolicy('sam', 'chain', 'staff', staffPolicy)).statusCode).toBe(403)
      expect((await setPolicy('priya', 'chain', 'staff', staffPolicy)).statusCode).toBe(403)
      expect((await setPolicy('ann', 'chain', 'staff', staffPolicy)).statusCode).toBe(200)
    })

    it('lets only owners set when counters lock (1 to 30 min), audited, and tells every counter', async () => {
      const setLock = (who: keyof typeof cookies, lockAfterMinutes: unknown) =>
        world.http.inject({ method: 'PUT', url: '/api/v1/policies/counter', headers: { cookie: cookies[who] }, payload: { lockAfterMinutes } })
      const counterOf = async (who: keyof typeof cookies) => (await world.http.inject({ method: 'GET', url: '/api/v1/policies', headers: { cookie: cookies[who] } })).json().counter

      const before = await counterOf('sam')
      const [bySam, byPriya, zero, tooLong, fraction] = [await setLock('sam', 5), await setLock('priya', 5), await setLock('ann', 0), await setLock('ann', 31), await setLock('ann', 2.5)]
      const byAnn = await setLock('ann', 5)

      expect(before).toEqual({ lockAfterMinutes: 3 })
      expect([bySam.statusCode, byPriya.statusCode]).toEqual([403, 403])
      for (const refused of [zero, tooLong, fraction]) expect(refused.json()).toMatchObject({ status: 400, field: 'lockAfterMinutes' })
      expect(byAnn.json()).toEqual({ lockAfterMinutes: 5 })
      expect(await counterOf('bea')).toEqual({ lockAfterMinutes: 5 })
      const audit = await world.app.db.kysely.selectFrom('audit_event').select(['actor_id', 'before', 'after']).where('action', '=', 'policy.counter_lock_set').execute()
      expect(audit).toHaveLength(1)
      expect(audit[0]!.actor_id).toBe(world.staff.ann.id)
      expect(JSON.parse(String(audit[0]!.after))).toEqual({ lockAfterMinutes: 5 })
    })

    it("lets a manager tighten their own location's policy but not loosen it, nor touch another location's", async () => {
      const looser = await setPolicy('priya', world.locations.a, 'staff', { ...staffPolicy, maxPerGestureMinor: 5_000 })
      const elsewhere = await setPolicy('priya', world.locations.b, 'staff', staffPolicy)

      expect(looser.statusCode).toBe(422)
      expect(looser.json()).toMatchObject({ code: 'policy.outside_owner_bounds', field: 'maxPerGestureMinor' })
      expect(elsewhere.statusCode).toBe(403)
    })

    it('grants a gesture inside the limits at once and audits it', async () => {
      const response = await grant('sam', { valueMinor: 450, customerId: jill, note: 'cream on the house' })

      expect(response.statusCode).toBe(201)
      expect(response.json().decision).toEqual({ outcome: 'grant', remainingTodayMinor: 1_550 })
      const audit = await world.app.db.kysely.selectFrom('audit_event').selectAll().where('subject_id', '=', response.json().gesture.id).execute()
      expect(audit.map((e) => e.action)).toEqual(['gesture.granted'])
    })

    it('turns a gesture over a limit into a request naming the limit, never a bare no', async () => {
      const response = await grant('sam', { type: 'replacement', reason: 'defect', valueMinor: 89_900, customerId: jill })

      expect(response.statusCode).toBe(202)
      expect(response.json().gesture).toMatchObject({ status: 'pending_approval', limit: 'type_not_allowed' })
    })

    it('never lets 200 parallel grants spend past the daily budget; the rest ask a manager', async () => {
      const alreadySpent = await given({ staffId: world.staff.sam.id })

      const responses = await Promise.all(Array.from({ length: 200 }, () => grant('sam', { valueMinor: 155 })))

      const granted = responses.filter((r) => r.statusCode === 201)
      expect(granted).toHaveLength(Math.floor((2_000 - alreadySpent) / 155))
      expect(responses.filter((r) => r.statusCode === 202).every((r) => r.json().gesture.limit === 'daily_budget')).toBe(true)
      expect(await given({ staffId: world.staff.sam.id })).toBeLessThanOrEqual(2_000)
    })

    it("holds the customer's 30-day cap across locations and givers in parallel", async () => {
      await setPolicy('ann', 'chain', 'staff', { ...staffPolicy, dailyBudgetMinor: 100_000, maxPerCustomer30dMinor: 1_000 })
      const dan = (await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: cookies.sam }, payload: { displayName: 'Dan Reyes' } })).json().id
      const extraSam = await signInAs(world, 'sam')

      const responses = await Promise.all(
        Array.from({ length: 60 }, (_, n) =>
          world.http.inject({
            method: 'POST',
            url: '/api/v1/gestures',
            headers: { cookie: [cookies.bea, extraSam][n % 2]! },
            payload: { type: 'comp_item', reason: 'delight', valueMinor: 100, customerId: dan },
          }),
        ),
      )

      expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(10)
      expect(await given({ customerId: dan })).toBe(1_000)
    })

    it("lets one answer win when approve and decline race, and tells the other who answered", async () => {
      const request = (await grant('sam', { type: 'replacement', reason: 'defect', valueMinor: 5_000, customerId: jill })).json().gesture

      const [approve, decline] = await Promise.all([
        world.http.inject({ method: 'POST', url: `/api/v1/gestures/${request.id}/approval`, headers: { cookie: cookies.priya }, payload: { approve: true } }),
        world.http.inject({ method: 'POST', url: `/api/v1/gestures/${request.id}/approval`, headers: { cookie: cookies.ann }, payload: { approve: false, note: 'Call me' } }),
      ])

      expect([approve.statusCode, decline.statusCode].sort()).toEqual([200, 409])
      const loser = approve.statusCode === 409 ? approve : decline
      expect(loser.json()).toMatchObject({ code: 'approval.already_decided' })
      const audit = await world.app.db.kysely.selectFrom('audit_event').select(['action', 'actor_id', 'before', 'after']).where('subject_id', '=', request.id).orderBy('at').orderBy('id').execute()
      expect(audit.map((e) => e.action)).toEqual(['gesture.requested', expect.stringMatching(/gesture\.(approved|declined)/)])
      expect(JSON.parse(audit[1]!.before!)).toEqual({ status: 'pending_approval' })
    })

    it("keeps staff and other locations' managers from answering requests", async () => {
      const request = (await grant('sam', { type: 'gift', valueMinor: 100 })).json().gesture

      const bySam = await world.http.inject({ method: 'POST', url: `/api/v1/gestures/${request.id}/approval`, headers: { cookie: cookies.sam }, payload: { approve: true } })
      const byBea = await world.http.inject({ method: 'POST', url: `/api/v1/gestures/${request.id}/approval`, headers: { cookie: cookies.bea }, payload: { approve: true } })

      expect(bySam.statusCode).toBe(403)
      expect(byBea.statusCode).toBe(403)
    })

    it('lets a request lapse after 10 minutes: it shows as expired and can no longer be approved', async () => {
      const request = (await grant('sam', { type: 'gift', valueMinor: 100 })).json().gesture
      world.clock.advance(10 * 60_000 + 1)
      const { expireLapsedRequests } = await import('../../src/domain/empowerment/index.js')

      await expireLapsedRequests(world.app.deps)
      const late = await world.http.inject({ method: 'POST', url: `/api/v1/gestures/${request.id}/approval`, headers: { cookie: cookies.priya }, payload: { approve: true } })
      const shown = await world.http.inject({ method: 'GET', url: `/api/v1/gestures/${request.id}`, headers: { cookie: cookies.sam } })

      expect(late.statusCode).toBe(409)
      expect(late.json().code).toBe('approval.expired')
      expect(shown.json().status).toBe('expired')
    })

    it("shows managers the gesture log with totals and each person's budget use today, and keeps it from staff", async () => {
      const log = await world.http.inject({ method: 'GET', url: `/api/v1/gestures?staffId=${world.staff.sam.id}`, headers: { cookie: cookies.priya } })
      const budgets = await world.http.inject({ method: 'GET', url: '/api/v1/budgets', headers: { cookie: cookies.priya } })
      const bySam = await world.http.inject({ method: 'GET', url: '/api/v1/gestures', headers: { cookie: cookies.sam } })

      expect(log.json().totals.givenValueMinor).toBe(await given({ staffId: world.staff.sam.id }))
      expect(budgets.json()).toEqual(expect.arrayContaining([expect.objectContaining({ firstName: 'Sam', budgetMinor: 100_000 })]))
      expect(bySam.statusCode).toBe(403)
    })
  })

  describe(`empowerment: the daily budget follows the location's calendar day (${dialect})`, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(dialect)
    })
    afterAll(() => world.close())

    it('starts a fresh budget at local midnight in New York, not at UTC midnight', async () => {
      world.clock.set('2026-11-21T03:00:00Z') // 22:00 on the 20th in New York
      const sam = await signInAs(world, 'sam')
      const grant = () => world.http.inject({ method: 'POST', url: '/api/v1/gestures', headers: { cookie: sam }, payload: { type: 'comp_item', reason: 'delight', valueMinor: 800 } })
      await grant()
      await grant()

      const lateEvening = await grant()
      world.clock.set('2026-11-21T05:01:00Z') // 00:01 on the 21st in New York
      const afterMidnight = await grant()

      expect(lateEvening.json().decision).toMatchObject({ outcome: 'needs_approval', limit: 'daily_budget' })
      expect(afterMidnight.statusCode).toBe(201)
    })
  })
}

for (const dialect of testDialects()) {
  describe(`empowerment: nullable fields (${dialect})`, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(dialect)
    })
    afterAll(() => world.close())

    it('takes an explicit null customer as an anonymous guest', async () => {
      const sam = await signInAs(world, 'sam')

      const response = await world.http.inject({
        method: 'POST',
        url: '/api/v1/gestures',
        headers: { cookie: sam },
        payload: { type: 'comp_item', reason: 'delight', valueMinor: 100, customerId: null, orderId: null, note: null },
      })

      expect(response.statusCode).toBe(201)
      expect(response.json().gesture.customerId).toBeNull()
    })
  })
}
