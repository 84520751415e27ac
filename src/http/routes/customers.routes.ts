import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { addNote, createCustomer, updateCustomer } from '../../domain/customers/index.js'
import type { Deps } from '../../domain/ports.js'
import { greetingCard, searchToGreet } from '../../domain/recognition/index.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, problems } from './common.schemas.js'
import {
  CustomerInputBody,
  CustomerPatchBody,
  CustomerView,
  GreetingCardView,
  NoteView,
  SearchResultView,
  toCustomerView,
  toGreetingCardView,
  toNoteView,
} from './customers.schemas.js'

export const customerRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        summary: 'Find customers by phone, name (prefix, one typo per word) or loyalty card code',
        querystring: Type.Object({ q: Type.String({ maxLength: 100 }) }),
        response: { 200: Type.Object({ results: Type.Array(SearchResultView) }), ...problems(400, 401) },
      },
    },
    async (request) => {
      const found = await searchToGreet(deps, actorOf(request), request.query.q)
      return {
        results: found.map(({ hit, tier }) => ({
          id: hit.customer.id,
          displayName: hit.customer.displayName,
          member: hit.member,
          phoneLast4: hit.customer.phone?.slice(-4) ?? null,
          tier,
          matchedBy: hit.matchedBy,
        })),
      }
    },
  )

  app.post(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        summary: 'Create a customer; a phone already on file is refused with a link to its customer',
        body: CustomerInputBody,
        response: { 201: CustomerView, ...problems(400, 401, 409, 422) },
      },
    },
    async (request, reply) => {
      const customer = await createCustomer(deps, actorOf(request), request.body)
      return reply.code(201).header('location', `/api/v1/customers/${customer.id}`).send(toCustomerView(customer))
    },
  )

  app.get(
    '/customers/:id/card',
    {
      schema: {
        tags: ['customers'],
        summary: 'The greeting card: who they are, their usual, tier, last visit, notes',
        params: IdParams,
        response: { 200: GreetingCardView, ...problems(401, 404) },
      },
    },
    async (request) => toGreetingCardView(await greetingCard(deps, actorOf(request), request.params.id)),
  )

  app.patch(
    '/customers/:id',
    {
      schema: {
        tags: ['customers'],
        summary: 'Edit customer details (managers and owners)',
        params: IdParams,
        body: CustomerPatchBody,
        response: { 200: CustomerView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toCustomerView(await updateCustomer(deps, actorOf(request), request.params.id, request.body)),
  )

  app.post(
    '/customers/:id/notes',
    {
      schema: {
        tags: ['customers'],
        summary: 'Jot a note on a customer',
        params: IdParams,
        body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }),
        response: { 201: NoteView, ...problems(400, 401, 404, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(toNoteView(await addNote(deps, actorOf(request), request.params.id, request.body.body))),
  )
}
