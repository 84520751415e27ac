import { randomBytes } from 'node:crypto'
import type { Config } from './config.js'
import { createDb, migrateToLatest, type Db } from './db/connect.js'
import { csvStream, exportsAdapter } from './db/export.js'
import { csvText, importDeps } from './db/import.js'
import { LiveHub } from './db/live-hub.js'
import { databaseRateLimitStore } from './db/rate-limit-store.js'
import { RecentSettings } from './db/repositories/outbox.repository.js'
import { makeRepositories, unitOfWork } from './db/repositories/index.js'
import type { Deps, Repositories } from './domain/ports.js'
import type { AppDatabaseServices } from './http/app.js'
import { systemClock, type Clock } from './domain/shared/clock.js'
import { uuidV7Ids, type Ids } from './domain/shared/ids.js'

export interface App {
  db: Db
  deps: Deps
  live: LiveHub
  /** The database code buildApp runs, handed in: `buildApp(app.deps, { ...app.http, … })`. */
  http: AppDatabaseServices
  close(): Promise<void>
}

/** config → database → repositories → the dependencies every use case takes. */
export async function compose(
  database: Config['database'],
  options: { clock?: Clock; ids?: Ids; migrate?: boolean; poolSize?: number } = {},
): Promise<App> {
  const db = createDb(database, { poolSize: options.poolSize })
  if (options.migrate !== false) await migrateToLatest(db)
  const ids = options.ids ?? uuidV7Ids
  // One memory of recently read settings for the process: reads outside transactions use it, every write forgets.
  const settings = new RecentSettings()
  const repos: Repositories = makeRepositories(db.kysely, db.dialect, ids, undefined, { settings, inTransaction: false })
  const live = new LiveHub(() => repos.live, database.dialect === 'postgres' ? database.url : undefined)
  const deps: Deps = {
    clock: options.clock ?? systemClock,
    ids,
    repos,
    uow: unitOfWork(db, ids, live.poke, settings),
    randomBytes: (size) => randomBytes(size),
  }
  const http: AppDatabaseServices = {
    transfers: { imports: importDeps(db, deps), exports: { exports: exportsAdapter(db) }, csvText, csvStream },
    // An embedded SQLite app is one process and counts in memory; instances on one PostgreSQL share their counts.
    ...(db.dialect === 'postgres' ? { rateLimitStore: databaseRateLimitStore(db.kysely) } : {}),
  }
  return {
    db,
    deps,
    live,
    http,
    close: async () => {
      await live.stop()
      await db.destroy()
    },
  }
}
