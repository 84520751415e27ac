import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { getOrder, listOrders, placeOrder, undoOrder, voidOrder } from '../../domain/orders/index.js'
import type { Deps } from '../../domain/ports.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, problems } from './common.schemas.js'
import { NeedsApprovalView, OrderBody, OrderView, toOrderView, toTabApprovalView } from './orders.schemas.js'

export const orderRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'Record an order; an Idempotency-Key makes retries safe',
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 255 })) }),
        body: OrderBody,
        response: { 201: OrderView, 202: NeedsApprovalView, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const placed = await placeOrder(deps, actorOf(request), request.body, request.headers['idempotency-key'])
      if (placed.replayed) reply.header('idempotent-replayed', 'true')
      if (placed.outcome === 'placed') return reply.code(201).send(toOrderView(placed.order))
      const { approval } = placed
      return reply.code(202).send({ outcome: 'needs_approval' as const, limit: 'tab_limit' as const, capMinor: approval.limitMinor, wouldBeMinor: approval.balanceMinor + approval.amountMinor, approval: toTabApprovalView(approval) })
    },
  )

  app.get(
    '/orders',
    {
      schema: {
        tags: ['orders'],
        summary: "A location's orders, newest first",
        querystring: Type.Object({
          locationId: Type.Optional(Type.String({ maxLength: 64 })),
          customerId: Type.Optional(Type.String({ maxLength: 64 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
        }),
        response: { 200: Type.Object({ orders: Type.Array(OrderView) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => ({ orders: (await listOrders(deps, actorOf(request), request.query)).map(toOrderView) }),
  )

  app.get(
    '/orders/:id',
    { schema: { tags: ['orders'], summary: 'One order', params: IdParams, response: { 200: OrderView, ...problems(401, 403, 404) } } },
    async (request) => toOrderView(await getOrder(deps, actorOf(request), request.params.id)),
  )

  app.post(
    '/orders/:id/undo',
    {
      schema: {
        tags: ['orders'],
        summary: 'Undo an order within 2 minutes of Charge (who rang it, or a manager); it leaves the usual, tier, visits and insights',
        params: IdParams,
        response: { 200: OrderView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => toOrderView(await undoOrder(deps, actorOf(request), request.params.id)),
  )

  app.post(
    '/orders/:id/void',
    {
      schema: {
        tags: ['orders'],
        summary: 'Void an order (manager, with a reason); it stays in the books and leaves every derivation',
        params: IdParams,
        body: Type.Object({ reason: Type.String({ maxLength: 400 }) }, { additionalProperties: false }),
        response: { 200: OrderView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toOrderView(await voidOrder(deps, actorOf(request), request.params.id, request.body.reason)),
  )
}
