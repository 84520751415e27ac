import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely'
import type { Dialect } from './connect.js'
import type { Database } from './schema.js'
import type { Executor } from './transaction.js'

type ParamValue = string | number | boolean | null | readonly (string | number)[]

/** A stand-in for a parameter while the query is compiled; its position in the compiled parameters is remembered. */
const marker = (name: string, index?: number) => `\u0000usual-param:${name}${index === undefined ? '' : `#${index}`}\u0000`

interface Slot {
  readonly name: string | undefined
  readonly index: number | undefined
  readonly constant: unknown
}

/**
 * A query that Kysely builds and compiles once per dialect (and per length of each list parameter), then runs with
 * new parameters. On the counter's hot paths building and compiling cost more than SQLite takes to answer.
 * The builder must put every parameter into the query as a value (where, limit, in), never into SQL text.
 * @example
 * const byPhone = preparedQuery((db, p: { phone: string }) => db.selectFrom('customer').selectAll().where('phone', '=', p.phone))
 * const rows = await byPhone.run(executor, 'sqlite', { phone: '+14155550142' })
 */
export function preparedQuery<Params extends Record<string, ParamValue>, Row>(
  build: (db: Kysely<Database>, params: Params) => Compilable<Row>,
) {
  const compiled = new Map<string, { sql: string; slots: Slot[] }>()
  const compile = (executor: Executor, key: string, params: Params) => {
    const markers = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? value.map((_, index) => marker(name, index)) : marker(name)]),
    ) as unknown as Params
    const query = build(executor as Kysely<Database>, markers).compile()
    const slots = query.parameters.map((parameter): Slot => {
      const match = typeof parameter === 'string' ? /^\u0000usual-param:([^#\u0000]+)(?:#(\d+))?\u0000$/.exec(parameter) : null
      return match ? { name: match[1], index: match[2] === undefined ? undefined : Number(match[2]), constant: undefined } : { name: undefined, index: undefined, constant: parameter }
    })
    const entry = { sql: query.sql, slots }
    compiled.set(key, entry)
    return entry
  }
  return {
    async run(executor: Executor, dialect: Dialect, params: Params): Promise<Row[]> {
      let key: string = dialect
      for (const name in params) {
        const value = params[name]
        if (Array.isArray(value)) key += `:${name}=${value.length}`
      }
      const { sql, slots } = compiled.get(key) ?? compile(executor, key, params)
      const parameters = slots.map(({ name, index, constant }) => {
        if (name === undefined) return constant
        const value = params[name] as ParamValue
        return index === undefined ? value : (value as readonly unknown[])[index]
      })
      const result: QueryResult<Row> = await executor.executeQuery(CompiledQuery.raw(sql, parameters))
      return result.rows
    },
  }
}
