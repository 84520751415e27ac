import type { Kysely } from 'kysely'

// Requests per key (route and address) in the current window, shared by every instance on one PostgreSQL.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hit')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('window_start_ms', 'bigint', (col) => col.notNull())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('rate_limit_hit_window_start_ms_idx').on('rate_limit_hit').column('window_start_ms').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_hit').execute()
}
