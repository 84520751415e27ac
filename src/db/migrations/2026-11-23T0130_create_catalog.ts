import type { Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('catalog_item')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('sku', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('price_minor', 'integer', (col) => col.notNull())
    .addColumn('modifier_groups', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('archived_at', instant)
    .execute()
  await db.schema
    .createTable('modifier')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('group_name', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('price_minor', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('modifier').execute()
  await db.schema.dropTable('catalog_item').execute()
}
