import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`owner-only console actions (${dialect})`, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(dialect)
    })
    afterAll(() => world.close())

    it('refuses a manager an import, with a problem naming the role it needs', async () => {
      const priya = await signInAs(world, 'priya')

      const response = await world.http.inject({ method: 'POST', url: '/api/v1/imports/customers', headers: { cookie: priya, 'content-type': 'text/csv' }, payload: 'ref,name,phone,email,birthday,household\nc1,Jill,,,,\n' })

      expect(response.statusCode).toBe(403)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.json()).toMatchObject({ code: 'auth.role_required', requiredRole: 'owner' })
    })

    it('refuses staff and managers an export before sending any of it', async () => {
      const sam = await signInAs(world, 'sam')
      const priya = await signInAs(world, 'priya')

      const bySam = await world.http.inject({ method: 'GET', url: '/api/v1/exports/customers', headers: { cookie: sam } })
      const byPriya = await world.http.inject({ method: 'GET', url: '/api/v1/exports/orders', headers: { cookie: priya } })

      expect([bySam.statusCode, byPriya.statusCode]).toEqual([403, 403])
      expect(bySam.json()).toMatchObject({ code: 'auth.role_required', requiredRole: 'owner' })
      expect(byPriya.json()).toMatchObject({ code: 'auth.role_required' })
    })

    it('refuses a manager a refit of the visit model', async () => {
      const priya = await signInAs(world, 'priya')

      const response = await world.http.inject({ method: 'POST', url: '/api/v1/insights/bgnbd/refit', headers: { cookie: priya }, payload: {} })

      expect(response.statusCode).toBe(403)
      expect(response.json()).toMatchObject({ code: 'auth.role_required', requiredRole: 'owner' })
    })

    it('lets the owner export', async () => {
      const ann = await signInAs(world, 'ann')

      const response = await world.http.inject({ method: 'GET', url: '/api/v1/exports/customers', headers: { cookie: ann } })

      expect(response.statusCode).toBe(200)
      expect(response.body.split('\n')[0]).toBe('ref,name,phone,email,birthday,household')
    })
  })
}
