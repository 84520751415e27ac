import Fastify, { type FastifyInstance } from 'fastify'
import type { Db } from '../db/connect.js'

type Sqlite = NonNullable<Db['sqlite']>

export interface BareRow {
  id: string
  display_name: string
  phone: string | null
  member?: string
}

const COLUMNS = 'c.id, c.display_name, c.phone'
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{9}$/

/**
 * The floor to compare the app with: the same index lookups as the counter search (phone exact,
 * else phone prefix; card code; name-token prefix joined to customer, 8 results), answered by
 * prepared statements straight from a bare Fastify route. No session, validation layers, typo
 * variants, ranking or tiers.
 */
export function buildBareLookup(sqlite: Sqlite): { app: FastifyInstance; search(q: string): { rows: BareRow[]; matchedBy: 'phone' | 'card' | 'name' } } {
  const byPhone = sqlite.prepare(`select ${COLUMNS} from customer c where c.phone = ?`)
  const byPhonePrefix = sqlite.prepare(`select ${COLUMNS} from customer c where c.phone >= ? and c.phone < ? order by c.phone limit 8`)
  const byCard = sqlite.prepare(`select ${COLUMNS} from customer c where c.card_code = ?`)
  const byName = [1, 2, 3].map((terms) =>
    sqlite.prepare(
      `select ${COLUMNS}, t0.member from customer_name_token t0 join customer c on c.id = t0.customer_id where t0.token >= ? and t0.token < ?` +
        Array.from(
          { length: terms - 1 },
          (_, n) => ` and exists (select 1 from customer_name_token t${n + 1} where t${n + 1}.customer_id = t0.customer_id and t${n + 1}.token >= ? and t${n + 1}.token < ?)`,
        ).join('') +
        ' limit 8',
    ),
  )

  const search = (q: string): { rows: BareRow[]; matchedBy: 'phone' | 'card' | 'name' } => {
    const trimmed = q.trim()
    if (/^[+(]?[\d\s().-]+$/.test(trimmed) && trimmed.replace(/\D/g, '').length >= 3) {
      const digits = trimmed.replace(/\D/g, '')
      const national = trimmed.startsWith('+') ? digits.replace(/^1/, '') : digits.length === 11 ? digits.replace(/^1/, '') : digits
      const exact = national.length === 10 ? (byPhone.get(`+1${national}`) as BareRow | undefined) : undefined
      if (exact) return { rows: [exact], matchedBy: 'phone' }
      return { rows: byPhonePrefix.all(`+1${national}`, `+1${national}\uffff`) as BareRow[], matchedBy: 'phone' }
    }
    const code = trimmed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
    if (CROCKFORD.test(code) && /\d/.test(trimmed)) return { rows: byCard.all(code) as BareRow[], matchedBy: 'card' }
    const terms = trimmed
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(0, 3)
    if (terms.length === 0) return { rows: [], matchedBy: 'name' }
    return { rows: byName[terms.length - 1]!.all(...terms.flatMap((term) => [term, `${term}\uffff`])) as BareRow[], matchedBy: 'name' }
  }

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
          matchedBy,
        })),
      }
    },
  )
  return { app, search }
}
