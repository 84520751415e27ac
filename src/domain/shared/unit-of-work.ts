import type { Clock } from './clock.js'
import type { Ids } from './ids.js'

/**
 * Runs work in one transaction over the repositories `TxRepos`: everything fn writes commits together or not at all.
 * @example await deps.uow.run(async (repos) => { await repos.customers.lockForUpdate(id); await repos.audit.record(event) })
 */
export interface UnitOfWork<TxRepos> {
  run<T>(fn: (repos: TxRepos) => Promise<T>): Promise<T>
}

/**
 * What a module's use cases take: the clock, ids, the module's reads outside a transaction (`Repos`, with no lock
 * methods) and its transactions (`TxRepos`, which add them).
 * @example export type TabsDeps = UseCaseDeps<TabsRepos, TabsTxRepos>
 */
export interface UseCaseDeps<Repos, TxRepos extends Repos = Repos> {
  clock: Clock
  ids: Ids
  /** Reads outside a transaction. */
  repos: Repos
  uow: UnitOfWork<TxRepos>
}

/** Cryptographically random bytes, for codes and tokens (node:crypto's randomBytes on the server). */
export interface RandomBytes {
  randomBytes: (size: number) => Uint8Array
}
