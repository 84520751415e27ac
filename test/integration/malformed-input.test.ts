import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

/** The malformed requests that once gave 500; each must now answer a 4xx problem and change nothing. */
for (const dialect of testDialects()) {
  describe(`malformed input is refused, never a 500 (${dialect})`, () => {
    let world: World
    let sam: string
    let ann: string
    let address = 0
    const fresh = () => `10.9.${Math.floor(++address / 250)}.${(address % 250) + 1}`
    const count = async (table: 'customer' | 'gesture' | 'feedback') => Number((await world.app.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

    beforeAll(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      ann = await signInAs(world, 'ann')
    })
    afterAll(() => world.close())

    const expectProblem = (response: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, field?: string) => {
      expect(response.statusCode).toBe(status)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      if (field) expect(response.json().detail).toContain(field)
    }

    it('refuses NUL in a path, a sign-in and a public feedback text', async () => {
      const feedbackBefore = await count('feedback')
      const path = await world.http.inject({ method: 'GET', url: '/api/v1/locations/%00/staff', headers: { cookie: ann } })
      const signIn = await world.http.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: fresh(),
        payload: { locationId: world.locations.a, staffId: '\u0000', pin: '111111' },
      })
      const feedback = await world.http.inject({
        method: 'POST',
        url: `/api/v1/public/feedback/location-${world.locations.a}`,
        remoteAddress: fresh(),
        payload: { kind: 'problem', text: 'cold\u0000coffee' },
      })

      expectProblem(path, 400, 'params')
      expectProblem(signIn, 400, 'staffId')
      expectProblem(feedback, 400, 'text')
      expect(await count('feedback')).toBe(feedbackBefore)
    })

    it('never hands an array to a field that takes a string or null', async () => {
      const before = { gestures: await count('gesture'), customers: await count('customer') }
      const gesture = await world.http.inject({
        method: 'POST',
        url: '/api/v1/gestures',
        headers: { cookie: sam },
        payload: { type: 'comp_item', reason: 'delight', valueMinor: 100, note: ['a'] },
      })
      const customer = await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: sam }, payload: { displayName: 'Arr Ay', phone: ['+12125550123'] } })

      expectProblem(gesture, 400, 'note')
      expectProblem(customer, 400, 'phone')
      expect({ gestures: await count('gesture'), customers: await count('customer') }).toEqual(before)
    })

    it('still reads a number in the address as a number, but not an infinite one', async () => {
      const seven = await world.http.inject({ method: 'GET', url: '/api/v1/insights/gesture-signals?days=7', headers: { cookie: ann } })
      const infinite = await world.http.inject({ method: 'GET', url: '/api/v1/insights/gesture-signals?days=1e999', headers: { cookie: ann } })

      expect(seven.statusCode).toBe(200)
      expectProblem(infinite, 400, 'days')
    })

    it('answers a malformed or over-long address as a problem', async () => {
      const escape = await world.http.inject({ method: 'GET', url: '/api/v1/customers/%E0%A4%A/card', headers: { cookie: sam } })
      const long = await world.http.inject({ method: 'GET', url: `/api/v1/customers/${'x'.repeat(500)}/card`, headers: { cookie: sam } })

      expectProblem(escape, 400)
      expect(escape.json().code).toBe('request.bad_url')
      expectProblem(long, 414)
    })
  })
}
