import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  await db.schema
    .createTable('location')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('country', 'text', (col) => col.notNull())
    .addColumn('created_at', instant, (col) => col.notNull())
    .execute()
  await db.schema
    .createTable('staff_member')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('first_name', 'text', (col) => col.notNull())
    .addColumn('last_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('staff', 'manager', 'owner')`))
    .addColumn('home_location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('pin_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', instant, (col) => col.notNull())
    .addColumn('archived_at', instant)
    .execute()
  await db.schema.createIndex('staff_member_home_location_id_idx').on('staff_member').column('home_location_id').execute()
}


export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('staff_member').execute()
  await db.schema.dropTable('location').execute()
}
