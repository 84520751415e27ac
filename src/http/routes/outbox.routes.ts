import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { listOutbox } from '../../domain/outbox/index.js'
import type { Deps } from '../../domain/ports.js'
import { actorOf } from '../plugins/auth.js'
import { Instant, Nullable, problems } from './common.schemas.js'

export const outboxRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/outbox',
    {
      schema: {
        tags: ['outbox'],
        summary: 'Emails sent and waiting (without a mail server, they wait here to be read)',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }),
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              to: Type.String(),
              subject: Type.String(),
              text: Type.String(),
              createdAt: Instant,
              deliveredAt: Nullable(Instant),
              attempts: Type.Integer(),
              lastError: Nullable(Type.String()),
            }),
          ),
          ...problems(401, 403),
        },
      },
    },
    async (request) =>
      (await listOutbox(deps, actorOf(request), request.query)).map((message) => ({
        id: message.id,
        to: String(message.payload.to ?? ''),
        subject: String(message.payload.subject ?? ''),
        text: String(message.payload.text ?? ''),
        createdAt: message.createdAt.toISOString(),
        deliveredAt: message.deliveredAt?.toISOString() ?? null,
        attempts: message.attempts,
        lastError: message.lastError,
      })),
  )
}
