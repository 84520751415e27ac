import type { Customer, CustomerListing, CustomerNote, CustomersTxPort, NameTerm } from '../../domain/customers/index.js'
import { nameTokens } from '../../domain/customers/index.js'
import { DomainError } from '../../domain/shared/errors.js'
import type { Dialect } from '../connect.js'
import { preparedQuery } from '../prepared.js'
import { sql, type ExpressionBuilder, type Kysely } from 'kysely'
import type { Selectable } from 'kysely'
import type { CustomerTable, Database } from '../schema.js'
import { toInstant, toOptionalInstant, type Executor } from '../transaction.js'

const CUSTOMER_COLUMNS = [
  'id',
  'display_name',
  'pronunciation',
  'phone',
  'email',
  'birth_month',
  'birth_day',
  'household',
  'tags',
  'contact_consent_at',
  'card_code',
  'created_at',
  'updated_at',
] as const

type CustomerRow = Pick<Selectable<CustomerTable>, (typeof CUSTOMER_COLUMNS)[number]>

export function rowToCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    displayName: row.display_name,
    pronunciation: row.pronunciation,
    phone: row.phone,
    email: row.email,
    birthday: row.birth_month && row.birth_day ? { month: row.birth_month, day: row.birth_day } : null,
    household: JSON.parse(row.household),
    tags: JSON.parse(row.tags),
    contactConsentAt: toOptionalInstant(row.contact_consent_at),
    cardCode: row.card_code,
    createdAt: toInstant(row.created_at),
    updatedAt: toInstant(row.updated_at),
  }
}

function customerToRow(customer: Customer) {
  return {
    id: customer.id,
    display_name: customer.displayName,
    pronunciation: customer.pronunciation,
    phone: customer.phone,
    email: customer.email,
    birth_month: customer.birthday?.month ?? null,
    birth_day: customer.birthday?.day ?? null,
    household: JSON.stringify(customer.household),
    tags: JSON.stringify(customer.tags),
    contact_consent_at: customer.contactConsentAt?.toISOString() ?? null,
    card_code: customer.cardCode,
    created_at: customer.createdAt.toISOString(),
    updated_at: customer.updatedAt.toISOString(),
  }
}

/**
 * The search tokens of a customer: each word of the account holder's name (member '') and of each
 * household member's, plus each whole name of two words or more, so "jill oka" is one index range.
 */
export function tokenRowsOf(customer: Pick<Customer, 'id' | 'displayName' | 'household'>) {
  const rows = new Map<string, { token: string; customer_id: string; member: string }>()
  const add = (name: string, member: string) => {
    const words = nameTokens(name)
    for (const token of words) rows.set(`${token}\u0000${member}`, { token, customer_id: customer.id, member })
    if (words.length > 1) rows.set(`${words.join(' ')}\u0000${member}`, { token: words.join(' '), customer_id: customer.id, member })
  }
  add(customer.displayName, '')
  for (const person of customer.household) add(person.name, person.name)
  return [...rows.values()]
}

/** Upper bound of a prefix range in byte order. */
const prefixEnd = (prefix: string) => `${prefix}\uffff`

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && (/UNIQUE constraint failed/.test(error.message) || (error as { code?: string }).code === '23505')

const rowToListing = (row: { id: string; display_name: string; phone: string | null; visit_days: number | null }): CustomerListing => ({
  id: row.id,
  displayName: row.display_name,
  phone: row.phone,
  visitDays: Number(row.visit_days ?? 0),
})

/**
 * What a search result shows, with the customer's visit count since a day (for the tier) as a subquery: one
 * statement per search instead of two. Every column more costs the counter's search time in row conversion.
 */
const listings = (db: Kysely<Database>, visitsSince: string) =>
  db
    .selectFrom('customer')
    .select((eb) => [
      'customer.id',
      'customer.display_name',
      'customer.phone',
      eb
        .selectFrom('order')
        .select((inner) => inner.fn.count<number>('order.local_day').distinct().as('visits'))
        .whereRef('order.customer_id', '=', 'customer.id')
        .where('order.voided_at', 'is', null)
        .where('order.local_day', '>=', visitsSince)
        .as('visit_days'),
    ])

/** The counter's searches, built and compiled once. */
const search = {
  byPhone: preparedQuery((db, p: { phone: string; since: string }) => listings(db, p.since).where('customer.phone', '=', p.phone)),
  byCardCode: preparedQuery((db, p: { code: string; since: string }) => listings(db, p.since).where('customer.card_code', '=', p.code)),
  byPhonePrefix: preparedQuery((db, p: { from: string; to: string; limit: number; since: string }) =>
    listings(db, p.since).where('customer.phone', '>=', p.from).where('customer.phone', '<', p.to).orderBy('customer.phone').limit(p.limit),
  ),
  byNameTokenPrefix: preparedQuery((db, p: { from: string; to: string; limit: number }) =>
    db
      .selectFrom('customer_name_token')
      .select(['customer_id', 'member', 'token'])
      .where('token', '>=', p.from)
      .where('token', '<', p.to)
      .orderBy('token')
      .orderBy('customer_id')
      .orderBy('member')
      .limit(p.limit),
  ),
  byIds: preparedQuery((db, p: { ids: string[]; since: string }) => listings(db, p.since).where('customer.id', 'in', p.ids)),
}

export function customersRepository(db: Executor, dialect: Dialect): CustomersTxPort {
  const selectCustomers = () => db.selectFrom('customer').select(CUSTOMER_COLUMNS)

  async function insertTokens(customer: Customer) {
    const rows = tokenRowsOf(customer)
    if (rows.length > 0) await db.insertInto('customer_name_token').values(rows).execute()
  }

  return {
    async findById(id) {
      const row = await selectCustomers().where('id', '=', id).executeTakeFirst()
      return row && rowToCustomer(row)
    },
    async findByPhone(phone) {
      const row = await selectCustomers().where('phone', '=', phone).executeTakeFirst()
      return row && rowToCustomer(row)
    },
    async listByPhone(phone, since) {
      return (await search.byPhone.run(db, dialect, { phone, since })).map(rowToListing)
    },
    async listByCardCode(code, since) {
      return (await search.byCardCode.run(db, dialect, { code, since })).map(rowToListing)
    },
    async listByPhonePrefix(prefix, limit, since) {
      return (await search.byPhonePrefix.run(db, dialect, { from: prefix, to: prefixEnd(prefix), limit, since })).map(rowToListing)
    },
    async findByNameTokenPrefix(prefix, limit) {
      const rows = await search.byNameTokenPrefix.run(db, dialect, { from: prefix, to: prefixEnd(prefix), limit })
      return rows.map((row) => ({ customerId: row.customer_id, member: row.member, token: row.token }))
    },
    async findNameCandidates(terms, limit, enough = limit) {
      if (terms.length === 0) return []
      // The longest word drives an index range on the token; each other word is checked per candidate.
      // One query with every word's range and typo variants OR-ed together makes SQLite scan the table.
      const [driver, ...others] = [...terms].sort((a, b) => b.term.length - a.term.length) as [NameTerm, ...NameTerm[]]
      const matchesOthers = (eb: ExpressionBuilder<Database & { t0: Database['customer_name_token'] }, 't0'>) =>
        eb.and(
          others.map(({ term, variants }) =>
            eb.exists(
              eb
                .selectFrom('customer_name_token as o')
                .select(eb.lit(1).as('one'))
                .whereRef('o.customer_id', '=', 't0.customer_id')
                .whereRef('o.member', '=', 't0.member')
                .where((inner) =>
                  inner.or([
                    inner.and([inner('o.token', '>=', term), inner('o.token', '<', prefixEnd(term))]),
                    ...(variants.length > 0 ? [inner('o.token', 'in', variants)] : []),
                  ]),
                ),
            ),
          ),
        )
      const candidates = () => db.selectFrom('customer_name_token as t0').select(['t0.customer_id', 't0.member']).where(matchesOthers)
      // Words typed in name order match a whole-name token in one range ("jill oka" → "jill okafor").
      const whole = terms.length > 1 ? terms.map(({ term }) => term).join(' ') : null
      const found = whole
        ? await db.selectFrom('customer_name_token as t0').select(['t0.customer_id', 't0.member']).where('t0.token', '>=', whole).where('t0.token', '<', prefixEnd(whole)).limit(limit).execute()
        : []
      const wholeMatched = found.length > 0
      if (!wholeMatched) found.push(...(await candidates().where('t0.token', '>=', driver.term).where('t0.token', '<', prefixEnd(driver.term)).limit(limit).execute()))
      // One-edit matches rank below prefix matches, so they are looked for only when too few were found to fill
      // the results, and never when the whole name matched as typed: probing every variant is the costly path.
      if (!wholeMatched && found.length < enough && driver.variants.length > 0) {
        found.push(...(await candidates().where('t0.token', 'in', driver.variants).limit(limit - found.length).execute()))
      }
      const keys = new Map(found.map((row) => [`${row.customer_id}\u0000${row.member}`, row]))
      if (keys.size === 0) return []
      const ids = [...new Set(found.map((row) => row.customer_id))]
      const tokens = await db.selectFrom('customer_name_token').select(['customer_id', 'member', 'token']).where('customer_id', 'in', ids).execute()
      return [...keys.values()].map((row) => ({
        customerId: row.customer_id,
        member: row.member,
        tokens: tokens.filter((token) => token.customer_id === row.customer_id && token.member === row.member).map((token) => token.token),
      }))
    },
    async listByIds(ids, since) {
      if (ids.length === 0) return []
      return (await search.byIds.run(db, dialect, { ids, since })).map(rowToListing)
    },
    async insert(customer) {
      try {
        await db.insertInto('customer').values(customerToRow(customer)).execute()
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('conflict', 'customer.phone_taken', 'Another customer already has this phone number.')
        throw error
      }
      await insertTokens(customer)
    },
    async update(customer) {
      const { id: _id, created_at: _created, card_code: _card, ...changes } = customerToRow(customer)
      try {
        await db.updateTable('customer').set(changes).where('id', '=', customer.id).execute()
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('conflict', 'customer.phone_taken', 'Another customer already has this phone number.')
        throw error
      }
      await db.deleteFrom('customer_name_token').where('customer_id', '=', customer.id).execute()
      await insertTokens(customer)
    },
    async lockForUpdate(id) {
      // SQLite runs one write transaction at a time already; PostgreSQL needs the row lock.
      const locked = dialect === 'postgres' ? sql`select id from customer where id = ${id} for update` : sql`select id from customer where id = ${id}`
      return (await locked.execute(db)).rows.length === 1
    },
    async insertNote(note) {
      await db
        .insertInto('customer_note')
        .values({
          id: note.id,
          customer_id: note.customerId,
          staff_id: note.staffId,
          location_id: note.locationId,
          body: note.body,
          created_at: note.createdAt.toISOString(),
        })
        .execute()
    },
    async listNotes(customerId, limit): Promise<CustomerNote[]> {
      const rows = await db
        .selectFrom('customer_note')
        .innerJoin('staff_member', 'staff_member.id', 'customer_note.staff_id')
        .innerJoin('location', 'location.id', 'customer_note.location_id')
        .select([
          'customer_note.id',
          'customer_note.customer_id',
          'customer_note.staff_id',
          'customer_note.location_id',
          'customer_note.body',
          'customer_note.created_at',
          'staff_member.first_name',
          'location.name as location_name',
        ])
        .where('customer_note.customer_id', '=', customerId)
        .orderBy('customer_note.created_at', 'desc')
        .orderBy('customer_note.id', 'desc')
        .limit(limit)
        .execute()
      return rows.map((row) => ({
        id: row.id,
        customerId: row.customer_id,
        staffId: row.staff_id,
        staffName: row.first_name,
        locationId: row.location_id,
        locationName: row.location_name,
        body: row.body,
        createdAt: toInstant(row.created_at),
      }))
    },
  }
}
