import { sql, type Kysely } from 'kysely'
import type { MigrationContext } from './context.js'

// Audit history stays append-only with one exception: erasing a customer may redact the personal words in an
// event's before/after once, and the row then says when (redacted_at). Who did what, to what, and when never changes.
const unchanged = sql.raw(
  ['id', 'at', 'actor_type', 'actor_id', 'location_id', 'action', 'subject_type', 'subject_id'].map((column) => `new.${column} is not distinct from old.${column}`).join(' and '),
)
const unchangedSqlite = sql.raw(['id', 'at', 'actor_type', 'actor_id', 'location_id', 'action', 'subject_type', 'subject_id'].map((column) => `new.${column} is old.${column}`).join(' and '))

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  if (dialect === 'postgres') {
    await sql`drop trigger audit_event_no_change on audit_event`.execute(db)
    await db.schema.alterTable('audit_event').addColumn('redacted_at', instant).execute()
    await sql`create function audit_event_redact_once() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and old.redacted_at is null and new.redacted_at is not null and ${unchanged} then return new; end if;
        raise exception 'audit_event is append-only';
      end $$`.execute(db)
    await sql`create trigger audit_event_no_change before update or delete on audit_event
      for each row execute function audit_event_redact_once()`.execute(db)
  } else {
    await sql`drop trigger audit_event_no_update`.execute(db)
    await db.schema.alterTable('audit_event').addColumn('redacted_at', instant).execute()
    await sql`create trigger audit_event_no_update before update on audit_event
      when not (old.redacted_at is null and new.redacted_at is not null and ${unchangedSqlite})
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db)
  }
}

export async function down(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`drop trigger audit_event_no_change on audit_event`.execute(db)
    await sql`drop function audit_event_redact_once()`.execute(db)
    await db.schema.alterTable('audit_event').dropColumn('redacted_at').execute()
    await sql`create trigger audit_event_no_change before update or delete on audit_event
      for each row execute function audit_event_append_only()`.execute(db)
  } else {
    await sql`drop trigger audit_event_no_update`.execute(db)
    await db.schema.alterTable('audit_event').dropColumn('redacted_at').execute()
    await sql`create trigger audit_event_no_update before update on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db)
  }
}
