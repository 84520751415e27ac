import { expireLapsedRequests } from './domain/empowerment/index.js'
import { IDEMPOTENCY_TTL_MS } from './domain/orders/index.js'
import type { Deps } from './domain/ports.js'

/** Background work every instance runs; each job is safe to run on many instances at once. */
export function startJobs(deps: Deps, log: { error(obj: unknown, msg: string): void }): () => void {
  const every = (ms: number, name: string, job: () => Promise<unknown>) => {
    const timer = setInterval(() => job().catch((err) => log.error({ err }, `${name} failed`)), ms)
    timer.unref()
    return timer
  }
  const timers = [
    every(5_000, 'expire approvals', () => expireLapsedRequests(deps)),
    every(60 * 60_000, 'purge idempotency keys', () => deps.repos.idempotency.purgeBefore(new Date(deps.clock.now().getTime() - IDEMPOTENCY_TTL_MS))),
  ]
  return () => timers.forEach(clearInterval)
}
