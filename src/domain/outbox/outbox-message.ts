/** An email or notification, written in the same transaction as the change that causes it. */
export interface OutboxMessage {
  topic: string
  payload: Record<string, unknown>
  availableAt?: Date
}

export interface OutboxPort {
  enqueue(message: OutboxMessage, at: Date): Promise<void>
}
