import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCharacter } from '../../src/domain/shared/crockford.js'
import { displayCouponCode } from '../../src/domain/coupons/coupon.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`recovery coupons (${dialect})`, () => {
    let world: World
    let sam: string
    let bea: string
    beforeAll(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      bea = await signInAs(world, 'bea')
      const ann = await signInAs(world, 'ann')
      await world.http.inject({
        method: 'PUT',
        url: '/api/v1/policies/chain/staff',
        headers: { cookie: ann },
        payload: { maxPerGestureMinor: 800, dailyBudgetMinor: 100_000, maxPerCustomer30dMinor: 100_000, allowedTypes: ['recovery_coupon'] },
      })
    })
    afterAll(() => world.close())

    const issue = async () => {
      const response = await world.http.inject({
        method: 'POST',
        url: '/api/v1/gestures',
        headers: { cookie: sam },
        payload: { type: 'recovery_coupon', reason: 'service_failure', valueMinor: 420, note: 'sandwich took 10 min' },
      })
      expect(response.statusCode).toBe(201)
      return response.json().coupon as { id: string; code: string; link: string }
    }
    const redeem = (cookie: string, body: Record<string, unknown>, ip = '10.0.0.1') =>
      world.http.inject({ method: 'POST', url: '/api/v1/coupons/redemption', headers: { cookie }, payload: body, remoteAddress: ip })

    it('issues a coupon with a grouped, checked code of at least 60 random bits and a separate 128-bit link token', async () => {
      const coupon = await issue()

      expect(coupon.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/)
      const token = coupon.link.replace('/c/', '')
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16)
      expect(token).not.toContain(coupon.code.replace(/-/g, ''))
    })

    it('shows a stranger with the link only the message, benefit, expiry and status, with a QR code and where to get help', async () => {
      const coupon = await issue()

      const response = await world.http.inject({ method: 'GET', url: `/api/v1/public${coupon.link.replace('/c/', '/coupons/')}` })

      expect(response.statusCode).toBe(200)
      expect(Object.keys(response.json()).sort()).toEqual(['benefit', 'business', 'code', 'customerCare', 'expiresAt', 'feedbackPath', 'locale', 'message', 'qrSvg', 'status', 'timeZone'])
      expect(response.json()).toMatchObject({ status: 'valid', benefit: 'A drink on us', message: expect.stringMatching(/half empty/) })
      expect(response.json().qrSvg).toMatch(/^<svg/)
    })

    it('redeems once at another location of the chain, by the typed code, recording where and by whom', async () => {
      const coupon = await issue()

      const response = await redeem(bea, { code: coupon.code.toLowerCase() })

      expect(response.statusCode).toBe(200)
      expect(response.json()).toMatchObject({ redeemedLocationId: world.locations.b, redeemedLocationName: 'Harbor' })
      const audit = await world.app.db.kysely.selectFrom('audit_event').select(['action', 'actor_id']).where('subject_id', '=', coupon.id).orderBy('at').orderBy('id').execute()
      expect(audit).toEqual([
        { action: 'coupon.issued', actor_id: world.staff.sam.id },
        { action: 'coupon.redeemed', actor_id: world.staff.bea.id },
      ])
    })

    it('lets exactly one of 1,000 parallel redemptions through; the rest are told when and where it was used', async () => {
      const coupon = await issue()
      const token = coupon.link.replace('/c/', '')

      const responses = await Promise.all(Array.from({ length: 1_000 }, (_, n) => redeem(n % 2 ? sam : bea, { token })))

      expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(1)
      const refused = responses.filter((r) => r.statusCode === 409)
      expect(refused).toHaveLength(999)
      expect(refused[0]!.json()).toMatchObject({ code: 'coupon.already_redeemed', redeemedAt: expect.any(String), redeemedLocationName: expect.stringMatching(/Main St|Harbor/) })
      expect(refused[0]!.json().detail).toMatch(/^Used .+ at (Main St|Harbor)\.$/)
    })

    it('shows and emails a coupon only at the location that issued it, and to owners', async () => {
      const coupon = await issue()
      const ann = await signInAs(world, 'ann')
      const read = (cookie: string) => world.http.inject({ method: 'GET', url: `/api/v1/coupons/${coupon.id}`, headers: { cookie } })
      const email = (cookie: string) =>
        world.http.inject({ method: 'POST', url: `/api/v1/coupons/${coupon.id}/email`, headers: { cookie }, payload: { email: 'jill@example.com' } })

      expect((await read(sam)).json().code).toBe(coupon.code)
      expect((await read(ann)).statusCode).toBe(200)
      expect((await read(bea)).statusCode).toBe(403)
      expect((await read(bea)).json()).not.toHaveProperty('code', coupon.code)
      expect((await email(bea)).statusCode).toBe(403)
      expect((await email(sam)).statusCode).toBe(202)
    })

    it('catches a mistyped character with the check character before any lookup', async () => {
      const coupon = await issue()
      const chars = coupon.code.replace(/-/g, '')
      const typo = (chars[0] === 'A' ? 'B' : 'A') + chars.slice(1)

      const response = await redeem(sam, { code: typo })

      expect(response.statusCode).toBe(422)
      expect(response.json()).toMatchObject({ code: 'coupon.typo', field: 'code' })
    })

    it('rate-limits wrong codes per session, not per address, and audits each one', async () => {
      const fresh = await signInAs(world, 'sam')
      const wrong = (n: number) => {
        const payload = `ZZZZZZZZZZ${String(n).padStart(2, '0')}`
        return payload + checkCharacter(payload)
      }
      const statuses = []
      for (let n = 0; n < 11; n++) statuses.push((await redeem(fresh, { code: wrong(n) }, '10.9.9.9')).statusCode)
      const coupon = await issue()
      // Bea's tablet shares the shop's address: Sam's typos do not stop her.
      const fromBea = await redeem(bea, { code: wrong(99) }, '10.9.9.9')
      const realFromBea = await redeem(bea, { code: coupon.code }, '10.9.9.9')
      const audited = await world.app.db.kysely.selectFrom('audit_event').select(['actor_id', 'subject_id']).where('action', '=', 'coupon.wrong_code').execute()

      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404))
      expect(statuses[10]).toBe(429)
      expect((await redeem(fresh, { code: wrong(50) }, '10.1.2.3')).json().detail).toMatch(/Too many wrong codes/)
      expect(fromBea.statusCode).toBe(404)
      expect(realFromBea.statusCode).toBe(200)
      expect(audited.filter((row) => row.actor_id === world.staff.sam.id)).toHaveLength(10)
      expect(audited.map((row) => row.subject_id)).toContain(displayCouponCode(wrong(0)))
    })

    it('does not let a staff member escape the limit by signing in again and again', async () => {
      const wrong = (n: number) => {
        const payload = `YYYYYYYYYY${String(n).padStart(2, '0')}`
        return payload + checkCharacter(payload)
      }
      const statuses: number[] = []
      for (let session = 0; session < 4; session++) {
        const cookie = await signInAs(world, 'priya')
        for (let n = 0; n < 10; n++) statuses.push((await redeem(cookie, { code: wrong(session * 10 + n) })).statusCode)
      }
      expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true)
      expect(statuses.slice(30)).toEqual(Array(10).fill(429))
    })
  })
}
