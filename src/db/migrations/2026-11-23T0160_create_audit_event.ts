import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('at', instant, (col) => col.notNull())
    .addColumn('actor_type', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('location_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('subject_type', 'text', (col) => col.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute()
  await db.schema.createIndex('audit_event_subject_type_subject_id_idx').on('audit_event').columns(['subject_type', 'subject_id']).execute()
  await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute()
  // Append-only: the database itself refuses to change or remove history.
  if (dialect === 'postgres') {
    await sql`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only'; end $$`.execute(db)
    await sql`create trigger audit_event_no_change before update or delete on audit_event
      for each row execute function audit_event_append_only()`.execute(db)
  } else {
    await sql`create trigger audit_event_no_update before update on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db)
    await sql`create trigger audit_event_no_delete before delete on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db)
  }
}

export async function down(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema.dropTable('audit_event').execute()
  if (dialect === 'postgres') await sql`drop function audit_event_append_only()`.execute(db)
}


