import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { stringify } from 'csv-stringify/sync'
import type { Deps } from '../../domain/ports.js'
import { decidePrivacyRequest, eraseCustomer, exportCustomerData, listPrivacyRequests, requestPrivacy, type CustomerDataExport, type PrivacyRequest } from '../../domain/privacy/index.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, problems } from './common.schemas.js'

const ExportView = Type.Object(
  {
    customer: Type.Object({}, { additionalProperties: true }),
    notes: Type.Array(Type.Object({}, { additionalProperties: true })),
    orders: Type.Array(Type.Object({}, { additionalProperties: true })),
    gestures: Type.Array(Type.Object({}, { additionalProperties: true })),
    coupons: Type.Array(Type.Object({}, { additionalProperties: true })),
    feedback: Type.Array(Type.Object({}, { additionalProperties: true })),
  },
  { description: 'Every stored row that names or describes the customer, as stored (times are UTC, money in minor units).' },
)

/** One row per stored field: record kind, record id, field, value. Nested values (order lines) are JSON. */
function toCsv(data: CustomerDataExport): string {
  const rows: string[][] = [['record', 'id', 'field', 'value']]
  const add = (record: string, row: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(row)) {
      rows.push([record, String(row.id ?? ''), field, value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value)])
    }
  }
  add('customer', data.customer)
  for (const [record, list] of [['note', data.notes], ['order', data.orders], ['gesture', data.gestures], ['coupon', data.coupons], ['feedback', data.feedback]] as const) {
    for (const row of list) add(record, row)
  }
  return stringify(rows)
}

const PrivacyRequestView = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('export'), Type.Literal('erasure')]),
  contactEmail: Type.String(),
  customerId: Type.Union([Type.Null(), Type.String()]),
  status: Type.Union([Type.Literal('requested'), Type.Literal('done'), Type.Literal('declined')]),
  requestedAt: Type.String({ format: 'date-time' }),
  decidedAt: Type.Union([Type.Null(), Type.String({ format: 'date-time' })]),
})

const toPrivacyRequestView = (request: PrivacyRequest) => ({
  id: request.id,
  kind: request.kind,
  contactEmail: request.contactEmail,
  customerId: request.customerId,
  status: request.status,
  requestedAt: request.requestedAt.toISOString(),
  decidedAt: request.decidedAt?.toISOString() ?? null,
})

export const privacyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/public/privacy-requests',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 hour' } },
      schema: {
        tags: ['public', 'privacy'],
        summary: 'A customer asks for a copy of their data or its erasure; the owner confirms, and the answer goes to the email given',
        body: Type.Object({ kind: Type.Union([Type.Literal('export'), Type.Literal('erasure')]), email: Type.String({ minLength: 3, maxLength: 254 }) }, { additionalProperties: false }),
        response: { 202: Type.Object({ thanks: Type.String() }), ...problems(400, 422, 429) },
      },
    },
    async (request, reply) => {
      await requestPrivacy(deps, request.body)
      return reply.code(202).send({ thanks: 'Thank you. The owner will answer by email, usually within a few days.' })
    },
  )

  app.get(
    '/privacy-requests',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Data requests from customers, newest first (owners)',
        response: { 200: Type.Object({ requests: Type.Array(PrivacyRequestView) }), ...problems(401, 403) },
      },
    },
    async (request) => ({ requests: (await listPrivacyRequests(deps, actorOf(request))).map(toPrivacyRequestView) }),
  )

  app.post(
    '/privacy-requests/:id/decision',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Confirm (email the copy, or erase) or decline a data request (owners); answered once',
        params: IdParams,
        body: Type.Object({ confirm: Type.Boolean(), reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
        response: { 200: PrivacyRequestView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => toPrivacyRequestView(await decidePrivacyRequest(deps, actorOf(request), request.params.id, request.body)),
  )

  app.get(
    '/customers/:id/data',
    {
      schema: {
        tags: ['privacy'],
        summary: "A copy of everything held about a customer (owners), as JSON, or as CSV with ?format=csv",
        params: IdParams,
        querystring: Type.Object({ format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])) }),
        response: { 200: ExportView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const data = await exportCustomerData(deps, actorOf(request), request.params.id)
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="customer-${request.params.id}.csv"`)
          .serializer((payload: string) => payload)
          .send(toCsv(data) as never)
      }
      return reply.header('content-disposition', `attachment; filename="customer-${request.params.id}.json"`).send(data)
    },
  )

  app.post(
    '/customers/:id/erasure',
    {
      schema: {
        tags: ['privacy'],
        summary: "Erase a customer's personal data (owners): name, contacts, birthday, household, notes and feedback words go; orders and ledgers stay under an anonymous name",
        params: IdParams,
        response: { 200: Type.Object({ anonymousName: Type.String() }), ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => eraseCustomer(deps, actorOf(request), request.params.id),
  )
}
