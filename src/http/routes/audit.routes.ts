import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { stringify } from 'csv-stringify/sync'
import { AUDIT_PAGE_MAX, exportAudit, listAudit, type StoredAuditEvent } from '../../domain/audit/index.js'
import type { Deps } from '../../domain/ports.js'
import { actorOf } from '../plugins/auth.js'
import { problems } from './common.schemas.js'

const Text = Type.String({ maxLength: 200 })

const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Type.String({ maxLength: 64 })),
    action: Type.Optional(Type.String({ maxLength: 100, description: 'Exact, or a prefix ending in "." or "*" (staff. finds every staff action)' })),
    subjectType: Type.Optional(Text),
    subjectId: Type.Optional(Text),
    locationId: Type.Optional(Type.String({ maxLength: 64, description: 'Owners only; managers always see their own location' })),
    from: Type.Optional(Type.String({ maxLength: 40, description: 'Inclusive, an ISO instant' })),
    to: Type.Optional(Type.String({ maxLength: 40, description: 'Exclusive, an ISO instant' })),
  },
  { additionalProperties: false },
)

const AuditEventView = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.Object({ type: Type.String(), id: Type.Union([Type.Null(), Type.String()]), name: Type.Union([Type.Null(), Type.String()]) }),
  action: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.Union([Type.Null(), Type.String()]),
  locationId: Type.Union([Type.Null(), Type.String()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
})

const toView = (event: StoredAuditEvent) => ({ ...event, at: event.at.toISOString() })

const CSV_COLUMNS = ['at', 'actor_type', 'actor_id', 'actor_name', 'action', 'subject_type', 'subject_id', 'location_id', 'before', 'after']

/** The audit log for owners (everything) and managers (their location): filtered, paged newest first, and as CSV. */
export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit events newest first, filtered; follow nextCursor for the next page',
        querystring: Type.Object({
          ...AuditQuery.properties,
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: AUDIT_PAGE_MAX })),
          cursor: Type.Optional(Type.String({ maxLength: 300 })),
        }, { additionalProperties: false }),
        response: { 200: Type.Object({ events: Type.Array(AuditEventView), nextCursor: Type.Union([Type.Null(), Type.String()]) }), ...problems(400, 401, 403, 422) },
      },
    },
    async (request) => {
      const page = await listAudit(deps, actorOf(request), request.query)
      return { events: page.events.map(toView), nextCursor: page.nextCursor }
    },
  )

  app.get(
    '/audit.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'The filtered audit log as CSV (up to 10,000 rows, newest first); cells that look like formulas are escaped',
        querystring: AuditQuery,
        produces: ['text/csv'],
        response: { 200: { description: 'CSV', content: { 'text/csv': { schema: Type.String() } } }, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const now = deps.clock.now()
      const events = await exportAudit(deps, actorOf(request), request.query)
      const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value))
      const rows = events.map((event) => [
        event.at.toISOString(),
        event.actor.type,
        event.actor.id ?? '',
        event.actor.name ?? '',
        event.action,
        event.subjectType,
        event.subjectId ?? '',
        event.locationId ?? '',
        json(event.before),
        json(event.after),
      ])
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${now.toISOString().slice(0, 10)}.csv"`)
        .send(stringify(rows, { header: true, columns: CSV_COLUMNS, escape_formulas: true }))
    },
  )
}
