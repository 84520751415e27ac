import { sql, type Kysely } from 'kysely'
import type { MigrationContext } from './context.js'

/**
 * Live events get a position in commit order. A UUIDv7 id is taken when the row is written, so a transaction that
 * commits late lands behind a reader's cursor and is never sent. On PostgreSQL each row records its transaction
 * (`tx`) and a sequence number; a reader only passes transactions older than every one still running, so nothing
 * can appear behind it. SQLite has one writer at a time: the next `seq` is already commit order, and `tx` stays 0.
 * Rows written before this migration were for screens that have long reconnected; they are dropped.
 */
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.deleteFrom('live_event').execute()
  if (dialect === 'postgres') {
    await db.schema
      .alterTable('live_event')
      .addColumn('tx', 'bigint', (col) => col.notNull().defaultTo(sql`(pg_current_xact_id()::text::bigint)`))
      .execute()
    await db.schema.alterTable('live_event').addColumn('seq', 'bigserial', (col) => col.notNull()).execute()
  } else {
    await db.schema.alterTable('live_event').addColumn('tx', 'integer', (col) => col.notNull().defaultTo(0)).execute()
    await db.schema.alterTable('live_event').addColumn('seq', 'integer', (col) => col.notNull()).execute()
  }
  await db.schema.createIndex('live_event_position_idx').unique().on('live_event').columns(['tx', 'seq']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('live_event_position_idx').execute()
  await db.schema.alterTable('live_event').dropColumn('seq').execute()
  await db.schema.alterTable('live_event').dropColumn('tx').execute()
}
