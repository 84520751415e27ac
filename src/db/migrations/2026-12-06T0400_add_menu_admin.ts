import type { Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

/**
 * The owner edits the menu: options can be archived like items (orders keep their names and prices on the line), and
 * an item can be left off one location's counter.
 */
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema.alterTable('modifier').addColumn('archived_at', instantType(dialect)).execute()
  await db.schema
    .createTable('catalog_item_unavailable')
    .addColumn('catalog_item_id', 'text', (col) => col.notNull().references('catalog_item.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addPrimaryKeyConstraint('catalog_item_unavailable_pk', ['catalog_item_id', 'location_id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('catalog_item_unavailable').execute()
  await db.schema.alterTable('modifier').dropColumn('archived_at').execute()
}
