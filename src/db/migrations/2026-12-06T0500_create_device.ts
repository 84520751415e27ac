import type { Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

/**
 * Counter tablets (and any screen someone signs in on): enrolled at a location by the first sign-in, known by a
 * random token in an HttpOnly cookie (only its hash is kept), listed and un-enrolled in the console.
 */
export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('device')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('enrolled_at', instant, (col) => col.notNull())
    .addColumn('enrolled_by', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('last_seen_at', instant, (col) => col.notNull())
    .addColumn('revoked_at', instant)
    .execute()
  await db.schema.createIndex('device_location_id_idx').on('device').column('location_id').execute()
  await db.schema.alterTable('session').addColumn('device_id', 'text').execute()
  await db.schema.createIndex('session_device_id_idx').on('session').column('device_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('session_device_id_idx').execute()
  await db.schema.alterTable('session').dropColumn('device_id').execute()
  await db.schema.dropTable('device').execute()
}
