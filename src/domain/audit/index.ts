export type { ActorRef, AuditEvent, AuditPort } from './audit-event.js'
