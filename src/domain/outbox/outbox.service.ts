import type { OutboxDeps } from './ports.js'
import { requireRole, type Actor } from '../access/index.js'
import type { Email, StoredOutboxMessage } from './outbox-message.js'

/** Sends an email; throws when the mail server refuses or cannot be reached. */
export interface MailTransport {
  readonly configured: boolean
  send(email: Email): Promise<void>
}

export const MAX_ATTEMPTS = 8

/** 30 s, 1 min, 2 min … capped at an hour: a mail server that is down gets time to come back. */
export const retryDelayMs = (attempts: number) => Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1))

/**
 * Delivers due outbox messages. Emails go to the mail server when one is configured; without one
 * they stay in the outbox, readable in the app. Failures are retried with backoff, never dropped.
 */
export async function deliverOutbox(deps: OutboxDeps, mail: MailTransport, limit = 20): Promise<number> {
  const now = deps.clock.now()
  // Claim in one short transaction and send outside it: a slow mail server must not hold the database.
  const due = await deps.uow.run((repos) => repos.outbox.claimDue(now, limit, new Date(now.getTime() + LEASE_MS)))
  let delivered = 0
  for (const message of due) {
    if (message.topic === 'email.send' && !mail.configured) {
      await deps.uow.run((repos) => repos.outbox.markFailed(message.id, 'No mail server is configured (SMTP_URL); the email waits in the outbox.', new Date(now.getTime() + HOLD_MS), false))
      continue
    }
    try {
      if (message.topic === 'email.send') await mail.send(message.payload as unknown as Email)
      await deps.uow.run((repos) => repos.outbox.markDelivered(message.id, deps.clock.now()))
      delivered += 1
    } catch (error) {
      const retryAt = new Date(deps.clock.now().getTime() + retryDelayMs(message.attempts + 1))
      await deps.uow.run((repos) => repos.outbox.markFailed(message.id, error instanceof Error ? error.message : String(error), retryAt, true))
    }
  }
  return delivered
}

const LEASE_MS = 5 * 60_000
/** Without a mail server, emails are looked at again hourly, in case one has been configured since. */
const HOLD_MS = 60 * 60_000

/** The in-app outbox: what was (or will be) sent, for owners. */
export async function listOutbox(deps: OutboxDeps, actor: Actor, options: { limit?: number } = {}): Promise<StoredOutboxMessage[]> {
  requireRole(actor, 'owner', 'read the outbox')
  return deps.repos.outbox.list({ limit: Math.min(options.limit ?? 100, 500), topic: 'email.send' })
}
