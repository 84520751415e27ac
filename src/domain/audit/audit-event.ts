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

export interface AuditPort {
  record(event: AuditEvent): Promise<void>
}
