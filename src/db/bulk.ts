import type { Transaction } from 'kysely'
import type { Db } from './connect.js'
import type { Database } from './schema.js'
import type { Executor } from './transaction.js'

const ROWS_PER_STATEMENT = 100
const SQLITE_MAX_PARAMS = 32_766

type Row<T extends keyof Database> = { [K in keyof Database[T]]?: unknown }

export interface BulkWriter {
  /** Inserts many rows fast; `ignoreConflicts` skips rows whose key exists. */
  insert<T extends keyof Database>(table: T, rows: Row<T>[], options?: { ignoreConflicts?: boolean }): Promise<void>
  /**
   * Drops the table's secondary indexes now and builds them again just before the commit (SQLite): building an
   * index once from sorted rows is much faster than keeping it up to date row by row. Worth it only when the load
   * is large next to what the table holds. A rollback brings the indexes back untouched.
   */
  deferIndexes(table: keyof Database): void
  /** Queries inside the same transaction. */
  executor: Executor
}

/**
 * Runs fn in one transaction with a writer for bulk loads (demo data, imports, benchmarks; never a
 * request): prepared statements on SQLite, multi-row inserts on PostgreSQL. All of it commits or none.
 */
export async function inBulkTransaction<T>(db: Db, fn: (writer: BulkWriter) => Promise<T>): Promise<T> {
  const sqlite = db.sqlite
  if (sqlite) {
    const statements = new Map<string, ReturnType<typeof sqlite.prepare>>()
    const prepared = (sql: string) => {
      let statement = statements.get(sql)
      if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)))
      return statement
    }
    const deferred = new Map<string, string>()
    const writer: BulkWriter = {
      executor: db.kysely,
      deferIndexes(table) {
        const indexes = sqlite.prepare(`select name, sql from sqlite_schema where type = 'index' and tbl_name = ? and sql is not null`).all(table) as { name: string; sql: string }[]
        for (const { name, sql } of indexes) {
          sqlite.exec(`drop index "${name}"`)
          deferred.set(name, sql)
        }
      },
      async insert(table, rows, options = {}) {
        if (rows.length === 0) return
        const columns = Object.keys(rows[0]!)
        const head = `${options.ignoreConflicts ? 'insert or ignore' : 'insert'} into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `
        const tuple = `(${columns.map(() => '?').join(', ')})`
        // Many rows per statement: per-statement overhead, not SQLite, dominates single-row inserts.
        const perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(SQLITE_MAX_PARAMS / columns.length)))
        for (let start = 0; start < rows.length; start += perStatement) {
          const chunk = rows.slice(start, start + perStatement)
          const values: unknown[] = []
          for (const row of chunk) for (const column of columns) values.push((row as Record<string, unknown>)[column] ?? null)
          prepared(head + Array(chunk.length).fill(tuple).join(', ')).run(values)
        }
      },
    }
    // A bulk load touches every page of large indexes: give it a 512 MB page cache while it runs.
    const cacheSize = sqlite.pragma('cache_size', { simple: true })
    sqlite.pragma('cache_size = -524288')
    sqlite.exec('begin immediate')
    try {
      const result = await fn(writer)
      for (const sql of deferred.values()) sqlite.exec(sql)
      sqlite.exec('commit')
      return result
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('rollback')
      throw error
    } finally {
      sqlite.pragma(`cache_size = ${Number(cacheSize)}`)
    }
  }
  return db.kysely.transaction().execute((trx: Transaction<Database>) =>
    fn({
      executor: trx,
      // PostgreSQL keeps its indexes; its multi-row inserts are not where a load's time goes.
      deferIndexes() {},
      async insert(table, rows, options = {}) {
        if (rows.length === 0) return
        // PostgreSQL caps a statement at 65,535 parameters.
        const chunk = Math.max(1, Math.floor(60_000 / Object.keys(rows[0]!).length))
        for (let start = 0; start < rows.length; start += chunk) {
          let query = trx.insertInto(table).values(rows.slice(start, start + chunk) as never)
          if (options.ignoreConflicts) query = query.onConflict((oc) => oc.doNothing())
          await query.execute()
        }
      },
    }),
  )
}

/** Inserts rows in their own transaction. */
export function bulkInsert<T extends keyof Database>(db: Db, table: T, rows: Row<T>[], options: { ignoreConflicts?: boolean } = {}): Promise<void> {
  return inBulkTransaction(db, (writer) => writer.insert(table, rows, options))
}
