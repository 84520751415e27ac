import type { AuditCursor, AuditEvent, AuditFilter, StoredAuditEvent } from './audit-event.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'

export interface AuditPort extends AuditReadPort {
  record(event: AuditEvent): Promise<void>
}

export interface AuditReadPort {
  /** Newest first (at desc, id desc), strictly after the cursor. */
  list(filter: AuditFilter, limit: number, after: AuditCursor | null): Promise<StoredAuditEvent[]>
}

/** The audit viewer reads the trail and nothing else. */
export interface AuditRepos {
  audit: AuditReadPort
}

export type AuditDeps = Pick<UseCaseDeps<AuditRepos>, 'repos'>
