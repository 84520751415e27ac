import type { AuditPort } from '../../domain/audit/index.js'
import type { Ids } from '../../domain/shared/ids.js'
import type { Executor } from '../transaction.js'

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))

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
  }
}
