export type { IdempotencyPort, Order, OrderLine, OrderStatus, OrderSummary, OrdersPort, StoredResponse } from './order.js'
export { usualKeyOf } from './order.js'
export { getOrder, IDEMPOTENCY_TTL_MS, listOrders, placeOrder, priceLines, requestHashOf, type OrderLineRequest, type OrderRequest, type PlacedOrder } from './orders.service.js'
