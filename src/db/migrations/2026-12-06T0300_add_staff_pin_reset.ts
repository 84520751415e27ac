import type { Kysely } from 'kysely'
import type { MigrationContext } from './context.js'

/** A reset PIN: pin_hash then holds a one-time code, good until this instant, that the person swaps for a new PIN. */
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('staff_member')
    .addColumn('pin_reset_expires_at', dialect === 'postgres' ? 'timestamptz' : 'text')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_member').dropColumn('pin_reset_expires_at').execute()
}
