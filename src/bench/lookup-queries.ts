import type { Db } from '../db/connect.js'
import { seededRandom } from '../domain/shared/random.js'
import { nameTokens } from '../domain/customers/index.js'
import { groupCode } from '../domain/shared/crockford.js'

type Sqlite = NonNullable<Db['sqlite']>

export type QueryKind = 'phone' | 'phone prefix' | 'name' | 'card'

export interface Query {
  q: string
  kind: QueryKind
  path: string
}

/** Share of each kind in the counter's search mix. */
export const QUERY_MIX: [QueryKind, number][] = [
  ['phone', 0.3],
  ['phone prefix', 0.1],
  ['name', 0.4],
  ['card', 0.2],
]

/**
 * Searches as staff type them, for customers picked at random: phones in the usual US
 * formats, the first digits of a phone, name prefixes ("jil", "okaf", "jill oka"), card codes.
 */
export function lookupQueries(sqlite: Sqlite, count: number, seed = 7): Query[] {
  const random = seededRandom(seed)
  const maxRowid = (sqlite.prepare('select max(rowid) as n from customer').get() as { n: number }).n
  const pickCustomer = sqlite.prepare('select display_name, phone, card_code from customer where rowid >= ? order by rowid limit 1')
  const queries: Query[] = []
  const add = (q: string, kind: QueryKind) => queries.push({ q, kind, path: `/api/v1/customers?q=${encodeURIComponent(q)}` })
  while (queries.length < count) {
    const customer = pickCustomer.get(1 + Math.floor(random() * maxRowid)) as { display_name: string; phone: string | null; card_code: string }
    const roll = random()
    let kind: QueryKind = QUERY_MIX[QUERY_MIX.length - 1]![0]
    let cumulative = 0
    for (const [candidate, share] of QUERY_MIX) {
      cumulative += share
      if (roll < cumulative) {
        kind = candidate
        break
      }
    }
    const style = random()
    if (kind === 'phone' || kind === 'phone prefix') {
      if (!customer.phone) continue
      const [area, exchange, line] = [customer.phone.slice(2, 5), customer.phone.slice(5, 8), customer.phone.slice(8)]
      if (kind === 'phone prefix') add(style < 0.5 ? `${area} ${exchange}` : `${area}${exchange}${line.slice(0, 1)}`, kind)
      else add(style < 0.4 ? `(${area}) ${exchange}-${line}` : style < 0.6 ? `${area}-${exchange}-${line}` : style < 0.8 ? `${area}${exchange}${line}` : customer.phone, kind)
    } else if (kind === 'card') {
      add(style < 0.5 ? customer.card_code : style < 0.75 ? customer.card_code.toLowerCase() : groupCode(customer.card_code, 3), kind)
    } else {
      const [first = '', last = ''] = nameTokens(customer.display_name)
      if (first.length < 3 || last.length < 3) continue
      add(style < 0.25 ? first.slice(0, 3) : style < 0.5 ? last.slice(0, 4) : style < 0.75 ? `${first} ${last}` : `${first} ${last.slice(0, 3)}`, kind)
    }
  }
  return queries
}

/** Customers as they come to the counter: a random order's customer, so regulars come up as often as they visit. */
export function cardPaths(sqlite: Sqlite, count: number, seed = 11): string[] {
  const random = seededRandom(seed)
  const maxRowid = (sqlite.prepare('select max(rowid) as n from "order"').get() as { n: number }).n
  const pickOrder = sqlite.prepare('select customer_id from "order" where rowid >= ? order by rowid limit 1')
  return Array.from({ length: count }, () => {
    const { customer_id } = pickOrder.get(1 + Math.floor(random() * maxRowid)) as { customer_id: string }
    return `/api/v1/customers/${customer_id}/card`
  })
}
