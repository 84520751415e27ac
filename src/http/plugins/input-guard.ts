import type { FastifyInstance, FastifyRequest } from 'fastify'
import { sendProblem } from '../problem.js'

/**
 * NUL has no place in anything Usual stores or looks up, and PostgreSQL refuses it inside text: found anywhere in
 * the address, the query or the body, the request is answered 400 naming where, before any handler sees it.
 */
export function guardInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const where = nulIn(request)
    if (where) return sendProblem(reply, request, 400, 'request.invalid', `${where}: contains a NUL character (U+0000), which is not allowed`, { field: where })
  })
}

function nulIn(request: FastifyRequest): string | undefined {
  for (const [part, value] of [['params', request.params], ['query', request.query]] as const) {
    const found = findNul(value, '')
    if (found !== undefined) return found ? `${part} ${found}` : part
  }
  if (typeof request.body === 'string') {
    const index = request.body.indexOf('\u0000')
    return index < 0 ? undefined : `body line ${request.body.slice(0, index).split('\n').length}`
  }
  const found = findNul(request.body, '')
  return found === undefined ? undefined : found || 'body'
}

/** The path of the first string (or key) holding a NUL, '' for the value itself; undefined when there is none. */
function findNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  if (value === null || typeof value !== 'object') return undefined
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}/${key}` : key
    if (key.includes('\u0000')) return path || '(a field name)'
    const found = findNul(item, here)
    if (found !== undefined) return found
  }
  return undefined
}
