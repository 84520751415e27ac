import Fastify, { type FastifyInstance } from 'fastify'
import type { Db } from '../db/connect.js'
import { tierFor } from '../domain/tiers/index.js'

type Sqlite = NonNullable<Db['sqlite']>

export interface BareRow {
  id: string
  display_name: string
  phone: string | null
  member?: string
  visit_days?: number
}

export type BareSearch = (q: string) => { rows: BareRow[]; matchedBy: 'phone' | 'card' | 'name' }

/**
 * What the bare handler runs:
 * - `same`: the app's statements for each kind of search (a listing with each result's visits for the tier; for
 *   names, the token range the app reads, then the listing of the first 8 customers in it), hand-written and
 *   prepared. The throughput target compares the app with this: what the app adds on top of its own queries.
 * - `floor`: one index range per query and no tier (names: the longest word's range joined to the customer).
 *   Cheaper than anything the counter can show; printed for information.
 */
export type BareStatements = 'same' | 'floor'

const MAX_RESULTS = 8
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{9}$/
const VISITS = `(select count(distinct o.local_day) from "order" o where o.customer_id = c.id and o.voided_at is null and o.local_day >= ?) as visit_days`

/**
 * A bare Fastify route answering the counter's search with better-sqlite3 prepared statements: no session, domain,
 * typo variants, ranking or Kysely. `visitsSince` is the first local day of the tier window.
 */
export function buildBareLookup(sqlite: Sqlite, options: { statements: BareStatements; visitsSince: string }): { app: FastifyInstance; search: BareSearch } {
  const search = options.statements === 'same' ? sameStatements(sqlite, options.visitsSince) : floorStatements(sqlite)
  const app = Fastify({ logger: false })
  app.get<{ Querystring: { q: string } }>(
    '/api/v1/customers',
    { schema: { querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 100 } }, required: ['q'] } } },
    async (request) => {
      const { rows, matchedBy } = search(request.query.q)
      return {
        results: rows.map((row) => ({
          id: row.id,
          displayName: row.display_name,
          member: row.member || null,
          phoneLast4: row.phone?.slice(-4) ?? null,
          ...(row.visit_days === undefined ? {} : { tier: tierFor(row.visit_days) }),
          matchedBy,
        })),
      }
    },
  )
  return { app, search }
}

/** The query's kind and its key, read as simply as the app reads the common cases (US numbers). */
function classify(q: string): { kind: 'phone'; e164: string | undefined; prefix: string } | { kind: 'card'; code: string } | { kind: 'name'; terms: string[] } {
  const trimmed = q.trim()
  if (/^[+(]?[\d\s().-]+$/.test(trimmed) && trimmed.replace(/\D/g, '').length >= 3) {
    const digits = trimmed.replace(/\D/g, '')
    const prefix = trimmed.startsWith('+') ? `+${digits}` : `+1${digits.replace(/^1/, '')}`
    return { kind: 'phone', e164: /^\+1\d{10}$/.test(prefix) ? prefix : undefined, prefix }
  }
  const code = trimmed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
  if (CROCKFORD.test(code) && /\d/.test(trimmed)) return { kind: 'card', code }
  const terms = trimmed
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 3)
  return { kind: 'name', terms }
}

function sameStatements(sqlite: Sqlite, visitsSince: string): BareSearch {
  const listing = `select c.id, c.display_name, c.phone, ${VISITS} from customer c`
  const byPhone = sqlite.prepare(`${listing} where c.phone = ?`)
  const byPhonePrefix = sqlite.prepare(`${listing} where c.phone >= ? and c.phone < ? order by c.phone limit ${MAX_RESULTS}`)
  const byCard = sqlite.prepare(`${listing} where c.card_code = ?`)
  const tokens = sqlite.prepare(
    `select customer_id, member, token from customer_name_token where token >= ? and token < ? order by token, customer_id, member limit ${2 * MAX_RESULTS}`,
  )
  const byIds = Array.from({ length: MAX_RESULTS + 1 }, (_, count) =>
    count === 0 ? undefined : sqlite.prepare(`${listing} where c.id in (${Array(count).fill('?').join(', ')})`),
  )
  return (q) => {
    const query = classify(q)
    if (query.kind === 'phone') {
      const exact = query.e164 ? (byPhone.all(visitsSince, query.e164) as BareRow[]) : []
      if (exact.length > 0) return { rows: exact, matchedBy: 'phone' }
      return { rows: byPhonePrefix.all(visitsSince, query.prefix, `${query.prefix}\uffff`) as BareRow[], matchedBy: 'phone' }
    }
    if (query.kind === 'card') return { rows: byCard.all(visitsSince, query.code) as BareRow[], matchedBy: 'card' }
    const prefix = query.terms.join(' ')
    if (!prefix) return { rows: [], matchedBy: 'name' }
    const members = new Map<string, string>()
    for (const row of tokens.all(prefix, `${prefix}\uffff`) as { customer_id: string; member: string }[]) {
      if (members.size === MAX_RESULTS) break
      if (!members.has(row.customer_id)) members.set(row.customer_id, row.member)
    }
    if (members.size === 0) return { rows: [], matchedBy: 'name' }
    const rows = byIds[members.size]!.all(visitsSince, ...members.keys()) as BareRow[]
    return { rows: rows.map((row) => ({ ...row, member: members.get(row.id) })), matchedBy: 'name' }
  }
}

function floorStatements(sqlite: Sqlite): BareSearch {
  const columns = 'c.id, c.display_name, c.phone'
  const byPhone = sqlite.prepare(`select ${columns} from customer c where c.phone = ?`)
  const byPhonePrefix = sqlite.prepare(`select ${columns} from customer c where c.phone >= ? and c.phone < ? order by c.phone limit ${MAX_RESULTS}`)
  const byCard = sqlite.prepare(`select ${columns} from customer c where c.card_code = ?`)
  const byName = sqlite.prepare(
    `select ${columns}, t.member from customer_name_token t join customer c on c.id = t.customer_id where t.token >= ? and t.token < ? limit ${MAX_RESULTS}`,
  )
  return (q) => {
    const query = classify(q)
    if (query.kind === 'phone') {
      const exact = query.e164 ? (byPhone.get(query.e164) as BareRow | undefined) : undefined
      if (exact) return { rows: [exact], matchedBy: 'phone' }
      return { rows: byPhonePrefix.all(query.prefix, `${query.prefix}\uffff`) as BareRow[], matchedBy: 'phone' }
    }
    if (query.kind === 'card') return { rows: byCard.all(query.code) as BareRow[], matchedBy: 'card' }
    // The longest word's range (usually the rarest); checking the other words is work the app does on top.
    const longest = query.terms.reduce((best, term) => (term.length > best.length ? term : best), '')
    if (!longest) return { rows: [], matchedBy: 'name' }
    return { rows: byName.all(longest, `${longest}\uffff`) as BareRow[], matchedBy: 'name' }
  }
}
