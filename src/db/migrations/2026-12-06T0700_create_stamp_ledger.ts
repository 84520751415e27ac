import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

/**
 * The stamp ledger: append-only entries (positive ones are batches with their own expiry) and what each consuming
 * entry took from which batch. Unique indexes hold the rules a retry or a second instance could break: one earn and
 * one reversal per order, one bonus per gesture, one expiry per batch.
 */
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('stamp_entry')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customer.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('qty', 'integer', (col) => col.notNull())
    .addColumn('expires_at', instant)
    .addColumn('order_id', 'text', (col) => col.references('order.id'))
    .addColumn('gesture_id', 'text', (col) => col.references('gesture.id'))
    .addColumn('batch_id', 'text', (col) => col.references('stamp_entry.id'))
    .addColumn('forgiven', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('staff_id', 'text', (col) => col.references('staff_member.id'))
    .addColumn('location_id', 'text', (col) => col.references('location.id'))
    .addColumn('reason', 'text')
    .addColumn('at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('stamp_entry_customer_idx').on('stamp_entry').columns(['customer_id', 'at']).execute()
  await db.schema.createIndex('stamp_entry_one_earn_per_order').unique().on('stamp_entry').column('order_id').where(sql.ref('kind'), '=', 'earn').execute()
  await db.schema.createIndex('stamp_entry_one_reverse_per_order').unique().on('stamp_entry').column('order_id').where(sql.ref('kind'), '=', 'reverse').execute()
  await db.schema.createIndex('stamp_entry_one_bonus_per_gesture').unique().on('stamp_entry').column('gesture_id').where(sql.ref('gesture_id'), 'is not', null).execute()
  await db.schema.createIndex('stamp_entry_one_expiry_per_batch').unique().on('stamp_entry').column('batch_id').where(sql.ref('kind'), '=', 'expire').execute()
  await db.schema
    .createIndex('stamp_entry_batch_expiry_idx')
    .on('stamp_entry')
    .column('expires_at')
    .where(sql.ref('expires_at'), 'is not', null)
    .execute()
  await db.schema
    .createTable('stamp_consumption')
    .addColumn('entry_id', 'text', (col) => col.notNull().references('stamp_entry.id'))
    .addColumn('batch_id', 'text', (col) => col.notNull().references('stamp_entry.id'))
    .addColumn('qty', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('stamp_consumption_pk', ['entry_id', 'batch_id'])
    .execute()
  await db.schema.createIndex('stamp_consumption_batch_idx').on('stamp_consumption').column('batch_id').execute()
  await db.schema
    .createTable('stamp_card')
    .addColumn('customer_id', 'text', (col) => col.primaryKey().references('customer.id'))
    .addColumn('token', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', instant, (col) => col.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('stamp_card').execute()
  await db.schema.dropTable('stamp_consumption').execute()
  await db.schema.dropTable('stamp_entry').execute()
}
