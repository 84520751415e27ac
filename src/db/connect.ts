import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { DatabaseConfig } from '../config.js'
import { UsualMigrationProvider } from './migrations/index.js'
import type { Database } from './schema.js'

export type Dialect = 'sqlite' | 'postgres'

export const DEFAULT_SQLITE_CACHE_MB = 64

export interface Db {
  readonly kysely: Kysely<Database>
  readonly dialect: Dialect
  /** The raw better-sqlite3 handle on SQLite (backups, bulk loads); undefined on PostgreSQL. */
  readonly sqlite: SQLite.Database | undefined
  destroy(): Promise<void>
}

// int8 (counts, sums) arrives as a string by default; every such value here fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value))

/**
 * Opens the database named by the configuration.
 * @example const db = createDb({ dialect: 'sqlite', file: ':memory:' })
 */
export function createDb(config: DatabaseConfig, options: { poolSize?: number } = {}): Db {
  if (config.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: options.poolSize ?? 10 })
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return { kysely, dialect: 'postgres', sqlite: undefined, destroy: () => kysely.destroy() }
  }
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true })
  const sqlite = new SQLite(config.file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // 64 MB of page cache unless configured (SQLite's default is 2 MB): big indexes stay in memory.
  sqlite.pragma(`cache_size = -${(config.cacheMb ?? DEFAULT_SQLITE_CACHE_MB) * 1024}`)
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
  return { kysely, dialect: 'sqlite', sqlite, destroy: () => kysely.destroy() }
}

/**
 * Kysely prepares every query anew; preparing costs as much as running a small indexed query, so
 * statements are kept by their SQL text (Kysely runs one query at a time on this connection).
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql)
      if (statement) {
        cache.delete(sql)
      } else {
        statement = sqlite.prepare(sql)
        if (cache.size >= size) cache.delete(cache.keys().next().value!)
      }
      cache.set(sql, statement)
      return statement
    },
  }
}

/**
 * On PostgreSQL the migrator's own tables live in the connection's current schema: without naming it,
 * Kysely looks for them across every schema and can mistake another schema's for its own.
 */
async function migrator(db: Db): Promise<Migrator> {
  const migrationTableSchema =
    db.dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely)).rows[0]?.schema : undefined
  return new Migrator({ db: db.kysely, provider: new UsualMigrationProvider({ dialect: db.dialect }), migrationTableSchema })
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const runner = await migrator(db)
  const { error, results } = await runner.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName)
}

export async function migrateDown(db: Db, steps = Infinity): Promise<string[]> {
  const runner = await migrator(db)
  const undone: string[] = []
  for (let step = 0; step < steps; step++) {
    const { error, results } = await runner.migrateDown()
    if (error) throw error
    const result = results?.[0]
    if (!result) break
    undone.push(result.migrationName)
  }
  return undone
}
