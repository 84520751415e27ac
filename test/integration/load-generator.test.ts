import { createServer, type Server } from 'node:http'
import { afterAll, describe, expect, it } from 'vitest'
import { startLoadGenerator } from '../../src/bench/load.js'
import type { PreparedRequest } from '../../src/bench/load-generator.js'

/** A server that records what it is sent, answering 201 to POSTs and 200 to GETs. */
function recordingServer() {
  const seen: { method: string; path: string; body: string }[] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      seen.push({ method: req.method!, path: req.url!, body })
      res.statusCode = req.method === 'POST' ? 201 : 200
      res.end()
    })
  })
  return {
    seen,
    origin: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('the constant-arrival load generator', () => {
  const servers = [recordingServer(), recordingServer()]
  const load = startLoadGenerator()
  afterAll(async () => {
    load.stop()
    await Promise.all(servers.map((server) => server.close()))
  })

  it('spreads a mix of GETs and POSTs with bodies round-robin over several servers', async () => {
    const origins = await Promise.all(servers.map((server) => server.origin()))
    const requests: PreparedRequest[] = [
      { method: 'GET', path: '/search?q=ann', headers: {} },
      { method: 'POST', path: '/gestures', headers: { 'content-type': 'application/json' }, body: '{"valueMinor":100}' },
      { method: 'GET', path: '/search?q=ben', headers: {} },
    ]

    const result = await load.run({ kind: 'rate', rate: 60, seconds: 1, origin: origins[0]!, origins, paths: [], headers: {}, requests })

    expect(result).toMatchObject({ requests: 60, errors: 0, non2xx: 0, unfinished: 0, byStatus: { 200: 40, 201: 20 } })
    expect(servers.map((server) => server.seen.length)).toEqual([30, 30])
    const posts = servers.flatMap((server) => server.seen.filter((request) => request.method === 'POST'))
    expect(posts).toHaveLength(20)
    expect(posts.every((post) => post.path === '/gestures' && post.body === '{"valueMinor":100}')).toBe(true)
  })
})
