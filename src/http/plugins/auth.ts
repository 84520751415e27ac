import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Deps } from '../../domain/ports.js'
import { DomainError } from '../../domain/shared/errors.js'
import { authenticate, type Actor } from '../../domain/staff/index.js'

export const SESSION_COOKIE = 'usual_session'

declare module 'fastify' {
  interface FastifyRequest {
    actorOrNull: Actor | null
  }
  interface FastifyContextConfig {
    /** Routes a stranger may call (rate-limited instead of signed-in). */
    public?: boolean
  }
}

/** The signed-in actor; routes behind the auth hook always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actorOrNull) throw new DomainError('unauthenticated', 'auth.signed_out', 'Sign in with your PIN first.')
  return request.actorOrNull
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
    expires: expiresAt,
  })
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}

/** Every /api route needs a live session unless its config says public. */
export const authPlugin = fp(async (app: FastifyInstance, { deps }: { deps: Deps }) => {
  app.decorateRequest('actorOrNull', null)
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE]
    request.actorOrNull = token ? ((await authenticate(deps, token)) ?? null) : null
    if (!request.actorOrNull && request.url.startsWith('/api/') && !request.routeOptions.config?.public) {
      throw new DomainError('unauthenticated', 'auth.signed_out', 'Sign in with your PIN first.')
    }
  })
})
