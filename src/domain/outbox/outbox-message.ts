/** An email or notification, written in the same transaction as the change that causes it. */
export interface OutboxMessage {
  topic: string
  payload: Record<string, unknown>
  availableAt?: Date
}

export interface StoredOutboxMessage extends OutboxMessage {
  id: string
  createdAt: Date
  attempts: number
  deliveredAt: Date | null
  lastError: string | null
}

/** An email as the outbox holds it; `email.send` messages carry one. */
export interface Email {
  to: string
  subject: string
  text: string
}

