import type { Kysely } from 'kysely'
import type { MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema
    .createTable('privacy_request')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('contact_email', 'text', (col) => col.notNull())
    .addColumn('customer_id', 'text', (col) => col.references('customer.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('requested_at', instant, (col) => col.notNull())
    .addColumn('decided_at', instant)
    .addColumn('decided_by', 'text', (col) => col.references('staff_member.id'))
    .execute()
  await db.schema.createIndex('privacy_request_status_requested_at_idx').on('privacy_request').columns(['status', 'requested_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('privacy_request').execute()
}
