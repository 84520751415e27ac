import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('empowerment_policy')
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('staff', 'manager')`))
    .addColumn('max_per_gesture_minor', 'integer', (col) => col.notNull())
    .addColumn('daily_budget_minor', 'integer', (col) => col.notNull())
    .addColumn('max_per_customer_30d_minor', 'integer', (col) => col.notNull())
    .addColumn('allowed_types', 'text', (col) => col.notNull())
    .addColumn('updated_at', instant, (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('empowerment_policy_pkey', ['scope', 'role'])
    .execute()
  await db.schema
    .createTable('gesture')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('value_minor', 'integer', (col) => col.notNull().check(sql`value_minor >= 0`))
    .addColumn('note', 'text')
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('customer_id', 'text', (col) => col.references('customer.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('order_id', 'text', (col) => col.references('order.id'))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('granted', 'pending_approval', 'approved', 'declined', 'expired')`))
    .addColumn('limit_passed', 'text')
    .addColumn('cap_minor', 'integer')
    .addColumn('would_be_minor', 'integer')
    .addColumn('requested_at', instant, (col) => col.notNull())
    .addColumn('expires_at', instant)
    .addColumn('decided_at', instant)
    .addColumn('decided_by', 'text', (col) => col.references('staff_member.id'))
    .addColumn('decision_note', 'text')
    .addColumn('coupon_id', 'text')
    .execute()
  await db.schema.createIndex('gesture_staff_id_requested_at_idx').on('gesture').columns(['staff_id', 'requested_at']).execute()
  await db.schema.createIndex('gesture_customer_id_requested_at_idx').on('gesture').columns(['customer_id', 'requested_at']).execute()
  await db.schema.createIndex('gesture_location_id_requested_at_idx').on('gesture').columns(['location_id', 'requested_at']).execute()
  await db.schema.createIndex('gesture_status_expires_at_idx').on('gesture').columns(['status', 'expires_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('gesture').execute()
  await db.schema.dropTable('empowerment_policy').execute()
}
