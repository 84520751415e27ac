import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { budgetsToday, COUNTER_LOCK_MINUTES, decideGesture, getGesture, getPolicies, listGestures, requestGesture, setCounterLock, setPolicy } from '../../domain/empowerment/index.js'
import type { Deps } from '../../domain/ports.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, Instant, Nullable, problems } from './common.schemas.js'
import {
  CouponView,
  DecisionView,
  GestureReasonSchema,
  GestureStatusSchema,
  GestureTypeSchema,
  GestureView,
  PolicyBody,
  PolicyView,
  toCouponView,
  toGestureView,
} from './empowerment.schemas.js'

const CounterLockView = Type.Object({ lockAfterMinutes: Type.Integer() })

export const empowermentRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  const Outcome = Type.Object({ gesture: GestureView, decision: DecisionView, coupon: Nullable(CouponView) })

  app.post(
    '/gestures',
    {
      schema: {
        tags: ['empowerment'],
        summary: 'Grant a gesture within policy (201), or ask a manager when it passes a limit (202)',
        body: Type.Object(
          {
            type: GestureTypeSchema,
            reason: GestureReasonSchema,
            valueMinor: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
            note: Type.Optional(Nullable(Type.String({ maxLength: 280 }))),
            customerId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
            orderId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
            coupon: Type.Optional(
              Type.Object(
                {
                  benefit: Type.Optional(Type.String({ maxLength: 120 })),
                  message: Type.Optional(Type.String({ maxLength: 280 })),
                  validDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 })),
                },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Outcome, 202: Outcome, ...problems(400, 401, 422) },
      },
    },
    async (request, reply) => {
      const { gesture, decision, coupon } = await requestGesture(deps, actorOf(request), request.body)
      return reply.code(gesture.status === 'granted' ? 201 : 202).send({ gesture: toGestureView(gesture), decision, coupon: coupon && toCouponView(coupon) })
    },
  )

  app.get(
    '/gestures',
    {
      schema: {
        tags: ['empowerment'],
        summary: 'The gesture log with totals (managers: their location; owners: any)',
        querystring: Type.Object({
          locationId: Type.Optional(Type.String({ maxLength: 64 })),
          staffId: Type.Optional(Type.String({ maxLength: 64 })),
          type: Type.Optional(GestureTypeSchema),
          reason: Type.Optional(GestureReasonSchema),
          status: Type.Optional(GestureStatusSchema),
          from: Type.Optional(Instant),
          to: Type.Optional(Instant),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        }),
        response: {
          200: Type.Object({
            gestures: Type.Array(GestureView),
            totals: Type.Object({ count: Type.Integer(), givenCount: Type.Integer(), givenValueMinor: Type.Integer(), pendingCount: Type.Integer() }),
          }),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { from, to, ...rest } = request.query
      const log = await listGestures(deps, actorOf(request), { ...rest, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined })
      return { gestures: log.gestures.map(toGestureView), totals: log.totals }
    },
  )

  app.get(
    '/gestures/:id',
    { schema: { tags: ['empowerment'], summary: 'One gesture or request', params: IdParams, response: { 200: GestureView, ...problems(401, 403, 404) } } },
    async (request) => toGestureView(await getGesture(deps, actorOf(request), request.params.id)),
  )

  app.post(
    '/gestures/:id/approval',
    {
      schema: {
        tags: ['empowerment'],
        summary: "A manager's one-tap answer: approve or decline, with an optional word",
        params: IdParams,
        body: Type.Object({ approve: Type.Boolean(), note: Type.Optional(Nullable(Type.String({ maxLength: 280 }))) }, { additionalProperties: false }),
        response: { 200: Type.Object({ gesture: GestureView, coupon: Nullable(CouponView) }), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { gesture, coupon } = await decideGesture(deps, actorOf(request), request.params.id, request.body)
      return { gesture: toGestureView(gesture), coupon: coupon && toCouponView(coupon) }
    },
  )

  app.get(
    '/budgets',
    {
      schema: {
        tags: ['empowerment'],
        summary: "Each staff member's goodwill budget use today",
        querystring: Type.Object({ locationId: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: {
          200: Type.Array(
            Type.Object({
              staffId: Type.String(),
              firstName: Type.String(),
              role: Type.String(),
              spentMinor: Type.Integer(),
              budgetMinor: Type.Integer(),
              remainingMinor: Type.Integer(),
            }),
          ),
          ...problems(401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request)
      return budgetsToday(deps, actor, request.query.locationId ?? actor.locationId)
    },
  )

  app.get(
    '/policies',
    {
      schema: {
        tags: ['empowerment'],
        summary: 'Chain-wide policies per role, location overrides, and the policy in force for you',
        response: {
          200: Type.Object({
            chain: Type.Object({ staff: PolicyView, manager: PolicyView }),
            overrides: Type.Array(Type.Object({ scope: Type.String(), policy: PolicyView })),
            mine: PolicyView,
            counter: CounterLockView,
          }),
          ...problems(401),
        },
      },
    },
    async (request) => getPolicies(deps, actorOf(request)),
  )

  app.put(
    '/policies/counter',
    {
      schema: {
        tags: ['empowerment'],
        summary: 'How long a counter tablet waits without a touch before it locks itself (owners; chain-wide)',
        body: Type.Object({ lockAfterMinutes: Type.Integer({ minimum: COUNTER_LOCK_MINUTES.min, maximum: COUNTER_LOCK_MINUTES.max }) }, { additionalProperties: false }),
        response: { 200: CounterLockView, ...problems(400, 401, 403, 422) },
      },
    },
    async (request) => setCounterLock(deps, actorOf(request), request.body),
  )

  app.put(
    '/policies/:scope/:role',
    {
      schema: {
        tags: ['empowerment'],
        summary: "Set a role's policy: scope 'chain' (owners) or a location id (its manager, inside the owner's bounds)",
        params: Type.Object({ scope: Type.String({ minLength: 1, maxLength: 64 }), role: Type.Union([Type.Literal('staff'), Type.Literal('manager')]) }),
        body: PolicyBody,
        response: { 200: PolicyView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const policy = { role: request.params.role, ...request.body }
      await setPolicy(deps, actorOf(request), request.params.scope, policy)
      return policy
    },
  )
}
