import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, signInAs, type World } from '../support.js'

describe('security headers', () => {
  let world: World
  let sam: string
  beforeAll(async () => {
    world = await createWorld('sqlite')
    sam = await signInAs(world, 'sam')
  })
  afterAll(() => world.close())

  it('sends a strict content policy, no framing, no sniffing and a cautious referrer on every answer', async () => {
    for (const url of ['/healthz', '/api/v1/session', '/api/v1/no-such-thing']) {
      const response = await world.http.inject({ method: 'GET', url, headers: { cookie: sam } })
      const csp = String(response.headers['content-security-policy'])
      expect(csp, url).toContain("default-src 'self'")
      expect(csp, url).toContain("script-src 'self'")
      expect(csp, url).toContain("frame-ancestors 'none'")
      expect(csp, url).toContain("object-src 'none'")
      expect(csp, url).not.toContain('upgrade-insecure-requests')
      expect(response.headers['x-content-type-options'], url).toBe('nosniff')
      expect(response.headers['x-frame-options'], url).toBe('DENY')
      expect(response.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin')
    }
  })

  it('keeps the API explorer working under its own policy, still unframeable', async () => {
    const docs = await world.http.inject({ method: 'GET', url: '/docs/' })
    expect(docs.statusCode).toBe(200)
    expect(String(docs.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(String(docs.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests')
  })

  it('tells browsers and proxies to keep no copy of customer data', async () => {
    const created = await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: sam }, payload: { displayName: 'Jill Okafor', phone: '(415) 555-0142' } })
    const card = await world.http.inject({ method: 'GET', url: `/api/v1/customers/${created.json().id}/card`, headers: { cookie: sam } })
    const search = await world.http.inject({ method: 'GET', url: '/api/v1/customers?q=jill', headers: { cookie: sam } })
    const denied = await world.http.inject({ method: 'GET', url: `/api/v1/customers/${created.json().id}/card` })
    for (const response of [created, card, search, denied]) expect(response.headers['cache-control']).toBe('no-store')
    expect(card.statusCode).toBe(200)
  })
})
