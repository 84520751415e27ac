import { sql, type Kysely } from 'kysely'
import { instantType, type MigrationContext } from './context.js'

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const instant = instantType(dialect)
  // Prefix searches are index range scans; on PostgreSQL that needs byte order, not a locale's collation.
  const searchText = dialect === 'postgres' ? sql`text collate "C"` : sql`text`
  await db.schema
    .createTable('customer')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('pronunciation', 'text')
    .addColumn('phone', searchText, (col) => col.unique())
    .addColumn('email', 'text')
    .addColumn('birth_month', 'integer')
    .addColumn('birth_day', 'integer')
    .addColumn('household', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('tags', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('contact_consent_at', instant)
    .addColumn('card_code', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', instant, (col) => col.notNull())
    .addColumn('updated_at', instant, (col) => col.notNull())
    .execute()
  // One row per word of the customer's and household members' names, accent-folded and lower-cased:
  // prefix search is an index range scan, and typo tolerance probes the index with one-edit variants.
  await db.schema
    .createTable('customer_name_token')
    .addColumn('token', searchText, (col) => col.notNull())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customer.id'))
    .addColumn('member', 'text', (col) => col.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('customer_name_token_pkey', ['token', 'customer_id', 'member'])
    .execute()
  await db.schema.createIndex('customer_name_token_customer_id_idx').on('customer_name_token').column('customer_id').execute()
  await db.schema
    .createTable('customer_note')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customer.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_member.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('location.id'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', instant, (col) => col.notNull())
    .execute()
  await db.schema.createIndex('customer_note_customer_id_created_at_idx').on('customer_note').columns(['customer_id', 'created_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('customer_note').execute()
  await db.schema.dropTable('customer_name_token').execute()
  await db.schema.dropTable('customer').execute()
}
