import type { Kysely } from 'kysely'

// A customer's orders by local day: counting visits (distinct local days from a day on) reads this small index in
// order, with no sorting aside, and the latest orders are its last entries (sorted by time within their day).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('order_customer_id_local_day_idx').on('order').columns(['customer_id', 'local_day']).execute()
  await db.schema.dropIndex('order_customer_id_placed_at_local_day_idx').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('order_customer_id_placed_at_local_day_idx').on('order').columns(['customer_id', 'placed_at', 'local_day']).execute()
  await db.schema.dropIndex('order_customer_id_local_day_idx').execute()
}
