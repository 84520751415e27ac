import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../../domain/ports.js'
import { problems } from './common.schemas.js'

export const catalogRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Items and modifiers, prices in minor units',
        response: {
          200: Type.Object({
            currency: Type.String(),
            locale: Type.String(),
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                sku: Type.String(),
                name: Type.String(),
                category: Type.String(),
                priceMinor: Type.Integer(),
                modifierGroups: Type.Array(Type.String()),
              }),
            ),
            modifiers: Type.Array(Type.Object({ id: Type.String(), group: Type.String(), name: Type.String(), priceMinor: Type.Integer() })),
          }),
          ...problems(401),
        },
      },
    },
    async () => {
      const [catalog, business] = await Promise.all([deps.repos.catalog.load(), deps.repos.settings.get<{ currency: string; locale: string }>('business')])
      return { currency: business?.currency ?? 'USD', locale: business?.locale ?? 'en-US', ...catalog }
    },
  )
}
