/** Who did something: a signed-in staff member, the system (workers, imports), or a customer on a public page. */
export type ActorRef = { type: 'staff'; id: string; locationId?: string } | { type: 'system'; id?: string } | { type: 'customer'; id?: string }

/** An append-only record of a state change or a sign-in. */
export interface AuditEvent {
  actor: ActorRef
  action: string
  subjectType: string
  subjectId: string | null
  locationId?: string | null
  before?: unknown
  after?: unknown
  at: Date
}

/** What the audit viewer asks for; every filter is optional and they narrow together. */
export interface AuditFilter {
  actorId?: string
  /** Exact, or a prefix when it ends with "." or "*" ("staff." finds staff.added, staff.changed…). */
  action?: string
  subjectType?: string
  subjectId?: string
  locationId?: string
  /** Inclusive. */
  from?: Date
  /** Exclusive. */
  to?: Date
}

/** Where a page ended: the next page starts strictly after it, newest first. */
export interface AuditCursor {
  at: Date
  id: string
}

export interface StoredAuditEvent {
  id: string
  at: Date
  actor: { type: string; id: string | null; name: string | null }
  action: string
  subjectType: string
  subjectId: string | null
  locationId: string | null
  before: unknown
  after: unknown
}

