import { sql, type Kysely } from 'kysely'
import type { MigrationContext } from './context.js'

/**
 * Row triggers already refuse UPDATE and DELETE on the audit trail; TRUNCATE skips row triggers, so on PostgreSQL a
 * statement trigger refuses it too. SQLite has no TRUNCATE (its DELETE without WHERE runs the row trigger).
 */
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  if (dialect !== 'postgres') return
  await sql`create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only()`.execute(db)
}

export async function down(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  if (dialect !== 'postgres') return
  await sql`drop trigger audit_event_no_truncate on audit_event`.execute(db)
}
