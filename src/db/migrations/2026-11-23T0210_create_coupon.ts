import type { Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('coupon')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('token', 'text', (col) => col.notNull().unique())
    .addColumn('benefit', 'text', (col) => col.notNull())
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('value_minor', 'integer', (col) => col.notNull())
    .addColumn('customer_id', 'text', (col) => col.references('customer.id'))
    .addColumn('gesture_id', 'text', (col) => col.references('gesture.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('issued_by', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('issued_at', instant, (col) => col.notNull())
    .addColumn('expires_at', instant, (col) => col.notNull())
    .addColumn('redeemed_at', instant)
    .addColumn('redeemed_location_id', 'text', (col) => col.references('location.id'))
    .addColumn('redeemed_staff_id', 'text', (col) => col.references('staff_member.id'))
    .addColumn('redeemed_order_id', 'text', (col) => col.references('order.id'))
    .execute()
  await db.schema.createIndex('coupon_customer_id_idx').on('coupon').column('customer_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('coupon').execute()
}
