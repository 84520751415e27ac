import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

/**
 * Every operation the API documents, sent what a careless client or an attacker sends: malformed JSON, wrong types,
 * huge strings, NUL, unusual unicode, arrays where a string belongs. Whatever it is, the answer is never a 5xx.
 */

type Schema = {
  type?: string | string[]
  anyOf?: Schema[]
  enum?: unknown[]
  const?: unknown
  format?: string
  minimum?: number
  minLength?: number
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
}
interface Operation {
  method: string
  path: string
  params: { name: string; in: 'path' | 'query' | 'header'; schema: Schema }[]
  body?: { type: string; schema?: Schema }
}

const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  'x'.repeat(100_000),
  '🙂‍↔️ é 中文 \u202e\uFEFF',
  '\uD800',
  "'; drop table customer; --",
  '../../etc/passwd',
  '',
  ' ',
  '-1',
  '1e999',
]
const NASTY_VALUES: unknown[] = [...NASTY_STRINGS, ['a'], ['+12125550123'], [], {}, { $gt: '' }, null, -1, 1e308, 2 ** 53 + 1, 0.5, true]
const RAW_BODIES = ['{', '{"a":', 'null', '[]', '"x"', '\u0000', '{"\u0000":1}', '{"a":1,"a":2}', '1'.repeat(5_000), '\xff\xfe']

/** A plausible value for a schema, so that one bad field at a time reaches as deep as it can. */
function sample(schema: Schema | undefined): unknown {
  if (!schema) return 'x'
  if (schema.const !== undefined) return schema.const
  if (schema.enum) return schema.enum[0]
  if (schema.anyOf) return sample(schema.anyOf.find((option) => option.type !== 'null') ?? schema.anyOf[0])
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sample(value)]))
    case 'array':
      return [sample(schema.items)]
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1)
    case 'boolean':
      return true
    case 'null':
      return null
    default:
      if (schema.format === 'email') return 'fuzz@example.com'
      if (schema.format === 'date-time') return '2026-11-20T15:00:00.000Z'
      if (schema.format === 'date') return '2026-11-20'
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1))
  }
}

function operations(spec: { paths: Record<string, Record<string, Record<string, any>>> }): Operation[] {
  const found: Operation[] = []
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (path.endsWith('/events')) continue // a stream that stays open
      const content = op.requestBody?.content as Record<string, { schema?: Schema }> | undefined
      const [type, media] = Object.entries(content ?? {})[0] ?? []
      found.push({ method: method.toUpperCase(), path, params: op.parameters ?? [], body: type ? { type, schema: media?.schema } : undefined })
    }
  }
  return found
}

interface Request {
  method: string
  url: string
  headers?: Record<string, string>
  payload?: string
}

function urlOf(op: Operation, path: Record<string, string>, query: Record<string, unknown>): string {
  const filled = op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name] ?? 'x')
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, typeof item === 'string' ? item : JSON.stringify(item))
  }
  const text = search.toString()
  return text ? `${filled}?${text}` : filled
}

/** Percent-encodes what can be encoded; a lone surrogate goes as its raw UTF-8 bytes, as a hostile client sends it. */
function encodePath(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    return '%ED%A0%80'
  }
}

/** The requests for one operation: each path parameter, query parameter and body field made bad in turn. */
function badRequests(op: Operation): Request[] {
  const pathParams = op.params.filter((param) => param.in === 'path')
  const queryParams = op.params.filter((param) => param.in === 'query')
  const goodPath = Object.fromEntries(pathParams.map((param) => [param.name, String(sample(param.schema))]))
  const goodQuery = Object.fromEntries(queryParams.map((param) => [param.name, sample(param.schema)]))
  const json = op.body?.type.includes('json') ?? false
  const goodBody = op.body?.schema ? sample(op.body.schema) : undefined
  const send = (url: string, body?: unknown, raw?: string): Request => ({
    method: op.method,
    url,
    ...(op.body ? { headers: { 'content-type': op.body.type }, payload: raw ?? (json ? JSON.stringify(body ?? goodBody ?? {}) : String(body ?? 'x')) } : {}),
  })
  const requests: Request[] = [send(urlOf(op, goodPath, goodQuery))]
  for (const param of pathParams) {
    for (const value of NASTY_STRINGS) requests.push(send(urlOf(op, { ...goodPath, [param.name]: encodePath(value) }, goodQuery)))
    for (const raw of ['%00', '%E0%A4%A', '%ED%A0%80', '%C0%AF']) requests.push(send(urlOf(op, { ...goodPath, [param.name]: raw }, goodQuery)))
  }
  for (const param of queryParams) for (const value of NASTY_VALUES) requests.push(send(urlOf(op, goodPath, { ...goodQuery, [param.name]: value })))
  if (op.body) {
    const url = urlOf(op, goodPath, goodQuery)
    for (const raw of RAW_BODIES) requests.push(send(url, undefined, raw))
    if (json && goodBody && typeof goodBody === 'object' && !Array.isArray(goodBody)) {
      for (const key of Object.keys(goodBody)) for (const value of NASTY_VALUES) requests.push(send(url, { ...goodBody, [key]: value }))
      requests.push(send(url, { ...goodBody, unexpected: 'field' }))
    } else if (json) {
      for (const value of NASTY_VALUES) requests.push(send(url, value))
    } else {
      for (const value of NASTY_STRINGS) requests.push(send(url, value))
      requests.push(send(url, undefined, 'name,phone\n"unclosed,+1\n'), send(url, undefined, 'a,b\n1,2,3\n"x""y'))
    }
  }
  return requests
}

for (const dialect of testDialects()) {
  describe(`every operation under malformed input (${dialect})`, () => {
    let world: World
    let ops: Operation[]
    let owner: string
    let barista: string
    // Each request from its own address, so that the limits a stranger meets do not hide what lies behind them.
    let address = 0
    const nextAddress = () => `10.${(++address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`
    beforeAll(async () => {
      world = await createWorld(dialect)
      ops = operations(world.http.swagger() as never)
      owner = await signInAs(world, 'ann')
      barista = await signInAs(world, 'sam')
    })
    afterAll(() => world.close())

    it('covers every documented operation', () => {
      expect(ops.length).toBeGreaterThan(80)
      expect(ops.some((op) => op.path === '/api/v1/imports/{kind}')).toBe(true)
    })

    it('answers every bad request with a 4xx (or a success), never a 5xx, signed in or not', async () => {
      const failures: string[] = []
      for (const op of ops) {
        if (op.path.endsWith('/session') && op.method === 'DELETE') continue // it would sign the fuzzer out
        for (const request of badRequests(op)) {
          for (const cookie of [owner, barista, undefined]) {
            const response = await world.http.inject({ ...request, remoteAddress: nextAddress(), headers: { ...request.headers, ...(cookie ? { cookie } : {}) } } as never)
            const problem = /^application\/problem\+json/.test(String(response.headers['content-type']))
            if (response.statusCode >= 500 || (response.statusCode >= 400 && !problem)) {
              failures.push(`${request.method} ${request.url.slice(0, 120)} ${request.payload?.slice(0, 80) ?? ''} → ${response.statusCode} ${response.headers['content-type']} ${response.body.slice(0, 160)}`)
            }
          }
        }
      }
      expect(failures).toEqual([])
    }, 240_000)

    it('answers random JSON in any body field without a 5xx', async () => {
      const withBodies = ops.filter((op) => op.body?.type.includes('json') && op.body.schema?.properties)
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...withBodies), fc.jsonValue(), fc.nat(), async (op, value, pick) => {
          const body = sample(op.body!.schema) as Record<string, unknown>
          const keys = Object.keys(body)
          if (keys.length) body[keys[pick % keys.length]!] = value
          const url = urlOf(op, Object.fromEntries(op.params.filter((p) => p.in === 'path').map((p) => [p.name, 'x'])), {})
          const response = await world.http.inject({ method: op.method as never, url, remoteAddress: nextAddress(), headers: { cookie: owner, 'content-type': 'application/json' }, payload: JSON.stringify(body) })
          expect(response.statusCode, `${op.method} ${url} ${JSON.stringify(body).slice(0, 200)} → ${response.body.slice(0, 200)}`).toBeLessThan(500)
        }),
        { numRuns: 400 },
      )
    }, 120_000)
  })
}
