import type { TabAccount, TabApproval, TabEntry, TabStatement } from './tab.js'
import type { AuditPort } from '../audit/ports.js'
import type { CustomersPort, CustomersTxPort } from '../customers/ports.js'
import type { LiveEventsPort } from '../live/ports.js'
import type { OutboxPort } from '../outbox/ports.js'
import type { SettingsPort } from '../shared/settings.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'
import type { VisitsPort } from '../visit-model/ports.js'

export interface TabsPort {
  accountForCustomer(customerId: string): Promise<TabAccount | undefined>
  findAccount(id: string): Promise<TabAccount | undefined>
  /** Inserts a new account or reopens the customer's closed one with a new kind and limit. */
  saveAccount(account: TabAccount): Promise<void>
  entries(accountId: string): Promise<TabEntry[]>
  insertEntry(entry: TabEntry): Promise<void>
  /** Balances of every open account at a location (or the chain) with their customer's name. */
  listOpen(locationId: string | null): Promise<{ account: TabAccount; balanceMinor: number; customerName: string; lastChargeAt: Date | null }[]>
  lastStatement(accountId: string): Promise<TabStatement | undefined>
  insertStatement(statement: TabStatement): Promise<void>
  findStatement(id: string): Promise<TabStatement | undefined>
  insertApproval(approval: TabApproval): Promise<void>
  findApproval(id: string): Promise<TabApproval | undefined>
  /** Moves a pending, unexpired request to a decision; false when another answer came first or it lapsed. */
  decideApproval(id: string, decision: { status: 'approved' | 'declined'; at: Date; by: string }): Promise<boolean>
  attachOrder(approvalId: string, orderId: string): Promise<void>
  listPendingApprovals(locationId: string, now: Date): Promise<(TabApproval & { customerName: string; staffName: string })[]>
}

/** Tabs, the customers they belong to, the tier that sets a limit (visits, settings), statements by email, news, audit. */
export interface TabsRepos {
  tabs: TabsPort
  customers: CustomersPort
  visits: VisitsPort
  settings: SettingsPort
  outbox: OutboxPort
  live: LiveEventsPort
  audit: AuditPort
}

/** A tab changes under its customer's row lock. */
export interface TabsTxRepos extends TabsRepos {
  customers: CustomersTxPort
}

export type TabsDeps = UseCaseDeps<TabsRepos, TabsTxRepos>

/** What reading a customer's tab needs. */
export interface TabReads {
  repos: Pick<TabsRepos, 'tabs'>
}
