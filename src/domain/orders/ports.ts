import type { Order, OrderSummary, OrderVoid, StoredResponse } from './order.js'

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
  find(key: string): Promise<{ scope: string; requestHash: string; response: StoredResponse | null } | undefined>
  complete(key: string, response: StoredResponse): Promise<void>
  purgeBefore(at: Date): Promise<number>
}
