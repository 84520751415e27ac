import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/http/app.js'
import { RECENT_SESSION_MS } from '../../src/http/plugins/auth.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`signing in with a PIN (${dialect})`, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(dialect)
    })
    afterAll(() => world.close())

    const attempt = (staffId: string, pin: string, locationId = world.locations.a) =>
      world.http.inject({ method: 'POST', url: '/api/v1/session', payload: { locationId, staffId, pin } })

    it('sets an HttpOnly, SameSite session cookie carrying at least 128 random bits', async () => {
      const response = await attempt(world.staff.sam.id, world.staff.sam.pin)

      expect(response.statusCode).toBe(201)
      const cookie = response.cookies.find((c) => c.name === 'usual_session')!
      expect(cookie.httpOnly).toBe(true)
      expect(cookie.sameSite).toBe('Strict')
      expect(Buffer.from(cookie.value, 'base64url').length).toBeGreaterThanOrEqual(16)
    })

    it('locks a staff member out after 5 wrong PINs in 15 minutes, says for how long, and audits each failure and refusal', async () => {
      const priya = world.staff.priya
      const statuses = []
      for (let n = 0; n < 5; n++) statuses.push((await attempt(priya.id, '000000')).statusCode)

      const locked = await attempt(priya.id, priya.pin)

      expect(statuses).toEqual([401, 401, 401, 401, 401])
      expect(locked.statusCode).toBe(429)
      expect(locked.headers['content-type']).toContain('application/problem+json')
      expect(locked.json()).toMatchObject({ code: 'auth.locked', detail: expect.stringMatching(/Locked for 15 min/) })
      const failures = await world.app.db.kysely.selectFrom('audit_event').select('id').where('action', '=', 'session.pin_failed').where('actor_id', '=', priya.id).execute()
      expect(failures).toHaveLength(5)
      const refused = await world.app.db.kysely.selectFrom('audit_event').select(['after']).where('action', '=', 'session.refused_locked').where('subject_id', '=', priya.id).execute()
      expect(refused).toHaveLength(1)
      expect(JSON.parse(String(refused[0]!.after))).toMatchObject({ retryAfterSeconds: expect.any(Number) })
    })

    it('lets the locked-out member in again once the 15 minutes have passed', async () => {
      world.clock.advance(15 * 60_000 + 1_000)

      const response = await attempt(world.staff.priya.id, world.staff.priya.pin)

      expect(response.statusCode).toBe(201)
    })

    it('never lets parallel guesses pass the limit', async () => {
      const bea = world.staff.bea
      const guesses = await Promise.all(Array.from({ length: 12 }, (_, n) => attempt(bea.id, String(500_000 + n), world.locations.b)))

      expect(guesses.filter((r) => r.statusCode === 401)).toHaveLength(5)
      expect(guesses.filter((r) => r.statusCode === 429)).toHaveLength(7)
    })

    it('refuses a staff member at a location that is not theirs', async () => {
      const response = await attempt(world.staff.sam.id, world.staff.sam.pin, world.locations.b)

      expect(response.statusCode).toBe(404)
      expect(response.json().code).toBe('auth.staff_not_found')
    })

    it('ends the session on sign-out', async () => {
      const cookie = await signInAs(world, 'sam')

      const signedOut = await world.http.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } })
      const after = await world.http.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })

      expect(signedOut.statusCode).toBe(204)
      expect(after.statusCode).toBe(401)
    })

    it('ends the session on another app process within two seconds', async () => {
      const other = await buildApp(world.app.deps, { logLevel: 'silent', web: false })
      try {
        const cookie = await signInAs(world, 'sam')
        const session = () => other.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })
        expect((await session()).statusCode).toBe(200)

        await world.http.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } })
        const stillRemembered = await session()
        world.clock.advance(RECENT_SESSION_MS)
        const afterwards = await session()

        expect(stillRemembered.statusCode).toBe(200)
        expect(afterwards.statusCode).toBe(401)
      } finally {
        await other.close()
      }
    })

    it('lists first names only on the public sign-in screen', async () => {
      const response = await world.http.inject({ method: 'GET', url: `/api/v1/locations/${world.locations.a}/staff` })

      expect(response.json()).toEqual(expect.arrayContaining([{ id: world.staff.sam.id, firstName: 'Sam', codePending: false }]))
      expect(JSON.stringify(response.json())).not.toMatch(/Test|pin/i)
    })
  })
}
