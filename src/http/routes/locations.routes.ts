import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../../domain/ports.js'
import { DomainError } from '../../domain/shared/errors.js'
import { IdParams, problems } from './common.schemas.js'

const PUBLIC_RATE = { max: 60, timeWindow: '1 minute' }

export const locationRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/locations',
    {
      config: { public: true, rateLimit: PUBLIC_RATE },
      schema: {
        tags: ['locations'],
        summary: 'Locations, for enrolling a counter tablet',
        response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String() })), ...problems(429) },
      },
    },
    async () => (await deps.repos.locations.list()).map(({ id, name, timeZone }) => ({ id, name, timeZone })),
  )

  app.get(
    '/locations/:id/staff',
    {
      config: { public: true, rateLimit: PUBLIC_RATE },
      schema: {
        tags: ['locations'],
        summary: "The sign-in screen's names: first names only",
        params: IdParams,
        response: { 200: Type.Array(Type.Object({ id: Type.String(), firstName: Type.String(), codePending: Type.Boolean() })), ...problems(404, 429) },
      },
    },
    async (request) => {
      if (!(await deps.repos.locations.findById(request.params.id))) {
        throw new DomainError('not_found', 'location.not_found', 'This location does not exist.')
      }
      const staff = await deps.repos.staff.listForLocation(request.params.id)
      return staff.map(({ id, firstName, pinResetExpiresAt }) => ({ id, firstName, codePending: pinResetExpiresAt != null }))
    },
  )
}
