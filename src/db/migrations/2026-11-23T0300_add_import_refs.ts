import type { Kysely } from 'kysely'

// `ref` is an imported row's own key: re-importing the same file finds it and changes nothing.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['customer', 'order', 'gesture']) {
    await db.schema.alterTable(table).addColumn('ref', 'text').execute()
    await db.schema.createIndex(`${table}_ref_key`).on(table).column('ref').unique().execute()
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['customer', 'order', 'gesture']) {
    await db.schema.dropIndex(`${table}_ref_key`).execute()
    await db.schema.alterTable(table).dropColumn('ref').execute()
  }
}
