import { randomBytes } from 'node:crypto'
import pg from 'pg'

/**
 * A throw-away schema on a PostgreSQL server, for tests and benchmarks: its URL sets the search path to it, so
 * migrations and queries never touch what the server already holds. `drop` removes it with everything in it.
 */
export async function scratchSchema(baseUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await run(`create schema ${schema}`)
  const url = new URL(baseUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return { url: url.toString(), drop: () => run(`drop schema ${schema} cascade`) }
}
