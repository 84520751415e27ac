import type { Kysely } from 'kysely'

// Visit counts (distinct local days per customer since an instant) read only the index when it carries local_day.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('order_customer_id_placed_at_local_day_idx').on('order').columns(['customer_id', 'placed_at', 'local_day']).execute()
  await db.schema.dropIndex('order_customer_id_placed_at_idx').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('order_customer_id_placed_at_idx').on('order').columns(['customer_id', 'placed_at']).execute()
  await db.schema.dropIndex('order_customer_id_placed_at_local_day_idx').execute()
}
