import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isDomainError, type ErrorKind } from '../domain/shared/errors.js'

const STATUS: Record<ErrorKind, number> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
}

export interface Problem {
  type: string
  status: number
  code: string
  title?: string
  detail: string
  requestId: string
  [extra: string]: unknown
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  const body: Problem = { ...extra, type: `urn:usual:problem:${code}`, status, code, detail, requestId: request.id }
  if (typeof extra.retryAfterSeconds === 'number') reply.header('retry-after', String(extra.retryAfterSeconds))
  return reply.code(status).type('application/problem+json').send(body)
}

/** The one place errors become application/problem+json (RFC 9457). */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) return sendProblem(reply, request, STATUS[error.kind], error.code, error.message, error.details)
    if (error.validation) {
      const first = error.validation[0]
      const field = validationField(first)
      return sendProblem(reply, request, 400, 'request.invalid', `${field ? `${field}: ` : ''}${first?.message ?? 'is not valid'}`, {
        field,
        errors: error.validation.map((issue) => ({ field: validationField(issue), message: issue.message })),
      })
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, request, 429, 'request.rate_limited', 'Too many requests. Wait a moment and try again.')
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, request, error.statusCode, 'request.bad', error.message)
    }
    request.log.error({ err: error }, 'unhandled error')
    return sendProblem(reply, request, 500, 'server.error', 'Something went wrong on our side. Nothing was saved.')
  })
  app.setNotFoundHandler((request, reply) => sendProblem(reply, request, 404, 'route.not_found', `No such endpoint: ${request.method} ${request.url}`))
}

function validationField(issue: { instancePath?: string; params?: Record<string, unknown> } | undefined): string | undefined {
  if (!issue) return undefined
  const path = (issue.instancePath ?? '').replace(/^\//, '')
  const missing = issue.params?.missingProperty
  if (typeof missing === 'string') return path ? `${path}/${missing}` : missing
  return path || undefined
}
