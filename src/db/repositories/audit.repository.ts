import { sql } from 'kysely'
import type { AuditPort } from '../../domain/audit/index.js'
import type { Ids } from '../../domain/shared/ids.js'
import type { Executor } from '../transaction.js'

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))
const parsed = (value: string | null) => (value === null ? null : JSON.parse(value))
/** LIKE with the filter's own % and _ taken literally. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

export function auditRepository(db: Executor, ids: Ids): AuditPort {
  return {
    async record(event) {
      await db
        .insertInto('audit_event')
        .values({
          id: ids.next(),
          at: event.at.toISOString(),
          actor_type: event.actor.type,
          actor_id: event.actor.id ?? null,
          location_id: event.locationId ?? null,
          action: event.action,
          subject_type: event.subjectType,
          subject_id: event.subjectId,
          before: json(event.before),
          after: json(event.after),
        })
        .execute()
    },
    async list(filter, limit, after) {
      let query = db
        .selectFrom('audit_event as a')
        .leftJoin('staff_member as s', (join) => join.onRef('s.id', '=', 'a.actor_id').on('a.actor_type', '=', 'staff'))
        .select(['a.id', 'a.at', 'a.actor_type', 'a.actor_id', 'a.location_id', 'a.action', 'a.subject_type', 'a.subject_id', 'a.before', 'a.after', 's.first_name', 's.last_name'])
      if (filter.actorId) query = query.where('a.actor_id', '=', filter.actorId)
      if (filter.action) {
        const prefix = filter.action.endsWith('*') ? filter.action.slice(0, -1) : filter.action.endsWith('.') ? filter.action : null
        query = prefix === null ? query.where('a.action', '=', filter.action) : query.where(sql<boolean>`a.action like ${likePrefix(prefix)} escape '\\'`)
      }
      if (filter.subjectType) query = query.where('a.subject_type', '=', filter.subjectType)
      if (filter.subjectId) query = query.where('a.subject_id', '=', filter.subjectId)
      if (filter.locationId) query = query.where('a.location_id', '=', filter.locationId)
      if (filter.from) query = query.where('a.at', '>=', filter.from.toISOString())
      if (filter.to) query = query.where('a.at', '<', filter.to.toISOString())
      if (after) {
        const at = after.at.toISOString()
        query = query.where((eb) => eb.or([eb('a.at', '<', at), eb.and([eb('a.at', '=', at), eb('a.id', '<', after.id)])]))
      }
      const rows = await query.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).execute()
      return rows.map((row) => ({
        id: row.id,
        at: new Date(row.at),
        actor: { type: row.actor_type, id: row.actor_id, name: row.first_name ? [row.first_name, row.last_name].filter(Boolean).join(' ') : null },
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        locationId: row.location_id,
        before: parsed(row.before),
        after: parsed(row.after),
      }))
    },
  }
}
