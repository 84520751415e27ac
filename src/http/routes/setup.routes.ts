import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import fp from 'fastify-plugin'
import type { Deps } from '../../domain/ports.js'
import { completeSetup, isSetUp } from '../../domain/setup/index.js'
import { DomainError } from '../../domain/shared/errors.js'
import { signIn } from '../../domain/staff/index.js'
import { DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from '../plugins/auth.js'
import { deviceLabel } from './session.routes.js'
import { ActorView } from './session.routes.js'
import { problems } from './common.schemas.js'

const SETUP_PATHS = new Set(['/api/v1/setup'])

const Text = (maxLength: number) => Type.String({ maxLength })

const setup: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // Until the first run is done nothing else answers; once done it stays done, so the check is remembered.
  let setUp = false
  const known = async () => (setUp ||= await isSetUp(deps))
  app.addHook('onRequest', async (request) => {
    if (setUp || SETUP_PATHS.has(request.url.split('?')[0]!)) return
    if (!(await known())) throw new DomainError('conflict', 'setup.required', 'Set up your business first: open /setup, or run `usual setup`.')
  })

  app.get(
    '/setup',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['setup'], summary: 'Whether the first run is done', response: { 200: Type.Object({ setUp: Type.Boolean() }), ...problems(429) } },
    },
    async () => ({ setUp: await known() }),
  )

  app.post(
    '/setup',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['setup'],
        summary: 'The first run: business name, currency and locale, the first location, and its owner (who is signed in); once only',
        body: Type.Object(
          {
            businessName: Text(200),
            currency: Text(10),
            locale: Text(40),
            locationName: Text(200),
            timeZone: Text(80),
            country: Text(10),
            ownerFirstName: Text(200),
            ownerLastName: Text(200),
            pin: Text(12),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ locationId: Type.String(), ownerId: Type.String(), actor: ActorView, expiresAt: Type.String() }), ...problems(400, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const { locationId, ownerId } = await completeSetup(deps, request.body)
      setUp = true
      const { token, expiresAt, actor, deviceToken } = await signIn(deps, {
        locationId,
        staffId: ownerId,
        pin: request.body.pin,
        deviceToken: request.cookies[DEVICE_COOKIE],
        deviceLabel: deviceLabel(request.headers['user-agent']),
      })
      setSessionCookie(reply, request, token, expiresAt)
      if (deviceToken) setDeviceCookie(reply, request, deviceToken)
      return reply.code(201).send({ locationId, ownerId, actor, expiresAt: expiresAt.toISOString() })
    },
  )
}

/** Not encapsulated: its gate guards every route of the API context it is registered in. */
export const setupRoutes = fp(setup)
