import type { Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

// When the person praised saw it: unseen kudos greet them at their next sign-in.
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema.alterTable('kudos').addColumn('seen_at', instantType(dialect)).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('kudos').dropColumn('seen_at').execute()
}
