import { expireLapsedRequests } from './domain/empowerment/index.js'
import { BGNBD_SETTING, refitBgNbdIfPossible } from './domain/insights/index.js'
import { expireStamps } from './domain/loyalty/index.js'
import { IDEMPOTENCY_TTL_MS } from './domain/orders/index.js'
import { deliverOutbox, type MailTransport } from './domain/outbox/index.js'
import type { Deps } from './domain/ports.js'

/** Background work every instance runs; each job is safe to run on many instances at once. */
export function startJobs(deps: Deps, mail: MailTransport, log: { error(obj: unknown, msg: string): void }): () => void {
  const every = (ms: number, name: string, job: () => Promise<unknown>) => {
    const timer = setInterval(() => job().catch((err) => log.error({ err }, `${name} failed`)), ms)
    timer.unref()
    return timer
  }
  const refit = async () => {
    const last = await deps.repos.settings.get<{ fittedAt: string }>(BGNBD_SETTING)
    // Nightly: refit when the last fit is a day old; every instance may try, the fit is the same.
    if (last && deps.clock.now().getTime() - Date.parse(last.fittedAt) < 24 * 60 * 60_000) return
    await refitBgNbdIfPossible(deps)
  }
  void refit().catch((err) => log.error({ err }, 'refit the visit model failed'))
  const timers = [
    every(60 * 60_000, 'refit the visit model', refit),
    every(5_000, 'expire approvals', () => expireLapsedRequests(deps)),
    // Batches expire at a local midnight; looking every five minutes writes each expiry soon after it is due.
    every(5 * 60_000, 'expire stamps', () => expireStamps(deps)),
    every(5_000, 'deliver the outbox', () => deliverOutbox(deps, mail)),
    every(60 * 60_000, 'purge idempotency keys', () => deps.repos.idempotency.purgeBefore(new Date(deps.clock.now().getTime() - IDEMPOTENCY_TTL_MS))),
  ]
  return () => timers.forEach(clearInterval)
}
