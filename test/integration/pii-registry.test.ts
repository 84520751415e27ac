import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { compose } from '../../src/compose.js'
import { NOT_PERSONAL, PERSONAL_LOOKING, PII_COLUMNS } from '../../src/domain/privacy/index.js'

/** Every column of the migrated schema, as `table.column`. */
async function schemaColumns(): Promise<string[]> {
  const app = await compose({ dialect: 'sqlite', file: ':memory:' })
  try {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(app.db.kysely)
    const columns: string[] = []
    for (const { name } of tables.rows) {
      const info = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(app.db.kysely)
      for (const column of info.rows) columns.push(`${name}.${column.name}`)
    }
    return columns
  } finally {
    await app.close()
  }
}

describe('the personal-data registry', () => {
  it('classifies every column whose name looks personal, as personal data or with a reason it is not', async () => {
    const registered = new Set(PII_COLUMNS.map(({ table, column }) => `${table}.${column}`))

    const unclassified = (await schemaColumns()).filter((qualified) => {
      const column = qualified.split('.')[1]!
      return PERSONAL_LOOKING.test(column) && !registered.has(qualified) && !(qualified in NOT_PERSONAL)
    })

    expect(unclassified).toEqual([])
  })

  it('names only columns that exist, each once', async () => {
    const columns = new Set(await schemaColumns())
    const named = [...PII_COLUMNS.map(({ table, column }) => `${table}.${column}`), ...Object.keys(NOT_PERSONAL)]

    expect(named.filter((qualified) => !columns.has(qualified))).toEqual([])
    expect(new Set(named).size).toBe(named.length)
  })

  it('notices a new personal-looking column nobody registered', () => {
    expect(PERSONAL_LOOKING.test('nickname')).toBe(false)
    expect(PERSONAL_LOOKING.test('contact_phone')).toBe(true)
    expect(PERSONAL_LOOKING.test('last_name')).toBe(true)
  })
})
