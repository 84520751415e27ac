import type { Modifier } from '../catalog/index.js'

export type OrderStatus = 'paid' | 'tab'

export interface OrderLine {
  catalogItemId: string
  name: string
  quantity: number
  unitPriceMinor: number
  modifiers: Pick<Modifier, 'id' | 'name' | 'priceMinor'>[]
  /** The item and its modifiers, order-independent: what "the usual" counts. */
  usualKey: string
  lineTotalMinor: number
}

export interface Order {
  id: string
  locationId: string
  customerId: string | null
  staffId: string | null
  status: OrderStatus
  source: string
  totalMinor: number
  placedAt: Date
  localDay: string
  lines: OrderLine[]
}

/** Undone at the counter (within two minutes, by who rang it) or voided by a manager with a reason. */
export interface OrderVoid {
  at: Date
  by: string
  reason: string
}

export interface OrderSummary extends Order {
  locationName: string
  voided?: OrderVoid | null
  /** Just after Charge: the stamps it earned, or why a qualifying order earned none. */
  stamps?: { earned: number; blocked: { limit: string } | null } | null
  /** Just after Put on tab: the tab's balance with this order, and its limit. */
  tab?: { balanceMinor: number; limitMinor: number } | null
}

/** What an order request came to, kept with its idempotency key so that a retry replays it. */
export interface StoredOutcome {
  outcome: 'placed' | 'needs_approval'
  /** The order placed, or the tab approval requested, as JSON. */
  body: unknown
}

export const usualKeyOf = (catalogItemId: string, modifierIds: string[]): string => [catalogItemId, ...[...modifierIds].sort()].join('+')
