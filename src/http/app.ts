import { AjvCompiler } from '@fastify/ajv-compiler'
import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { randomUUID } from 'node:crypto'
import type { Deps } from '../domain/ports.js'
import { authPlugin } from './plugins/auth.js'
import { guardInput } from './plugins/input-guard.js'
import { noStore, securityHeaders } from './plugins/security-headers.js'
import { webPlugin } from './plugins/web.js'
import { registerProblemHandlers, sendProblem } from './problem.js'
import { auditRoutes } from './routes/audit.routes.js'
import { catalogRoutes } from './routes/catalog.routes.js'
import { ProblemView } from './routes/common.schemas.js'
import { customerRoutes } from './routes/customers.routes.js'
import { locationRoutes } from './routes/locations.routes.js'
import { orderRoutes } from './routes/orders.routes.js'
import { sessionRoutes } from './routes/session.routes.js'
import { empowermentRoutes } from './routes/empowerment.routes.js'
import { couponRoutes } from './routes/coupons.routes.js'
import { loyaltyRoutes } from './routes/loyalty.routes.js'
import { tabRoutes } from './routes/tabs.routes.js'
import { eventRoutes } from './routes/events.routes.js'
import { insightsRoutes } from './routes/insights.routes.js'
import { outboxRoutes } from './routes/outbox.routes.js'
import { importRoutes, type CsvTransfers } from './routes/imports.routes.js'
import { feedbackRoutes } from './routes/feedback.routes.js'
import { privacyRoutes } from './routes/privacy.routes.js'
import { setupRoutes } from './routes/setup.routes.js'
import { staffRoutes } from './routes/staff.routes.js'
import type { LiveHub } from '../db/live-hub.js'

/** What the app takes from the database, built by compose: http runs no database code of its own. */
export interface AppDatabaseServices {
  /** For imports and exports from the owner's console; without it those routes are not served. */
  transfers?: CsvTransfers
  /** Request counts shared by every instance on one PostgreSQL; without it each instance counts in memory. */
  rateLimitStore?: FastifyRateLimitStoreCtor
}

export interface AppOptions extends AppDatabaseServices {
  logLevel?: string
  /** Serve the built web app (off in API tests). */
  web?: boolean
  /** Trust X-Forwarded-* from a load balancer: the client's address for limits, HTTPS for Secure cookies. */
  trustProxy?: boolean | number | string
  /** Live updates; without it the events endpoint is not served. */
  live?: LiveHub
  /** Base URL of public links (QR codes); defaults to the request's host. */
  publicUrl?: string
}

/**
 * Address parts arrive as text, so a query's `?tag=a` may stand for `["a"]` and `?days=7` for 7. A JSON body says
 * what it means: coercing it would hand `["a"]` to a handler expecting a nullable string.
 */
function validatorFactory() {
  const pool = AjvCompiler()
  const base = { removeAdditional: false, allErrors: false } as const
  return (externalSchemas: unknown, options: { customOptions?: object; plugins?: unknown[] } = {}) => {
    const textual = pool(externalSchemas as never, { ...options, customOptions: { ...options.customOptions, ...base, coerceTypes: 'array' } } as never)
    const json = pool(externalSchemas as never, { ...options, customOptions: { ...options.customOptions, ...base, coerceTypes: false } } as never)
    return (route: { httpPart?: string }) => (route.httpPart === 'body' ? json(route as never) : finiteOnly(textual(route as never)))
  }
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null }

/**
 * Coercing address text lets "1e999" through as Infinity, past every minimum and maximum (Ajv checks bounds only on
 * finite numbers): a part holding a number that is not finite fails validation like any other bad value.
 */
function finiteOnly(validate: Validate): Validate {
  const checked: Validate = (data) => {
    const ok = validate(data)
    checked.errors = validate.errors
    if (!ok || data === null || typeof data !== 'object') return ok
    for (const [key, value] of Object.entries(data)) {
      if ((Array.isArray(value) ? value : [value]).some((item) => typeof item === 'number' && !Number.isFinite(item))) {
        checked.errors = [{ instancePath: `/${key}`, keyword: 'type', params: {}, message: 'must be a finite number' }]
        return false
      }
    }
    return true
  }
  return checked
}

/** Builds the HTTP app; it never listens (the CLI and tests decide that). */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const live = options.live
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    genReqId: () => randomUUID(),
    // Fastify also takes a hop count here (its types say otherwise).
    trustProxy: (options.trustProxy ?? false) as boolean | string,
    // Event streams never go idle; closing the server must not wait for them.
    forceCloseConnections: true,
    // One line per request at debug level (below): at info a busy counter would flood the console.
    logController: new LogController({ disableRequestLogging: true }),
    schemaController: { compilersFactory: { buildValidator: validatorFactory() as never } },
    frameworkErrors: (error, request, reply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400
      return sendProblem(reply, request, status, 'request.bad_url', status === 414 ? 'A part of this address is too long.' : 'This address is not valid (it has a malformed escape).')
    },
  }).withTypeProvider<TypeBoxTypeProvider>()

  registerProblemHandlers(app)
  guardInput(app)
  // A hook on every response costs even when its line is not written: only at debug level or below.
  if (app.log.level === 'debug' || app.log.level === 'trace') {
    app.addHook('onResponse', async (request, reply) => {
      request.log.debug({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request')
    })
  }
  app.addSchema(ProblemView)
  await securityHeaders(app)
  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, { global: false, ...(options.rateLimitStore ? { store: options.rateLimitStore } : {}) })
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Usual API', version: '1', description: 'Recognise regulars, empower the counter, close the loop, prove what goodwill earns.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'usual_session' } } },
      security: [{ session: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  })
  // The API explorer's own page needs its inline bootstrap hashes: its own policy, less the HTTPS upgrade.
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, '').replace("frame-ancestors 'self'", "frame-ancestors 'none'"),
  })

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await deps.repos.settings.get('business')
    return { status: 'ok' }
  })

  await app.register(
    async (api) => {
      noStore(api)
      await api.register(setupRoutes, { deps })
      await api.register(authPlugin, { deps })
      await api.register(sessionRoutes, { deps })
      await api.register(locationRoutes, { deps })
      await api.register(staffRoutes, { deps })
      await api.register(auditRoutes, { deps })
      await api.register(customerRoutes, { deps })
      await api.register(catalogRoutes, { deps })
      await api.register(orderRoutes, { deps })
      await api.register(empowermentRoutes, { deps })
      await api.register(couponRoutes, { deps, publicUrl: options.publicUrl })
      await api.register(loyaltyRoutes, { deps, publicUrl: options.publicUrl })
      await api.register(tabRoutes, { deps })
      await api.register(feedbackRoutes, { deps })
      await api.register(privacyRoutes, { deps })
      await api.register(insightsRoutes, { deps })
      await api.register(outboxRoutes, { deps })
      if (options.transfers) await api.register(importRoutes, { transfers: options.transfers })
      if (live) {
        await live.start()
        await api.register(eventRoutes, { live })
      }
    },
    { prefix: '/api/v1' },
  )
  if (options.web !== false) await app.register(webPlugin)
  return app
}
