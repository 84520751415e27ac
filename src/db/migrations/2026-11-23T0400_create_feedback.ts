import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('praise', 'problem', 'idea')`))
    .addColumn('rating', 'integer', (col) => col.check(sql`rating between 1 and 5`))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('staff_id', 'text', (col) => col.references('staff_member.id'))
    .addColumn('customer_id', 'text', (col) => col.references('customer.id'))
    .addColumn('contact_email', 'text')
    .addColumn('source', 'text', (col) => col.notNull().check(sql`source in ('coupon', 'receipt', 'location_qr')`))
    .addColumn('source_id', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('new', 'replied', 'closed')`))
    .addColumn('received_at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('feedback_location_id_received_at_idx').on('feedback').columns(['location_id', 'received_at']).execute()
  await db.schema.createIndex('feedback_received_at_idx').on('feedback').column('received_at').execute()
  await db.schema.createIndex('feedback_customer_id_idx').on('feedback').column('customer_id').execute()

  await db.schema
    .createTable('feedback_reply')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('feedback_id', 'text', (col) => col.notNull().references('feedback.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('sent_to', 'text', (col) => col.notNull())
    .addColumn('sent_at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('feedback_reply_feedback_id_sent_at_idx').on('feedback_reply').columns(['feedback_id', 'sent_at']).execute()

  await db.schema
    .createTable('kudos')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('from_role', 'text', (col) => col.notNull().check(sql`from_role in ('customer', 'manager', 'owner')`))
    .addColumn('given_by', 'text', (col) => col.references('staff_member.id'))
    .addColumn('feedback_id', 'text', (col) => col.references('feedback.id'))
    .addColumn('note', 'text')
    .addColumn('given_at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('kudos_given_at_idx').on('kudos').column('given_at').execute()
  await db.schema.createIndex('kudos_staff_id_given_at_idx').on('kudos').columns(['staff_id', 'given_at']).execute()

  await db.schema
    .createTable('task')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('recovery', 'thank_you')`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('assignee_id', 'text', (col) => col.references('staff_member.id'))
    .addColumn('feedback_id', 'text', (col) => col.references('feedback.id'))
    .addColumn('due_at', instant, (col) => col.notNull())
    .addColumn('done_at', instant)
    .addColumn('created_at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('task_location_id_due_at_idx').on('task').columns(['location_id', 'due_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('task').execute()
  await db.schema.dropTable('kudos').execute()
  await db.schema.dropTable('feedback_reply').execute()
  await db.schema.dropTable('feedback').execute()
}
