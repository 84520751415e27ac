import type { Selectable } from 'kysely'
import type { CustomerDataExport, PrivacyPort, PrivacyRequest } from '../../domain/privacy/index.js'
import { ERASED } from '../../domain/privacy/index.js'
import type { PrivacyRequestTable } from '../schema.js'
import { toInstant, toOptionalInstant, type Executor } from '../transaction.js'

/** JSON keys whose values are a customer's personal data wherever a snapshot quotes them. */
const PERSONAL_KEYS = new Set(['displayName', 'pronunciation', 'phone', 'email', 'contactEmail', 'birthday', 'household', 'tags', 'note', 'notes', 'body', 'text', 'message', 'name', 'customerName', 'to', 'sentTo', 'subject'])

type Row = Record<string, unknown>

const parsed = (row: Row, ...columns: string[]): Row => {
  const copy = { ...row }
  for (const column of columns) if (typeof copy[column] === 'string') copy[column] = JSON.parse(copy[column] as string)
  return copy
}

/** Redacts a JSON snapshot: personal keys, and any string quoting one of the customer's identifiers. */
function redact(value: unknown, identifiers: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => redact(item, identifiers))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, PERSONAL_KEYS.has(key) && inner !== null ? ERASED : redact(inner, identifiers)]))
  }
  if (typeof value === 'string' && identifiers.some((identifier) => value.includes(identifier))) return ERASED
  return value
}

/**
 * Erasure reaches across modules' tables on purpose: it is driven by the personal-data registry (PII_COLUMNS),
 * and one repository doing all of it in the caller's transaction is what makes it all-or-nothing.
 */
export function privacyRepository(db: Executor): PrivacyPort {
  return {
    ...privacyRequestQueries(db),
    async exportCustomer(customerId): Promise<CustomerDataExport | undefined> {
      const customer = await db.selectFrom('customer').selectAll().where('id', '=', customerId).executeTakeFirst()
      if (!customer) return undefined
      const [notes, orders, lines, gestures, coupons, feedback, stamps, tab] = await Promise.all([
        db.selectFrom('customer_note').selectAll().where('customer_id', '=', customerId).orderBy('created_at').execute(),
        db.selectFrom('order').selectAll().where('customer_id', '=', customerId).orderBy('placed_at').execute(),
        db.selectFrom('order_line').innerJoin('order', 'order.id', 'order_line.order_id').selectAll('order_line').where('order.customer_id', '=', customerId).execute(),
        db.selectFrom('gesture').selectAll().where('customer_id', '=', customerId).orderBy('requested_at').execute(),
        db.selectFrom('coupon').selectAll().where('customer_id', '=', customerId).orderBy('issued_at').execute(),
        db
          .selectFrom('feedback')
          .selectAll()
          .where((eb) => (customer.email ? eb.or([eb('customer_id', '=', customerId), eb('contact_email', '=', customer.email)]) : eb('customer_id', '=', customerId)))
          .orderBy('received_at')
          .execute(),
        db.selectFrom('stamp_entry').selectAll().where('customer_id', '=', customerId).orderBy('at').execute(),
        db.selectFrom('tab_entry').innerJoin('tab_account', 'tab_account.id', 'tab_entry.account_id').selectAll('tab_entry').where('tab_account.customer_id', '=', customerId).orderBy('tab_entry.at').execute(),
      ])
      const linesOf = new Map<string, Row[]>()
      for (const line of lines) linesOf.set(line.order_id, [...(linesOf.get(line.order_id) ?? []), parsed(line, 'modifiers')])
      return {
        customer: parsed(customer, 'household', 'tags'),
        notes,
        orders: orders.map((order) => ({ ...order, lines: linesOf.get(order.id) ?? [] })),
        gestures,
        coupons,
        feedback,
        stamps,
        tab,
      }
    },

    async anonymise({ customerId, anonymousName, cardCode, email, at }) {
      const before = await db.selectFrom('customer').select(['display_name', 'phone', 'email']).where('id', '=', customerId).executeTakeFirstOrThrow()
      let rowsChanged = 0
      const count = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }[]) => {
        for (const part of result) rowsChanged += Number(part.numUpdatedRows ?? part.numDeletedRows ?? 0n)
      }
      count(
        await db
          .updateTable('customer')
          .set({
            display_name: anonymousName,
            pronunciation: null,
            phone: null,
            email: null,
            birth_month: null,
            birth_day: null,
            household: '[]',
            tags: '[]',
            contact_consent_at: null,
            card_code: cardCode,
            ref: null,
            updated_at: at.toISOString(),
          })
          .where('id', '=', customerId)
          .execute(),
      )
      count(await db.deleteFrom('customer_name_token').where('customer_id', '=', customerId).execute())
      count(await db.updateTable('customer_note').set({ body: ERASED }).where('customer_id', '=', customerId).execute())
      count(await db.updateTable('gesture').set({ note: null, decision_note: null }).where('customer_id', '=', customerId).execute())
      count(await db.updateTable('coupon').set({ message: ERASED }).where('customer_id', '=', customerId).execute())
      count(await db.deleteFrom('stamp_card').where('customer_id', '=', customerId).execute())
      count(await db.updateTable('stamp_entry').set({ reason: ERASED }).where('customer_id', '=', customerId).where('kind', '=', 'adjust').execute())
      const accounts = db.selectFrom('tab_account').select('id').where('customer_id', '=', customerId)
      count(await db.updateTable('tab_entry').set({ reason: ERASED }).where('account_id', 'in', accounts).where('kind', '=', 'write_off').execute())

      const feedbackIds = (
        await db
          .selectFrom('feedback')
          .select('id')
          .where((eb) => (email ? eb.or([eb('customer_id', '=', customerId), eb('contact_email', '=', email)]) : eb('customer_id', '=', customerId)))
          .execute()
      ).map((row) => row.id)
      if (feedbackIds.length > 0) {
        count(await db.updateTable('feedback').set({ text: ERASED, contact_email: null, customer_id: customerId }).where('id', 'in', feedbackIds).execute())
        count(await db.updateTable('feedback_reply').set({ body: ERASED, sent_to: ERASED }).where('feedback_id', 'in', feedbackIds).execute())
        count(await db.updateTable('kudos').set({ note: null }).where('feedback_id', 'in', feedbackIds).where('from_role', '=', 'customer').execute())
        count(await db.updateTable('task').set({ title: 'Follow up with a customer whose data was erased' }).where('feedback_id', 'in', feedbackIds).execute())
      }
      count(
        await db
          .updateTable('privacy_request')
          .set({ contact_email: ERASED })
          .where((eb) => (email ? eb.or([eb('customer_id', '=', customerId), eb('contact_email', '=', email)]) : eb('customer_id', '=', customerId)))
          .execute(),
      )
      count(await db.deleteFrom('idempotency_key').where('response_body', 'like', `%${customerId}%`).execute())

      // Snapshots (audit, outbox, live events) keep their rows and lose the customer's words.
      const identifiers = [before.display_name, before.phone, before.email, email].filter((value): value is string => typeof value === 'string' && value.length >= 3)
      const mentions = [customerId, ...identifiers, ...feedbackIds]
      const matching = (column: string) => (eb: any) => eb.or(mentions.map((mention) => eb(column, 'like', `%${mention}%`)))
      for (const event of await db.selectFrom('audit_event').select(['id', 'before', 'after']).where('redacted_at', 'is', null).where((eb) => eb.or([matching('before')(eb), matching('after')(eb)])).execute()) {
        await db
          .updateTable('audit_event')
          .set({
            before: event.before === null ? null : JSON.stringify(redact(JSON.parse(event.before), identifiers)),
            after: event.after === null ? null : JSON.stringify(redact(JSON.parse(event.after), identifiers)),
            redacted_at: at.toISOString(),
          })
          .where('id', '=', event.id)
          .execute()
        rowsChanged += 1
      }
      for (const table of ['outbox', 'live_event'] as const) {
        for (const row of await db.selectFrom(table).select(['id', 'payload']).where(matching('payload')).execute()) {
          await db.updateTable(table).set({ payload: JSON.stringify(redact(JSON.parse(row.payload), identifiers)) }).where('id', '=', row.id).execute()
          rowsChanged += 1
        }
      }
      return { rowsChanged }
    },
  }
}

type RequestRow = Selectable<PrivacyRequestTable>

function rowToPrivacyRequest(row: RequestRow): PrivacyRequest {
  return {
    id: row.id,
    kind: row.kind,
    contactEmail: row.contact_email,
    customerId: row.customer_id,
    status: row.status,
    requestedAt: toInstant(row.requested_at),
    decidedAt: toOptionalInstant(row.decided_at),
    decidedBy: row.decided_by,
  }
}

export function privacyRequestQueries(db: Executor): Pick<PrivacyPort, 'insertRequest' | 'findRequest' | 'listRequests' | 'markDecided' | 'findCustomerIdByEmail'> {
  return {
    async insertRequest(request) {
      await db
        .insertInto('privacy_request')
        .values({ id: request.id, kind: request.kind, contact_email: request.contactEmail, customer_id: request.customerId, status: request.status, requested_at: request.requestedAt.toISOString() })
        .execute()
    },
    async findRequest(id) {
      const row = await db.selectFrom('privacy_request').selectAll().where('id', '=', id).executeTakeFirst()
      return row && rowToPrivacyRequest(row)
    },
    async listRequests(limit) {
      return (await db.selectFrom('privacy_request').selectAll().orderBy('requested_at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(rowToPrivacyRequest)
    },
    async markDecided(id, status, by, at) {
      const result = await db.updateTable('privacy_request').set({ status, decided_by: by, decided_at: at.toISOString() }).where('id', '=', id).where('status', '=', 'requested').executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
    async findCustomerIdByEmail(email) {
      return (await db.selectFrom('customer').select('id').where('email', '=', email).orderBy('created_at').executeTakeFirst())?.id
    },
  }
}
