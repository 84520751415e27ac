export type { ActorRef, AuditCursor, AuditEvent, AuditFilter, StoredAuditEvent } from './audit-event.js'
export type { AuditDeps, AuditPort, AuditReadPort, AuditRepos } from './ports.js'
export { auditRecord, staffActor, type AuditSubject } from './audit-record.js'
export * from './audit-query.js'
