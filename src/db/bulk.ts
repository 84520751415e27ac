import type { Db } from './connect.js'
import type { Database } from './schema.js'

type Row<T extends keyof Database> = { [K in keyof Database[T]]?: unknown }

/**
 * Inserts many rows fast, for demo data, imports and benchmarks (never for a request):
 * prepared statements in one transaction on SQLite, multi-row inserts on PostgreSQL.
 */
export async function bulkInsert<T extends keyof Database>(db: Db, table: T, rows: Row<T>[], options: { onConflictIgnore?: boolean } = {}): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0]!)
  if (db.sqlite) {
    const verb = options.onConflictIgnore ? 'insert or ignore' : 'insert'
    const statement = db.sqlite.prepare(`${verb} into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`)
    const insertAll = db.sqlite.transaction((batch: Row<T>[]) => {
      for (const row of batch) statement.run(columns.map((column) => (row as Record<string, unknown>)[column] ?? null))
    })
    insertAll(rows)
    return
  }
  // PostgreSQL caps a statement at 65,535 parameters.
  const chunk = Math.max(1, Math.floor(60_000 / columns.length))
  for (let start = 0; start < rows.length; start += chunk) {
    let query = db.kysely.insertInto(table).values(rows.slice(start, start + chunk) as never)
    if (options.onConflictIgnore) query = query.onConflict((oc) => oc.doNothing())
    await query.execute()
  }
}
