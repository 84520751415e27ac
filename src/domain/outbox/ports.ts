import type { OutboxMessage, StoredOutboxMessage } from './outbox-message.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'

export interface OutboxPort {
  enqueue(message: OutboxMessage, at: Date): Promise<void>
  markDelivered(id: string, at: Date): Promise<void>
  /** `countAttempt` false: held back (no mail server), not a failed try. */
  markFailed(id: string, error: string, retryAt: Date, countAttempt: boolean): Promise<void>
  list(options: { limit: number; topic?: string }): Promise<StoredOutboxMessage[]>
}

/** The outbox inside a transaction, where a worker leases due messages. */
export interface OutboxTxPort extends OutboxPort {
  /**
   * Leases up to `limit` due messages to this worker until `leaseUntil`;
   * on PostgreSQL rows other workers are claiming are skipped (FOR UPDATE SKIP LOCKED). A worker that
   * dies mid-send lets its lease lapse, and the message is sent again: at least once, never lost.
   */
  claimDue(at: Date, limit: number, leaseUntil: Date): Promise<StoredOutboxMessage[]>
}

export interface OutboxRepos {
  outbox: OutboxPort
}

/** A worker leases due messages in a transaction. */
export interface OutboxTxRepos extends OutboxRepos {
  outbox: OutboxTxPort
}

export type OutboxDeps = UseCaseDeps<OutboxRepos, OutboxTxRepos>
