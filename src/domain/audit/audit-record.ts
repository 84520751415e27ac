import type { Actor } from '../access/index.js'
import type { ActorRef, AuditEvent } from './audit-event.js'

/** Who the audit trail names for a signed-in staff member: them, at the location they signed in at. */
export const staffActor = (actor: Pick<Actor, 'staffId' | 'locationId'>): ActorRef => ({ type: 'staff', id: actor.staffId, locationId: actor.locationId })

/** What an audit event is about: `{ type: 'coupon', id: coupon.id }`. */
export interface AuditSubject {
  type: string
  id: string | null
}

/**
 * A staff member's audit event: what they did, to what, when, and optionally where and the state before and after.
 * @example await repos.audit.record(auditRecord(actor, 'tab.opened', { type: 'tab_account', id: account.id }, now, { after: account }))
 */
export function auditRecord(actor: Pick<Actor, 'staffId' | 'locationId'>, action: string, subject: AuditSubject, at: Date, change: Pick<AuditEvent, 'locationId' | 'before' | 'after'> = {}): AuditEvent {
  return { actor: staffActor(actor), action, subjectType: subject.type, subjectId: subject.id, ...change, at }
}
