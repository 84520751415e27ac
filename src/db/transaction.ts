import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema.js'

export type Executor = Kysely<Database> | Transaction<Database>

/**
 * Runs fn in one transaction: everything it writes commits together or not at all.
 * On SQLite Kysely's single connection runs one transaction at a time; on PostgreSQL
 * read-then-write rules lock their row FOR UPDATE first.
 * @example await inTransaction(db, (trx) => trx.insertInto('audit_event').values(event).execute())
 */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn)
}

export const toInstant = (value: string | Date): Date => (value instanceof Date ? value : new Date(value))
export const toOptionalInstant = (value: string | Date | null): Date | null => (value === null ? null : toInstant(value))
