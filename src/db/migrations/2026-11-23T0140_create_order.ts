import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('order')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('customer_id', 'text', (col) => col.references('customer.id'))
    .addColumn('staff_id', 'text', (col) => col.references('staff_member.id'))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('paid', 'tab')`))
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('total_minor', 'integer', (col) => col.notNull().check(sql`total_minor >= 0`))
    .addColumn('placed_at', instant, (col) => col.notNull())
    // The location's calendar day of placed_at: a visit is a distinct local day with an order.
    .addColumn('local_day', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('order_customer_id_placed_at_idx').on('order').columns(['customer_id', 'placed_at']).execute()
  await db.schema.createIndex('order_location_id_placed_at_idx').on('order').columns(['location_id', 'placed_at']).execute()
  await db.schema
    .createTable('order_line')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('order_id', 'text', (col) => col.notNull().references('order.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('catalog_item_id', 'text', (col) => col.notNull().references('catalog_item.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('quantity', 'integer', (col) => col.notNull().check(sql`quantity > 0`))
    .addColumn('unit_price_minor', 'integer', (col) => col.notNull())
    .addColumn('modifiers', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('usual_key', 'text', (col) => col.notNull())
    .addColumn('line_total_minor', 'integer', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('order_line_order_id_idx').on('order_line').column('order_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('order_line').execute()
  await db.schema.dropTable('order').execute()
}
