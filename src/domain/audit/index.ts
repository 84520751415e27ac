export type { ActorRef, AuditCursor, AuditEvent, AuditFilter, StoredAuditEvent } from './audit-event.js'
export type { AuditPort, AuditReadPort } from './ports.js'
export * from './audit-query.js'
