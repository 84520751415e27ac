import type { AuditDeps } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { requireLocation, requireRole, type Actor } from '../access/index.js'
import type { AuditCursor, AuditFilter, StoredAuditEvent } from './audit-event.js'

export const AUDIT_PAGE_DEFAULT = 50
export const AUDIT_PAGE_MAX = 200
/** The most rows one CSV export holds; a narrower period gets the rest. */
export const AUDIT_EXPORT_MAX = 10_000

export interface AuditQuery {
  actorId?: string
  action?: string
  subjectType?: string
  subjectId?: string
  locationId?: string
  from?: string
  to?: string
  limit?: number
  cursor?: string
}

export interface AuditPage {
  events: StoredAuditEvent[]
  /** Null on the last page. */
  nextCursor: string | null
}

export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify({ at: cursor.at.toISOString(), id: cursor.id })).toString('base64url')
}

export function decodeCursor(text: string): AuditCursor {
  try {
    const { at, id } = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { at: unknown; id: unknown }
    const date = typeof at === 'string' ? new Date(at) : new Date(Number.NaN)
    if (typeof id !== 'string' || id.length === 0 || id.length > 64 || Number.isNaN(date.getTime())) throw new Error('bad cursor')
    return { at: date, id }
  } catch {
    throw new DomainError('invalid', 'audit.bad_cursor', 'That page link is broken. Start again from the first page.', { field: 'cursor' })
  }
}

function instant(value: string | undefined, field: string): Date | undefined {
  if (value === undefined || value === '') return undefined
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new DomainError('invalid', 'audit.bad_period', `${field === 'from' ? 'From' : 'To'} is not a date and time.`, { field })
  return date
}

/** The filter an actor may run: managers only ever see their own location's events. */
function scopedFilter(actor: Actor, query: AuditQuery): AuditFilter {
  requireRole(actor, 'manager', 'read the audit log')
  if (query.locationId) requireLocation(actor, query.locationId)
  const from = instant(query.from, 'from')
  const to = instant(query.to, 'to')
  if (from && to && from >= to) throw new DomainError('invalid', 'audit.bad_period', 'The period ends before it starts.', { field: 'to' })
  const locationId = actor.role === 'owner' ? query.locationId || undefined : actor.locationId
  const strip = (value: string | undefined) => (value ? value : undefined)
  return {
    actorId: strip(query.actorId),
    action: strip(query.action?.trim()),
    subjectType: strip(query.subjectType?.trim()),
    subjectId: strip(query.subjectId?.trim()),
    ...(locationId && { locationId }),
    ...(from && { from }),
    ...(to && { to }),
  }
}

/** One page of the audit log, newest first. */
export async function listAudit(deps: AuditDeps, actor: Actor, query: AuditQuery): Promise<AuditPage> {
  const filter = scopedFilter(actor, query)
  const limit = Math.min(Math.max(query.limit ?? AUDIT_PAGE_DEFAULT, 1), AUDIT_PAGE_MAX)
  const after = query.cursor ? decodeCursor(query.cursor) : null
  const rows = await deps.repos.audit.list(filter, limit + 1, after)
  const events = rows.slice(0, limit)
  const last = events.at(-1)
  return { events, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null }
}

/** Every matching event for a CSV export, up to AUDIT_EXPORT_MAX. */
export async function exportAudit(deps: AuditDeps, actor: Actor, query: AuditQuery): Promise<StoredAuditEvent[]> {
  return deps.repos.audit.list(scopedFilter(actor, query), AUDIT_EXPORT_MAX, null)
}
