import type { Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  // The id is the SHA-256 of the cookie token: a leaked table does not leak usable sessions.
  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('created_at', instant, (col) => col.notNull())
    .addColumn('expires_at', instant, (col) => col.notNull())
    .addColumn('revoked_at', instant)
    .execute()
  await db.schema.createIndex('session_staff_id_idx').on('session').column('staff_id').execute()
  await db.schema
    .createTable('pin_failure')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('location_id', 'text', (col) => col.notNull())
    .addColumn('at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('pin_failure_staff_id_at_idx').on('pin_failure').columns(['staff_id', 'at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pin_failure').execute()
  await db.schema.dropTable('session').execute()
}
