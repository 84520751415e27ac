import type { Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('throttle_event')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('throttle_event_key_at_idx').on('throttle_event').columns(['key', 'at']).execute()
  // Ids are UUIDv7, so they sort by time: "after Last-Event-ID" is an index range.
  await db.schema
    .createTable('live_event')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('location_id', 'text')
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('at', instant, (col) => col.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('live_event').execute()
  await db.schema.dropTable('throttle_event').execute()
}
