import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

/**
 * Tabs and house accounts: one account per customer, an append-only ledger in minor units (charges positive,
 * settlements, reversals and write-offs negative), immutable statements, and requests for a manager when a charge
 * would pass the limit.
 */
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('tab_account')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().unique().references('customer.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('limit_minor', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('opened_by', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('opened_at', instant, (col) => col.notNull())
    .addColumn('closed_at', instant)
    .execute()
  await db.schema
    .createTable('tab_entry')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) => col.notNull().references('tab_account.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('amount_minor', 'integer', (col) => col.notNull())
    .addColumn('order_id', 'text', (col) => col.references('order.id'))
    .addColumn('reverses_id', 'text', (col) => col.references('tab_entry.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('approved_by', 'text', (col) => col.references('staff_member.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('reason', 'text')
    .addColumn('at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('tab_entry_account_idx').on('tab_entry').columns(['account_id', 'at']).execute()
  await db.schema.createIndex('tab_entry_one_charge_per_order').unique().on('tab_entry').column('order_id').where(sql.ref('kind'), '=', 'charge').execute()
  await db.schema.createIndex('tab_entry_one_reversal_per_charge').unique().on('tab_entry').column('reverses_id').where(sql.ref('reverses_id'), 'is not', null).execute()
  await db.schema
    .createTable('tab_statement')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) => col.notNull().references('tab_account.id'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('period_start', instant, (col) => col.notNull())
    .addColumn('period_end', instant, (col) => col.notNull())
    .addColumn('opening_minor', 'integer', (col) => col.notNull())
    .addColumn('closing_minor', 'integer', (col) => col.notNull())
    .addColumn('entries', 'text', (col) => col.notNull())
    .addColumn('issued_by', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('issued_at', instant, (col) => col.notNull())
    .addUniqueConstraint('tab_statement_number_unique', ['account_id', 'number'])
    .execute()
  await db.schema
    .createTable('tab_approval')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customer.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('amount_minor', 'integer', (col) => col.notNull())
    .addColumn('limit_minor', 'integer', (col) => col.notNull())
    .addColumn('balance_minor', 'integer', (col) => col.notNull())
    .addColumn('order_request', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('requested_at', instant, (col) => col.notNull())
    .addColumn('expires_at', instant, (col) => col.notNull())
    .addColumn('decided_at', instant)
    .addColumn('decided_by', 'text', (col) => col.references('staff_member.id'))
    .addColumn('order_id', 'text', (col) => col.references('order.id'))
    .execute()
  await db.schema.createIndex('tab_approval_pending_idx').on('tab_approval').columns(['location_id', 'status']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tab_approval').execute()
  await db.schema.dropTable('tab_statement').execute()
  await db.schema.dropTable('tab_entry').execute()
  await db.schema.dropTable('tab_account').execute()
}
