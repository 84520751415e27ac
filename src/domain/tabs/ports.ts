import type { TabAccount, TabApproval, TabEntry, TabStatement } from './tab.js'

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
