import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

/**
 * An order can be undone (by whoever rang it, within two minutes) or voided (by a manager, with a reason). A voided
 * order stays in the books but leaves every derivation, so the customer's indexes cover live orders only.
 */
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('order')
    .addColumn('voided_at', instantType(dialect))
    .execute()
  await db.schema.alterTable('order').addColumn('voided_by', 'text').execute()
  await db.schema.alterTable('order').addColumn('void_reason', 'text').execute()
  await db.schema.dropIndex('order_customer_id_local_day_idx').execute()
  await db.schema.createIndex('order_customer_id_local_day_idx').on('order').columns(['customer_id', 'local_day']).where(sql.ref('voided_at'), 'is', null).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('order_customer_id_local_day_idx').execute()
  await db.schema.createIndex('order_customer_id_local_day_idx').on('order').columns(['customer_id', 'local_day']).execute()
  await db.schema.alterTable('order').dropColumn('void_reason').execute()
  await db.schema.alterTable('order').dropColumn('voided_by').execute()
  await db.schema.alterTable('order').dropColumn('voided_at').execute()
}
