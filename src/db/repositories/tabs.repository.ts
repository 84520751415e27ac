import { sql } from 'kysely'
import type { TabAccount, TabApproval, TabEntry, TabEntryKind, TabsPort, TabStatement } from '../../domain/tabs/index.js'
import type { Selectable } from 'kysely'
import type { TabStatementTable } from '../schema.js'
import { toInstant, toOptionalInstant, type Executor } from '../transaction.js'


function accountOf(row: { id: string; customer_id: string; kind: 'tab' | 'house'; limit_minor: number; status: 'open' | 'closed'; location_id: string; opened_by: string; opened_at: string | Date; closed_at: string | Date | null }): TabAccount {
  return {
    id: row.id,
    customerId: row.customer_id,
    kind: row.kind,
    limitMinor: Number(row.limit_minor),
    status: row.status,
    locationId: row.location_id,
    openedBy: row.opened_by,
    openedAt: toInstant(row.opened_at),
    closedAt: toOptionalInstant(row.closed_at),
  }
}

function approvalOf(row: {
  id: string
  customer_id: string
  location_id: string
  staff_id: string
  amount_minor: number
  limit_minor: number
  balance_minor: number
  order_request: string
  status: TabApproval['status']
  requested_at: string | Date
  expires_at: string | Date
  decided_at: string | Date | null
  decided_by: string | null
  order_id: string | null
}): TabApproval {
  return {
    id: row.id,
    customerId: row.customer_id,
    locationId: row.location_id,
    staffId: row.staff_id,
    amountMinor: Number(row.amount_minor),
    limitMinor: Number(row.limit_minor),
    balanceMinor: Number(row.balance_minor),
    orderRequest: JSON.parse(row.order_request),
    status: row.status,
    requestedAt: toInstant(row.requested_at),
    expiresAt: toInstant(row.expires_at),
    decidedAt: toOptionalInstant(row.decided_at),
    decidedBy: row.decided_by,
    orderId: row.order_id,
  }
}

function statementOf(row: Selectable<TabStatementTable>): TabStatement {
  return {
    id: row.id,
    accountId: row.account_id,
    number: Number(row.number),
    periodStart: toInstant(row.period_start),
    periodEnd: toInstant(row.period_end),
    openingMinor: Number(row.opening_minor),
    closingMinor: Number(row.closing_minor),
    entries: (JSON.parse(row.entries) as (Omit<TabStatement['entries'][number], 'at'> & { at: string })[]).map((e) => ({ ...e, at: new Date(e.at) })),
    issuedBy: row.issued_by,
    issuedAt: toInstant(row.issued_at),
  }
}

export function tabsRepository(db: Executor): TabsPort {
  return {
    async accountForCustomer(customerId) {
      const row = await db.selectFrom('tab_account').selectAll().where('customer_id', '=', customerId).executeTakeFirst()
      return row ? accountOf(row) : undefined
    },
    async findAccount(id) {
      const row = await db.selectFrom('tab_account').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? accountOf(row) : undefined
    },
    async saveAccount(account) {
      const values = tabAccountRow(account)
      await db
        .insertInto('tab_account')
        .values(values)
        .onConflict((oc) => oc.column('customer_id').doUpdateSet({ kind: values.kind, limit_minor: values.limit_minor, status: values.status, location_id: values.location_id, opened_by: values.opened_by, opened_at: values.opened_at, closed_at: values.closed_at }))
        .execute()
    },
    async entries(accountId) {
      const rows = await db.selectFrom('tab_entry').selectAll().where('account_id', '=', accountId).orderBy('at').orderBy('id').execute()
      return rows.map(
        (row): TabEntry => ({
          id: row.id,
          accountId: row.account_id,
          kind: row.kind as TabEntryKind,
          amountMinor: Number(row.amount_minor),
          orderId: row.order_id,
          reversesId: row.reverses_id,
          staffId: row.staff_id,
          approvedBy: row.approved_by,
          locationId: row.location_id,
          reason: row.reason,
          at: toInstant(row.at),
        }),
      )
    },
    async insertEntry(entry) {
      await db
        .insertInto('tab_entry')
        .values({
          id: entry.id,
          account_id: entry.accountId,
          kind: entry.kind,
          amount_minor: entry.amountMinor,
          order_id: entry.orderId,
          reverses_id: entry.reversesId,
          staff_id: entry.staffId,
          approved_by: entry.approvedBy,
          location_id: entry.locationId,
          reason: entry.reason,
          at: entry.at.toISOString(),
        })
        .execute()
    },
    async listOpen(locationId) {
      let query = db
        .selectFrom('tab_account')
        .innerJoin('customer', 'customer.id', 'tab_account.customer_id')
        .leftJoin('tab_entry', 'tab_entry.account_id', 'tab_account.id')
        .selectAll('tab_account')
        .select((eb) => [
          'customer.display_name as customer_name',
          eb.fn.coalesce(eb.fn.sum<number>('tab_entry.amount_minor'), sql<number>`0`).as('balance_minor'),
          sql<string | Date | null>`max(case when tab_entry.kind = 'charge' then tab_entry.at end)`.as('last_charge_at'),
        ])
        .where('tab_account.status', '=', 'open')
        .groupBy(['tab_account.id', 'customer.display_name'])
        .orderBy('customer.display_name')
      if (locationId) query = query.where('tab_account.location_id', '=', locationId)
      const rows = await query.execute()
      return rows.map((row) => ({ account: accountOf(row), balanceMinor: Number(row.balance_minor), customerName: row.customer_name, lastChargeAt: row.last_charge_at ? toInstant(row.last_charge_at) : null }))
    },
    async lastStatement(accountId) {
      const row = await db.selectFrom('tab_statement').selectAll().where('account_id', '=', accountId).orderBy('number', 'desc').executeTakeFirst()
      return row ? statementOf(row) : undefined
    },
    async insertStatement(statement) {
      await db
        .insertInto('tab_statement')
        .values({
          id: statement.id,
          account_id: statement.accountId,
          number: statement.number,
          period_start: statement.periodStart.toISOString(),
          period_end: statement.periodEnd.toISOString(),
          opening_minor: statement.openingMinor,
          closing_minor: statement.closingMinor,
          entries: JSON.stringify(statement.entries),
          issued_by: statement.issuedBy,
          issued_at: statement.issuedAt.toISOString(),
        })
        .execute()
    },
    async findStatement(id) {
      const row = await db.selectFrom('tab_statement').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? statementOf(row) : undefined
    },
    async insertApproval(approval) {
      await db
        .insertInto('tab_approval')
        .values({
          id: approval.id,
          customer_id: approval.customerId,
          location_id: approval.locationId,
          staff_id: approval.staffId,
          amount_minor: approval.amountMinor,
          limit_minor: approval.limitMinor,
          balance_minor: approval.balanceMinor,
          order_request: JSON.stringify(approval.orderRequest),
          status: approval.status,
          requested_at: approval.requestedAt.toISOString(),
          expires_at: approval.expiresAt.toISOString(),
          decided_at: null,
          decided_by: null,
          order_id: null,
        })
        .execute()
    },
    async findApproval(id) {
      const row = await db.selectFrom('tab_approval').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? approvalOf(row) : undefined
    },
    async decideApproval(id, decision) {
      const result = await db
        .updateTable('tab_approval')
        .set({ status: decision.status, decided_at: decision.at.toISOString(), decided_by: decision.by })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('expires_at', '>', decision.at.toISOString())
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    async attachOrder(approvalId, orderId) {
      await db.updateTable('tab_approval').set({ order_id: orderId }).where('id', '=', approvalId).execute()
    },
    async listPendingApprovals(locationId, now) {
      const rows = await db
        .selectFrom('tab_approval')
        .innerJoin('customer', 'customer.id', 'tab_approval.customer_id')
        .innerJoin('staff_member', 'staff_member.id', 'tab_approval.staff_id')
        .selectAll('tab_approval')
        .select(['customer.display_name as customer_name', 'staff_member.first_name as staff_name'])
        .where('tab_approval.location_id', '=', locationId)
        .where('tab_approval.status', '=', 'pending')
        .where('tab_approval.expires_at', '>', now.toISOString())
        .orderBy('tab_approval.requested_at')
        .execute()
      return rows.map((row) => ({ ...approvalOf(row), customerName: row.customer_name, staffName: row.staff_name }))
    },
  }
}

/** A tab account as its row. */
export const tabAccountRow = (account: TabAccount) => ({
  id: account.id,
  customer_id: account.customerId,
  kind: account.kind,
  limit_minor: account.limitMinor,
  status: account.status,
  location_id: account.locationId,
  opened_by: account.openedBy,
  opened_at: account.openedAt.toISOString(),
  closed_at: account.closedAt?.toISOString() ?? null,
})
