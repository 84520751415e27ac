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
  interface FastifyInstance {
    recentSessions: RecentSessions
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

/** The device cookie: which enrolled tablet this browser is. Long-lived; only its hash is stored. */
export const DEVICE_COOKIE = 'usual_device'
const DEVICE_COOKIE_DAYS = 400

export function setDeviceCookie(reply: FastifyReply, request: FastifyRequest, token: string): void {
  reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/api/v1/session',
    maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
  })
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}

/** How long a session once found is trusted without asking the database again. */
export const RECENT_SESSION_MS = 2_000
const MAX_RECENT_SESSIONS = 10_000

/**
 * Actors of the session tokens seen in the last two seconds. The counter searches on every keystroke and each
 * search would otherwise start with a session query. A sign-out through this process forgets its token at once;
 * other app processes on the same PostgreSQL notice within RECENT_SESSION_MS. Unknown tokens are never kept.
 */
export class RecentSessions {
  private readonly actors = new Map<string, { actor: Actor; until: number }>()

  constructor(private readonly now: () => number) {}

  get(token: string): Actor | undefined {
    const entry = this.actors.get(token)
    if (!entry) return undefined
    if (entry.until > this.now()) return entry.actor
    this.actors.delete(token)
    return undefined
  }

  remember(token: string, actor: Actor): void {
    if (this.actors.size >= MAX_RECENT_SESSIONS) this.actors.delete(this.actors.keys().next().value!)
    this.actors.set(token, { actor, until: this.now() + RECENT_SESSION_MS })
  }

  forget(token: string | undefined): void {
    if (token) this.actors.delete(token)
  }
}

/** Every /api route needs a live session unless its config says public. */
export const authPlugin = fp(async (app: FastifyInstance, { deps }: { deps: Deps }) => {
  const recent = new RecentSessions(() => deps.clock.now().getTime())
  app.decorate('recentSessions', recent)
  app.decorateRequest('actorOrNull', null)
  const actorFor = async (token: string): Promise<Actor | null> => {
    const known = recent.get(token)
    if (known) return known
    const actor = await authenticate(deps, token)
    if (!actor) return null
    recent.remember(token, actor)
    return actor
  }
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE]
    request.actorOrNull = token ? await actorFor(token) : null
    if (!request.actorOrNull && request.url.startsWith('/api/') && !request.routeOptions.config?.public) {
      throw new DomainError('unauthenticated', 'auth.signed_out', 'Sign in with your PIN first.')
    }
  })
})
