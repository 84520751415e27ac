import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseTrustProxy } from '../../src/config.js'
import { createWorld, type World } from '../support.js'

const BALANCER = '10.0.0.2'

/** A stranger's public endpoint (60 a minute per client). */
const lookup = (world: World, client: string | undefined, remoteAddress = BALANCER) =>
  world.http.inject({ method: 'GET', url: '/api/v1/public/feedback/location-nowhere', remoteAddress, headers: client ? { 'x-forwarded-for': client } : {} })

async function exhaust(world: World, client: string | undefined, remoteAddress = BALANCER): Promise<number> {
  let last = 0
  for (let i = 0; i < 61; i++) last = (await lookup(world, client, remoteAddress)).statusCode
  return last
}

describe('behind a load balancer (TRUST_PROXY)', () => {
  let trusting: World
  let direct: World
  beforeAll(async () => {
    trusting = await createWorld('sqlite', { trustProxy: '10.0.0.0/8' })
    direct = await createWorld('sqlite')
  })
  afterAll(async () => {
    await trusting.close()
    await direct.close()
  })

  it('counts limits per client behind a trusted proxy, not per balancer', async () => {
    expect(await exhaust(trusting, '203.0.113.7')).toBe(429)
    expect((await lookup(trusting, '203.0.113.7')).statusCode).toBe(429)
    expect((await lookup(trusting, '198.51.100.9')).statusCode).not.toBe(429)
  })

  it('ignores X-Forwarded-For when no proxy is trusted, so a stranger cannot dodge a limit by forging it', async () => {
    expect(await exhaust(direct, '203.0.113.7', '192.0.2.50')).toBe(429)
    expect((await lookup(direct, '198.51.100.10', '192.0.2.50')).statusCode).toBe(429)
  })

  it('sets the session cookie Secure when the trusted proxy says the client came over HTTPS', async () => {
    const signIn = (world: World, proto: string) =>
      world.http.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: BALANCER,
        headers: { 'x-forwarded-proto': proto, 'x-forwarded-for': '203.0.113.20' },
        payload: { locationId: world.locations.a, staffId: world.staff.sam.id, pin: world.staff.sam.pin },
      })
    const https = await signIn(trusting, 'https')
    const http = await signIn(trusting, 'http')
    const forged = await signIn(direct, 'https')
    const cookie = (response: Awaited<ReturnType<typeof signIn>>) => response.cookies.find((c) => c.name === 'usual_session')
    expect(https.statusCode).toBe(201)
    expect(cookie(https)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' })
    expect(cookie(http)?.secure).toBeFalsy()
    expect(cookie(forged)?.secure).toBeFalsy()
  })

  it('reads TRUST_PROXY as a flag, a hop count or proxy addresses, and names a bad one', () => {
    expect(parseTrustProxy(undefined)).toBe(false)
    expect(parseTrustProxy('true')).toBe(true)
    expect(parseTrustProxy('2')).toBe(2)
    expect(parseTrustProxy('10.0.0.0/8, loopback')).toBe('10.0.0.0/8,loopback')
    const problems: string[] = []
    parseTrustProxy('yes please', problems)
    expect(problems[0]).toContain('"yes please"')
  })
})
