import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { closeFeedback, completeTask, feedbackForm, giveKudos, markKudosSeen, newKudosFor, listFeedback, listTasks, replyToFeedback, submitFeedback } from '../../domain/feedback/index.js'
import type { Deps } from '../../domain/ports.js'
import { businessSettings } from '../../domain/shared/settings.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, Nullable, problems } from './common.schemas.js'
import { FeedbackBody, FeedbackKindSchema, FeedbackStatusSchema, FeedbackView, KudosNewsView, KudosView, ReplyView, SourceParams, TaskView, toFeedbackView, toKudosNewsView, toKudosView, toReplyView, toTaskView } from './feedback.schemas.js'

/** Customers share café wifi, so a few a minute from one address are normal; floods are not. */
const SUBMIT_RATE = { max: 10, timeWindow: '1 minute' }

export const feedbackRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/public/feedback/:source',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: "The feedback page's form: the location's name and its staff's first names, to name who served you",
        params: SourceParams,
        response: {
          200: Type.Object({
            business: Type.String(),
            locale: Type.String(),
            locationName: Type.String(),
            staff: Type.Array(Type.Object({ id: Type.String(), firstName: Type.String() })),
          }),
          ...problems(404, 429),
        },
      },
    },
    async (request) => {
      const form = await feedbackForm(deps, request.params.source)
      const business = await businessSettings(deps.repos.settings)
      return { business: business.name, locale: business.locale, locationName: form.locationName, staff: form.staff }
    },
  )

  app.post(
    '/public/feedback/:source',
    {
      config: { public: true, rateLimit: SUBMIT_RATE },
      schema: {
        tags: ['public'],
        summary: 'Leave praise, a problem or an idea from a coupon, receipt or location QR code; praise naming someone is kudos for them',
        params: SourceParams,
        body: FeedbackBody,
        response: { 201: Type.Object({ thanks: Type.String() }), ...problems(400, 404, 422, 429) },
      },
    },
    async (request, reply) => {
      const { feedback, staffFirstName } = await submitFeedback(deps, request.params.source, request.body)
      const thanks =
        feedback.kind === 'praise' && staffFirstName
          ? `${staffFirstName} and their manager will see this today.`
          : feedback.kind === 'problem'
            ? `A manager will look into it by tomorrow${feedback.contactEmail ? ' and write to you' : ''}.`
            : 'The team will see this today.'
      return reply.code(201).send({ thanks })
    },
  )

  app.get(
    '/feedback',
    {
      schema: {
        tags: ['feedback'],
        summary: 'The feedback inbox, newest first: managers see their location, owners any or all',
        querystring: Type.Object({
          locationId: Type.Optional(Type.String({ maxLength: 64 })),
          status: Type.Optional(FeedbackStatusSchema),
          kind: Type.Optional(FeedbackKindSchema),
          before: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'the id of the last feedback shown: the next page starts after it' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
        }),
        response: { 200: Type.Array(FeedbackView), ...problems(400, 401, 403, 422) },
      },
    },
    async (request) => (await listFeedback(deps, actorOf(request), request.query)).map(toFeedbackView),
  )

  app.post(
    '/feedback/:id/replies',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Reply to a customer by email (through the outbox); the feedback becomes replied',
        params: IdParams,
        body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 4_000 }) }, { additionalProperties: false }),
        response: { 201: ReplyView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const business = await businessSettings(deps.repos.settings)
      const sent = await replyToFeedback(deps, actorOf(request), request.params.id, { body: request.body.body, business: business.name })
      return reply.code(201).send(toReplyView(sent))
    },
  )

  app.post(
    '/feedback/:id/close',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Close feedback that needs nothing more; closed feedback takes no more replies',
        params: IdParams,
        response: { 200: FeedbackView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => toFeedbackView(await closeFeedback(deps, actorOf(request), request.params.id)),
  )

  app.post(
    '/kudos',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Give kudos to a staff member (managers: their location; owners: anyone)',
        body: Type.Object(
          {
            staffId: Type.String({ minLength: 1, maxLength: 64 }),
            note: Type.Optional(Nullable(Type.String({ maxLength: 280 }))),
            feedbackId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
          },
          { additionalProperties: false },
        ),
        response: { 201: KudosView, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(toKudosView(await giveKudos(deps, actorOf(request), request.body))),
  )

  app.get(
    '/tasks',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Open recovery and thank-you tasks, soonest due first',
        querystring: Type.Object({ locationId: Type.Optional(Type.String({ maxLength: 64 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }),
        response: { 200: Type.Array(TaskView), ...problems(400, 401, 403) },
      },
    },
    async (request) => (await listTasks(deps, actorOf(request), request.query)).map(toTaskView),
  )

  app.post(
    '/tasks/:id/done',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Mark a recovery or thank-you task done (once: a second time is 409)',
        params: IdParams,
        response: { 200: TaskView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => toTaskView(await completeTask(deps, actorOf(request), request.params.id)),
  )

  app.get(
    '/me/kudos',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Praise for the signed-in staff member that they have not seen yet, newest first (up to 10)',
        response: { 200: Type.Array(KudosNewsView), ...problems(401) },
      },
    },
    async (request) => (await newKudosFor(deps, actorOf(request))).map(toKudosNewsView),
  )

  app.post(
    '/me/kudos/seen',
    {
      schema: {
        tags: ['feedback'],
        summary: 'The signed-in staff member has seen these kudos; ids of anyone else’s are ignored',
        body: Type.Object({ ids: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 50 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ seen: Type.Integer() }), ...problems(400, 401) },
      },
    },
    async (request) => markKudosSeen(deps, actorOf(request), request.body.ids),
  )
}
