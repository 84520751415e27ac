import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { stringify } from 'csv-stringify/sync'
import type { Deps } from '../../domain/ports.js'
import { eraseCustomer, exportCustomerData, type CustomerDataExport } from '../../domain/privacy/index.js'
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

export const privacyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
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
      reply.header('cache-control', 'no-store')
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
