import type { Order, OrderSummary, OrderVoid, StoredOutcome } from './order.js'
import type { AuditPort } from '../audit/ports.js'
import type { CatalogPort } from '../catalog/ports.js'
import type { CustomersPort, CustomersTxPort } from '../customers/ports.js'
import type { LiveEventsPort } from '../live/ports.js'
import type { LocationsPort } from '../locations/ports.js'
import type { LoyaltyRepos, LoyaltyTxRepos } from '../loyalty/ports.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'
import type { StaffPort } from '../staff/ports.js'
import type { TabsRepos, TabsTxRepos } from '../tabs/ports.js'

export interface OrdersPort {
  insert(order: Order): Promise<void>
  findById(id: string): Promise<OrderSummary | undefined>
  /** The customer's most recent orders across the chain, newest first, with lines. */
  recentForCustomer(customerId: string, limit: number): Promise<OrderSummary[]>
  listForLocation(locationId: string, options: { customerId?: string; limit: number; before?: Date }): Promise<OrderSummary[]>
  /** Marks an order voided; false when it already was (so of two racing voids, one wins). */
  markVoided(id: string, orderVoid: OrderVoid): Promise<boolean>
}

export interface IdempotencyPort {
  /** Claims a key; false when it already exists (a concurrent claim waits for the first to commit on PostgreSQL). */
  claim(key: string, scope: string, requestHash: string, at: Date): Promise<boolean>
  find(key: string): Promise<{ scope: string; requestHash: string; outcome: StoredOutcome | null } | undefined>
  complete(key: string, outcome: StoredOutcome): Promise<void>
  purgeBefore(at: Date): Promise<number>
}

/**
 * Orders and their idempotency keys, the catalog that prices them, the location and customer; an order on a tab and
 * its stamps change tabs and loyalty in the same transaction, so their ports are here too.
 */
export interface OrdersRepos extends TabsRepos, LoyaltyRepos {
  orders: OrdersPort
  idempotency: IdempotencyPort
  catalog: CatalogPort
  customers: CustomersPort
  locations: LocationsPort
  staff: StaffPort
  live: LiveEventsPort
  audit: AuditPort
}

export interface OrdersTxRepos extends OrdersRepos, TabsTxRepos, LoyaltyTxRepos {
  customers: CustomersTxPort
}

export type OrdersDeps = UseCaseDeps<OrdersRepos, OrdersTxRepos>
