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
 * The floor to compare the app with: the index lookups behind the counter search (phone exact,
 * else phone prefix; card code; one name-token prefix range joined to customer; 8 results),
 * answered by prepared statements straight from a bare Fastify route. No session, typo variants,
 * second name word, ranking or tiers.
 */
export function buildBareLookup(sqlite: Sqlite): { app: FastifyInstance; search(q: string): { rows: BareRow[]; matchedBy: 'phone' | 'card' | 'name' } } {
  const byPhone = sqlite.prepare(`select ${COLUMNS} from customer c where c.phone = ?`)
  const byPhonePrefix = sqlite.prepare(`select ${COLUMNS} from customer c where c.phone >= ? and c.phone < ? order by c.phone limit 8`)
  const byCard = sqlite.prepare(`select ${COLUMNS} from customer c where c.card_code = ?`)
  const byName = sqlite.prepare(
    `select ${COLUMNS}, t.member from customer_name_token t join customer c on c.id = t.customer_id where t.token >= ? and t.token < ? limit 8`,
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
    // One index range per query, like the other kinds: the longest word's (usually the rarest). Checking the
    // other words is work the app does on top of this floor.
    const longest = terms.reduce((best, term) => (term.length > best.length ? term : best), '')
    if (!longest) return { rows: [], matchedBy: 'name' }
    return { rows: byName.all(longest, `${longest}\uffff`) as BareRow[], matchedBy: 'name' }
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
