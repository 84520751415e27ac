import type { Deps, TxRepositories } from '../../src/domain/ports.js'
import { fixedClock } from '../../src/domain/shared/clock.js'
import type { Ids } from '../../src/domain/shared/ids.js'
import { isRollbackable, strictPort, type Rollbackable } from './strict.js'

export const TEST_NOW = '2026-11-20T15:00:00.000Z'

/** Ids that say what they are and in which order they were made: id-1, id-2 … */
export function sequentialIds(prefix = 'id'): Ids & { issued: number } {
  const ids = { issued: 0, next: () => `${prefix}-${++ids.issued}` }
  return ids
}

/**
 * Deps for a use-case test with no database: the given ports (in-memory fakes), and every other port strict, so an
 * unexpected call fails loudly. A unit of work runs on the same ports and takes back the fakes' writes when it throws,
 * as a rolled-back transaction would; the fakes passed as `tables` are the ones it restores.
 */
export function fakeDeps(ports: Partial<TxRepositories>, options: { tables?: object[]; now?: string } = {}) {
  const clock = fixedClock(options.now ?? TEST_NOW)
  const ids = sequentialIds()
  const repos = new Proxy(ports as TxRepositories, {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || key in target) return Reflect.get(target, key, receiver)
      return strictPort(`repos.${key}`)
    },
  })
  const tables = (options.tables ?? []).filter(isRollbackable) as Rollbackable[]
  let transactions = 0
  const deps: Deps = {
    clock,
    ids,
    repos,
    uow: {
      async run(fn) {
        transactions += 1
        const snapshots = tables.map((table) => table.snapshot())
        try {
          return await fn(repos)
        } catch (error) {
          tables.forEach((table, index) => table.restore(snapshots[index]))
          throw error
        }
      },
    },
    randomBytes: (size) => new Uint8Array(size).map((_, index) => (index * 37 + 11) % 256),
  }
  return { deps, repos, clock, ids, transactions: () => transactions }
}
