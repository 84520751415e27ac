import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../../domain/ports.js'
import { signIn, signOut } from '../../domain/staff/index.js'
import { actorOf, clearSessionCookie, DEVICE_COOKIE, SESSION_COOKIE, setDeviceCookie, setSessionCookie } from '../plugins/auth.js'
import { problems } from './common.schemas.js'

export const ActorView = Type.Object({
  staffId: Type.String(),
  firstName: Type.String(),
  role: Type.Union([Type.Literal('staff'), Type.Literal('manager'), Type.Literal('owner')]),
  locationId: Type.String(),
  timeZone: Type.String(),
  country: Type.String(),
})

/** A short name for a newly enrolled device from its user agent: "iPad", "Android tablet", "Chrome on Mac". */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? ''
  if (/iPad/.test(ua)) return 'iPad'
  if (/iPhone/.test(ua)) return 'iPhone'
  if (/Android/.test(ua)) return /Mobile/.test(ua) ? 'Android phone' : 'Android tablet'
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser'
  const system = /Macintosh/.test(ua) ? 'Mac' : /Windows/.test(ua) ? 'Windows' : /CrOS/.test(ua) ? 'Chromebook' : /Linux/.test(ua) ? 'Linux' : ''
  return system ? `${browser} on ${system}` : browser
}

export const sessionRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/session',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Sign in with a PIN at a location',
        body: Type.Object({
          locationId: Type.String({ minLength: 1, maxLength: 64 }),
          staffId: Type.String({ minLength: 1, maxLength: 64 }),
          pin: Type.String({ minLength: 1, maxLength: 12, description: 'The PIN, or the one-time code from Add or Reset PIN' }),
          newPin: Type.Optional(Type.String({ minLength: 1, maxLength: 12, description: 'A new PIN: required after a reset (auth.new_pin_required), allowed any time' })),
        }),
        response: { 201: Type.Object({ actor: ActorView, expiresAt: Type.String() }), ...problems(400, 401, 403, 404, 422, 429) },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, actor, deviceToken } = await signIn(deps, {
        ...request.body,
        deviceToken: request.cookies[DEVICE_COOKIE],
        deviceLabel: deviceLabel(request.headers['user-agent']),
      })
      setSessionCookie(reply, request, token, expiresAt)
      if (deviceToken) setDeviceCookie(reply, request, deviceToken)
      return reply.code(201).send({ actor, expiresAt: expiresAt.toISOString() })
    },
  )

  app.get(
    '/session',
    { schema: { tags: ['session'], summary: 'Who is signed in', response: { 200: Type.Object({ actor: ActorView }), ...problems(401) } } },
    async (request) => ({ actor: actorOf(request) }),
  )

  app.delete(
    '/session',
    { schema: { tags: ['session'], summary: 'Sign out', response: { 204: Type.Null(), ...problems(401) } } },
    async (request, reply) => {
      await signOut(deps, actorOf(request))
      app.recentSessions.forget(request.cookies[SESSION_COOKIE])
      clearSessionCookie(reply)
      return reply.code(204).send(null)
    },
  )
}
