import { auditRecord } from '../audit/index.js'
import { customerNotFound } from '../customers/index.js'
import type { TabReads, TabsDeps, TabsTxRepos } from './ports.js'
import { tierPerkOf } from '../tiers/index.js'
import { DomainError } from '../shared/errors.js'
import { localDay } from '../shared/instant.js'
import { businessSettings } from '../shared/settings.js'
import { APPROVAL_WINDOW_MS, hasRole, requireLocation, requireRole, type Actor } from '../access/index.js'
import { decideCharge, tabBalance, withTabLapse, type ChargeDecision, type TabAccount, type TabApproval, type TabEntry, type TabEntryKind, type TabKind, type TabStatement } from './tab.js'

const LIMIT_MAX = 1_000_000
const REASON_MAX = 200

/**
 * Opens a tab. At the counter the customer's tier decides whether one may be opened and its limit (a regular $30,
 * a VIP $100); a manager can open a tab or a house account for anyone, with any limit.
 */
async function open(deps: Pick<TabsDeps, 'ids'>, repos: TabsTxRepos, actor: Actor, customerId: string, wish: { kind?: TabKind; limitMinor?: number }, now: Date): Promise<TabAccount> {
  const existing = await repos.tabs.accountForCustomer(customerId)
  if (existing?.status === 'open') throw new DomainError('conflict', 'tab.already_open', 'This customer already has an open tab.', { accountId: existing.id })
  const manager = hasRole(actor, 'manager')
  let limitMinor: number
  if (manager && wish.limitMinor !== undefined) {
    if (!Number.isSafeInteger(wish.limitMinor) || wish.limitMinor < 0 || wish.limitMinor > LIMIT_MAX) {
      throw new DomainError('invalid', 'tab.limit_invalid', 'The limit is a whole amount of cents, from 0 to 1,000,000.', { field: 'limitMinor' })
    }
    limitMinor = wish.limitMinor
  } else {
    const { tier, perk } = await tierPerkOf(repos, customerId, localDay(now, actor.timeZone))
    if (perk.tabLimitMinor === 0 && !manager) {
      throw new DomainError('forbidden', 'tab.not_allowed', `A ${tier} customer's tab is opened by a manager.`, { tier })
    }
    limitMinor = perk.tabLimitMinor
  }
  const kind = wish.kind ?? 'tab'
  if (kind === 'house' && !manager) throw new DomainError('forbidden', 'auth.role_required', 'Only a manager or above can open a house account.', { requiredRole: 'manager' })
  const account: TabAccount = { id: existing?.id ?? deps.ids.next(), customerId, kind, limitMinor, status: 'open', locationId: actor.locationId, openedBy: actor.staffId, openedAt: now, closedAt: null }
  await repos.tabs.saveAccount(account)
  await repos.audit.record(auditRecord(actor, 'tab.opened', { type: 'tab_account', id: account.id }, now, {
    locationId: actor.locationId,
    before: existing ?? null,
    after: account,
  }))
  return account
}

async function lockCustomer(repos: TabsTxRepos, customerId: string): Promise<void> {
  if (!(await repos.customers.lockForUpdate(customerId))) throw customerNotFound(customerId)
}

export interface TabView {
  account: TabAccount | null
  balanceMinor: number
  /** What a charge may still add before a manager is asked. */
  availableMinor: number
  entries: TabEntry[]
}

const viewOf = (account: TabAccount | undefined, entries: TabEntry[]): TabView => {
  const balanceMinor = tabBalance(entries)
  return { account: account ?? null, balanceMinor, availableMinor: account?.status === 'open' ? Math.max(0, account.limitMinor - balanceMinor) : 0, entries: entries.slice(-50).reverse() }
}

export async function openTab(deps: TabsDeps, actor: Actor, customerId: string, wish: { kind?: TabKind; limitMinor?: number }): Promise<TabView> {
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    await lockCustomer(repos, customerId)
    const account = await open(deps, repos, actor, customerId, wish, now)
    await repos.live.publish({ topic: 'tab.changed', locationId: actor.locationId, payload: { customerId } }, now)
    return viewOf(account, await repos.tabs.entries(account.id))
  })
}

export async function tabOf(deps: TabReads, customerId: string): Promise<TabView> {
  const account = await deps.repos.tabs.accountForCustomer(customerId)
  return viewOf(account, account ? await deps.repos.tabs.entries(account.id) : [])
}

export interface TabCheck {
  account: TabAccount
  balanceMinor: number
  decision: ChargeDecision
}

/**
 * Under the customer's lock, in the order's transaction: the open tab (a same-day one is opened when the tier
 * allows), its balance, and whether this amount fits. Parallel charges queue on the lock, so none passes the limit.
 */
export async function checkTabCharge(deps: Pick<TabsDeps, 'ids'>, repos: TabsTxRepos, actor: Actor, customerId: string, amountMinor: number, now: Date): Promise<TabCheck> {
  await lockCustomer(repos, customerId)
  const current = await repos.tabs.accountForCustomer(customerId)
  const account = current?.status === 'open' ? current : await open(deps, repos, actor, customerId, { kind: 'tab' }, now)
  const balanceMinor = tabBalance(await repos.tabs.entries(account.id))
  return { account, balanceMinor, decision: decideCharge(account.limitMinor, balanceMinor, amountMinor) }
}

async function appendEntry(deps: Pick<TabsDeps, 'ids'>, repos: TabsTxRepos, actor: Actor, account: TabAccount, input: { kind: TabEntryKind; amountMinor: number; orderId?: string | null; reversesId?: string | null; approvedBy?: string | null; reason?: string | null }, balanceBefore: number, now: Date): Promise<TabEntry> {
  const entry: TabEntry = {
    id: deps.ids.next(),
    accountId: account.id,
    kind: input.kind,
    amountMinor: input.amountMinor,
    orderId: input.orderId ?? null,
    reversesId: input.reversesId ?? null,
    staffId: actor.staffId,
    approvedBy: input.approvedBy ?? null,
    locationId: actor.locationId,
    reason: input.reason ?? null,
    at: now,
  }
  await repos.tabs.insertEntry(entry)
  await repos.audit.record(auditRecord(actor, `tab.${entry.kind}`, { type: 'tab_account', id: account.id }, now, {
    locationId: actor.locationId,
    before: { balanceMinor: balanceBefore },
    after: { entryId: entry.id, amountMinor: entry.amountMinor, orderId: entry.orderId, approvedBy: entry.approvedBy, reason: entry.reason, balanceMinor: balanceBefore + entry.amountMinor },
  }))
  await repos.live.publish({ topic: 'tab.changed', locationId: actor.locationId, payload: { customerId: account.customerId } }, now)
  return entry
}

/** The order's charge, after checkTabCharge said it fits (or a manager allowed it). One charge per order is a unique index. */
export async function chargeTab(deps: Pick<TabsDeps, 'ids'>, repos: TabsTxRepos, actor: Actor, check: TabCheck, order: { id: string; totalMinor: number }, approvedBy: string | null, now: Date) {
  await appendEntry(deps, repos, actor, check.account, { kind: 'charge', amountMinor: order.totalMinor, orderId: order.id, approvedBy }, check.balanceMinor, now)
  return { balanceMinor: check.balanceMinor + order.totalMinor, limitMinor: check.account.limitMinor }
}

/** Asks a manager to let a charge pass the limit: a live request that lapses after 10 minutes. */
export async function requestTabApproval(deps: Pick<TabsDeps, 'ids'>, repos: TabsTxRepos, actor: Actor, check: TabCheck, amountMinor: number, orderRequest: unknown, now: Date): Promise<TabApproval> {
  const approval: TabApproval = {
    id: deps.ids.next(),
    customerId: check.account.customerId,
    locationId: actor.locationId,
    staffId: actor.staffId,
    amountMinor,
    limitMinor: check.account.limitMinor,
    balanceMinor: check.balanceMinor,
    orderRequest,
    status: 'pending',
    requestedAt: now,
    expiresAt: new Date(now.getTime() + APPROVAL_WINDOW_MS),
    decidedAt: null,
    decidedBy: null,
    orderId: null,
  }
  await repos.tabs.insertApproval(approval)
  await repos.audit.record(auditRecord(actor, 'tab.approval_requested', { type: 'tab_approval', id: approval.id }, now, {
    locationId: actor.locationId,
    after: { ...approval, orderRequest: undefined },
  }))
  await repos.live.publish({ topic: 'approval.requested', locationId: actor.locationId, payload: { tabApprovalId: approval.id } }, now)
  return approval
}

/** A void takes the order's charge off the tab, linked to it; a settled charge reversed leaves credit. */
export async function reverseTabForOrder(deps: Pick<TabsDeps, 'ids'>, repos: TabsTxRepos, actor: Actor, order: { id: string; customerId: string | null; status: string }, now: Date): Promise<void> {
  if (order.status !== 'tab' || !order.customerId) return
  await lockCustomer(repos, order.customerId)
  const account = await repos.tabs.accountForCustomer(order.customerId)
  if (!account) return
  const entries = await repos.tabs.entries(account.id)
  const charge = entries.find((e) => e.kind === 'charge' && e.orderId === order.id)
  if (!charge || entries.some((e) => e.reversesId === charge.id)) return
  await appendEntry(deps, repos, actor, account, { kind: 'reverse', amountMinor: -charge.amountMinor, orderId: order.id, reversesId: charge.id, reason: 'order voided' }, tabBalance(entries), now)
}

async function openAccountOf(repos: TabsTxRepos, actor: Actor, customerId: string): Promise<{ account: TabAccount; entries: TabEntry[] }> {
  await lockCustomer(repos, customerId)
  const account = await repos.tabs.accountForCustomer(customerId)
  if (!account || account.status !== 'open') throw new DomainError('conflict', 'tab.not_open', 'This customer has no open tab.', { customerId })
  if (account.kind === 'tab') requireLocation(actor, account.locationId)
  return { account, entries: await repos.tabs.entries(account.id) }
}

function amountToTake(requested: number | undefined, balance: number, code: string): number {
  const amount = requested ?? balance
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new DomainError('invalid', code, 'The amount is a whole number of cents above zero.', { field: 'amountMinor' })
  if (amount > balance) throw new DomainError('invalid', code, `The tab only owes ${balance} cents.`, { field: 'amountMinor', balanceMinor: balance })
  return amount
}

/** Settle up, fully (no amount) or in part. A same-day tab settled to zero closes. */
export async function settleTab(deps: TabsDeps, actor: Actor, customerId: string, amountMinor?: number): Promise<TabView> {
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const { account, entries } = await openAccountOf(repos, actor, customerId)
    const balance = tabBalance(entries)
    const amount = amountToTake(amountMinor, balance, 'tab.settle_amount')
    entries.push(await appendEntry(deps, repos, actor, account, { kind: 'settle', amountMinor: -amount }, balance, now))
    return viewOf(await closeIfDone(repos, actor, account, entries, now), entries)
  })
}

async function closeIfDone(repos: TabsTxRepos, actor: Actor, account: TabAccount, entries: TabEntry[], now: Date): Promise<TabAccount> {
  if (account.kind !== 'tab' || tabBalance(entries) !== 0) return account
  const closed: TabAccount = { ...account, status: 'closed', closedAt: now }
  await repos.tabs.saveAccount(closed)
  await repos.audit.record(auditRecord(actor, 'tab.closed', { type: 'tab_account', id: account.id }, now, {
    locationId: actor.locationId,
    before: { status: 'open' },
    after: { status: 'closed' },
  }))
  return closed
}

/** A manager writes off what will not be paid, with a reason; it is reported beside goodwill. */
export async function writeOffTab(deps: TabsDeps, actor: Actor, customerId: string, input: { amountMinor?: number; reason: string }): Promise<TabView> {
  requireRole(actor, 'manager', 'write off a tab')
  const reason = input.reason.trim().replace(/\s+/g, ' ')
  if (reason.length === 0 || reason.length > REASON_MAX) throw new DomainError('invalid', 'tab.write_off_reason', `Say why, in up to ${REASON_MAX} characters.`, { field: 'reason' })
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const { account, entries } = await openAccountOf(repos, actor, customerId)
    const balance = tabBalance(entries)
    const amount = amountToTake(input.amountMinor, balance, 'tab.write_off_amount')
    entries.push(await appendEntry(deps, repos, actor, account, { kind: 'write_off', amountMinor: -amount, reason }, balance, now))
    return viewOf(await closeIfDone(repos, actor, account, entries, now), entries)
  })
}

/** Every open tab with money on it: the list to work through at closing time. */
export async function listOpenTabs(deps: TabsDeps, actor: Actor, locationId?: string) {
  const scope = locationId ?? (actor.role === 'owner' ? null : actor.locationId)
  if (scope) requireLocation(actor, scope)
  const rows = await deps.repos.tabs.listOpen(scope)
  const today = localDay(deps.clock.now(), actor.timeZone)
  return rows
    .filter((row) => row.balanceMinor !== 0)
    .map((row) => ({ ...row, sameDay: row.account.kind === 'tab', chargedToday: row.lastChargeAt ? localDay(row.lastChargeAt, actor.timeZone) === today : false }))
}

/**
 * Issues a house account's next statement: from the end of the last one to now. A statement never changes; a later
 * correction shows on the next one, carried forward in its opening balance.
 */
export async function issueStatement(deps: TabsDeps, actor: Actor, customerId: string): Promise<TabStatement> {
  requireRole(actor, 'manager', 'issue a statement')
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    await lockCustomer(repos, customerId)
    const account = await repos.tabs.accountForCustomer(customerId)
    if (!account) throw new DomainError('conflict', 'tab.not_open', 'This customer has no tab or house account.', { customerId })
    const last = await repos.tabs.lastStatement(account.id)
    const periodStart = last?.periodEnd ?? account.openedAt
    const entries = (await repos.tabs.entries(account.id)).filter((e) => e.at > periodStart || (!last && e.at >= periodStart))
    const openingMinor = last?.closingMinor ?? 0
    const statement: TabStatement = {
      id: deps.ids.next(),
      accountId: account.id,
      number: (last?.number ?? 0) + 1,
      periodStart,
      periodEnd: now,
      openingMinor,
      closingMinor: openingMinor + tabBalance(entries),
      entries: entries.map(({ id, kind, amountMinor, orderId, reason, at }) => ({ id, kind, amountMinor, orderId, reason, at })),
      issuedBy: actor.staffId,
      issuedAt: now,
    }
    await repos.tabs.insertStatement(statement)
    await repos.audit.record(auditRecord(actor, 'tab.statement_issued', { type: 'tab_statement', id: statement.id }, now, {
      locationId: actor.locationId,
      after: { ...statement, entries: statement.entries.length },
    }))
    return statement
  })
}

export async function getStatement(deps: TabsDeps, actor: Actor, id: string): Promise<TabStatement> {
  const statement = await deps.repos.tabs.findStatement(id)
  if (!statement) throw new DomainError('not_found', 'tab.statement_not_found', 'No statement with this id.', { statementId: id })
  return statement
}

/** Emails a statement to the customer through the outbox, in the same transaction as its audit event. */
export async function emailStatement(deps: TabsDeps, actor: Actor, id: string, format: (minor: number) => string): Promise<{ to: string }> {
  requireRole(actor, 'manager', 'email a statement')
  const statement = await getStatement(deps, actor, id)
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const account = (await repos.tabs.findAccount(statement.accountId))!
    const customer = await repos.customers.findById(account.customerId)
    if (!customer?.email) throw new DomainError('invalid', 'tab.no_email', 'Add an email address to the customer first.', { field: 'email' })
    const business = await businessSettings(repos.settings)
    const lines = statement.entries.map((e) => `${e.at.toISOString().slice(0, 10)}  ${e.kind.padEnd(9)} ${format(e.amountMinor).padStart(10)}${e.reason ? `  ${e.reason}` : ''}`)
    await repos.outbox.enqueue(
      {
        topic: 'email.send',
        payload: {
          to: customer.email,
          subject: `Statement ${statement.number} from ${business.name}`,
          text: [`Opening balance: ${format(statement.openingMinor)}`, '', ...lines, '', `Closing balance: ${format(statement.closingMinor)}`].join('\n'),
        },
      },
      now,
    )
    await repos.audit.record(auditRecord(actor, 'tab.statement_sent', { type: 'tab_statement', id: statement.id }, now, { locationId: actor.locationId }))
    return { to: customer.email }
  })
}

export async function listTabApprovals(deps: TabsDeps, actor: Actor, locationId?: string) {
  requireRole(actor, 'manager', 'answer tab requests')
  const scope = locationId ?? actor.locationId
  requireLocation(actor, scope)
  return deps.repos.tabs.listPendingApprovals(scope, deps.clock.now())
}

export async function getTabApproval(deps: TabsDeps, actor: Actor, id: string): Promise<TabApproval> {
  const approval = await deps.repos.tabs.findApproval(id)
  if (!approval) throw new DomainError('not_found', 'tab.approval_not_found', 'No such request.', { tabApprovalId: id })
  requireLocation(actor, approval.locationId)
  return withTabLapse(approval, deps.clock.now())
}
