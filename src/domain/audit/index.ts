export type { ActorRef, AuditCursor, AuditEvent, AuditFilter, AuditPort, AuditReadPort, StoredAuditEvent } from './audit-event.js'
export * from './audit-query.js'
