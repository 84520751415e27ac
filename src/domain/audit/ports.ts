import type { AuditCursor, AuditEvent, AuditFilter, StoredAuditEvent } from './audit-event.js'

export interface AuditPort extends AuditReadPort {
  record(event: AuditEvent): Promise<void>
}

export interface AuditReadPort {
  /** Newest first (at desc, id desc), strictly after the cursor. */
  list(filter: AuditFilter, limit: number, after: AuditCursor | null): Promise<StoredAuditEvent[]>
}
