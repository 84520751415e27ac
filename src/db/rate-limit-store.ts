import { sql, type Kysely } from 'kysely'
import type { Database } from './schema.js'

/** What @fastify/rate-limit's store hands back for each request: the count in the window and the ms left of it. */
export interface RateLimitCount {
  current: number
  ttl: number
}

/** How long a finished window's row is kept before it is purged (any request may purge, at most every 10 min). */
const KEEP_MS = 24 * 60 * 60_000
const PURGE_EVERY_MS = 10 * 60_000

/**
 * Counts one request for `key` in a fixed window of `windowMs`, in one atomic upsert: every app instance on the
 * same PostgreSQL shares the count, so a stranger gets the limit once, not once per instance.
 */
export async function countHit(db: Kysely<Database>, key: string, windowMs: number, nowMs: number): Promise<RateLimitCount> {
  const row = await db
    .insertInto('rate_limit_hit')
    .values({ key, window_start_ms: nowMs, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const ended = sql<boolean>`${eb.ref('rate_limit_hit.window_start_ms')} + ${windowMs} <= ${nowMs}`
        return {
          hits: sql<number>`case when ${ended} then 1 else ${eb.ref('rate_limit_hit.hits')} + 1 end`,
          window_start_ms: sql<number>`case when ${ended} then ${nowMs} else ${eb.ref('rate_limit_hit.window_start_ms')} end`,
        }
      }),
    )
    .returning(['hits', 'window_start_ms'])
    .executeTakeFirstOrThrow()
  return { current: Number(row.hits), ttl: Math.max(0, Number(row.window_start_ms) + windowMs - nowMs) }
}

/**
 * A store for @fastify/rate-limit that keeps counts in the database (`new Store(options)`, then `child()` per
 * route, as the plugin does). Used on PostgreSQL, where many instances serve one business; an embedded SQLite app
 * is one process and keeps its counts in memory.
 */
export function databaseRateLimitStore(db: Kysely<Database>, now: () => number = Date.now) {
  let lastPurge = 0
  const purge = (nowMs: number) => {
    if (nowMs - lastPurge < PURGE_EVERY_MS) return
    lastPurge = nowMs
    void db.deleteFrom('rate_limit_hit').where('window_start_ms', '<', nowMs - KEEP_MS).execute().catch(() => (lastPurge = 0))
  }
  return class DatabaseRateLimitStore {
    private readonly prefix: string

    /** The plugin constructs the store with its options; each route's child prefixes its keys with the route. */
    constructor(_options?: unknown, prefix = '') {
      this.prefix = prefix
    }

    /** The plugin passes the route's window (ms) after the callback, though its types do not say so. */
    incr(key: string, callback: (error: Error | null, result?: RateLimitCount) => void, timeWindow = 60_000): void {
      const nowMs = now()
      countHit(db, `${this.prefix}${key}`, timeWindow, nowMs).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      )
      purge(nowMs)
    }

    child(routeOptions: unknown) {
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo
      return new DatabaseRateLimitStore(undefined, `${String(route?.method ?? '')} ${String(route?.url ?? '')} `)
    }
  }
}
