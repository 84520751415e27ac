import { sumMinor } from '../shared/money.js'

/** A same-day tab ("settle up with me later") or a multi-day house account with statements. */
export type TabKind = 'tab' | 'house'

export interface TabAccount {
  id: string
  customerId: string
  kind: TabKind
  limitMinor: number
  status: 'open' | 'closed'
  locationId: string
  openedBy: string
  openedAt: Date
  closedAt: Date | null
}

export const TAB_ENTRY_KINDS = ['charge', 'settle', 'reverse', 'write_off'] as const
export type TabEntryKind = (typeof TAB_ENTRY_KINDS)[number]

/** One append-only ledger row in minor units: a charge adds to what is owed; the other kinds take from it. */
export interface TabEntry {
  id: string
  accountId: string
  kind: TabEntryKind
  amountMinor: number
  orderId: string | null
  /** A reversal names the charge it undoes. */
  reversesId: string | null
  staffId: string
  /** A charge over the limit names the manager who allowed it. */
  approvedBy: string | null
  locationId: string
  reason: string | null
  at: Date
}

/** What the customer owes; negative is credit (a settled charge reversed later). */
export const tabBalance = (entries: readonly Pick<TabEntry, 'amountMinor'>[]): number => sumMinor(entries.map((e) => e.amountMinor))

export type ChargeDecision = { outcome: 'charge' } | { outcome: 'needs_approval'; limit: 'tab_limit'; capMinor: number; wouldBeMinor: number }

/** A charge inside the limit goes on; one that would pass it names the limit and waits for a manager. */
export function decideCharge(limitMinor: number, balanceMinor: number, amountMinor: number): ChargeDecision {
  const wouldBeMinor = balanceMinor + amountMinor
  return wouldBeMinor <= limitMinor ? { outcome: 'charge' } : { outcome: 'needs_approval', limit: 'tab_limit', capMinor: limitMinor, wouldBeMinor }
}

/** An immutable statement of a house account: opening balance, the period's entries, closing balance. */
export interface TabStatement {
  id: string
  accountId: string
  number: number
  periodStart: Date
  periodEnd: Date
  openingMinor: number
  closingMinor: number
  entries: Pick<TabEntry, 'id' | 'kind' | 'amountMinor' | 'orderId' | 'reason' | 'at'>[]
  issuedBy: string
  issuedAt: Date
}

/** A charge waiting for a manager because it would pass the tab's limit. */
export interface TabApproval {
  id: string
  customerId: string
  locationId: string
  staffId: string
  amountMinor: number
  limitMinor: number
  balanceMinor: number
  /** The order as the counter asked for it; priced again from the menu when approved. */
  orderRequest: unknown
  status: 'pending' | 'approved' | 'declined' | 'expired'
  requestedAt: Date
  expiresAt: Date
  decidedAt: Date | null
  decidedBy: string | null
  orderId: string | null
}

export const withTabLapse = (approval: TabApproval, now: Date): TabApproval => (approval.status === 'pending' && approval.expiresAt <= now ? { ...approval, status: 'expired' } : approval)
