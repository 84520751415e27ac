import type { OrderSummary } from './order.js'
import type { OrdersRepos } from './ports.js'

/** What another module needs to read an order. */
export interface OrderReads {
  repos: Pick<OrdersRepos, 'orders'>
}

/** Where an order was placed and for whom; undefined when there is no such order. */
export async function orderOrigin(deps: OrderReads, orderId: string): Promise<Pick<OrderSummary, 'locationId' | 'customerId'> | undefined> {
  const order = await deps.repos.orders.findById(orderId)
  return order && { locationId: order.locationId, customerId: order.customerId }
}
