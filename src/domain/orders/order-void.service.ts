import { auditRecord } from '../audit/index.js'
import type { OrdersDeps } from './ports.js'
import { reverseForOrder } from '../loyalty/index.js'
import { DomainError } from '../shared/errors.js'
import { reverseTabForOrder } from '../tabs/index.js'
import { hasRole, requireLocation, requireRole, type Actor } from '../access/index.js'
import type { OrderSummary } from './order.js'

/** How long after Charge the person who rang an order can take it back with one tap. */
export const UNDO_WINDOW_MS = 2 * 60_000
const REASON_MAX = 200

async function existingOrder(deps: OrdersDeps, actor: Actor, id: string): Promise<OrderSummary> {
  const order = await deps.repos.orders.findById(id)
  if (!order) throw new DomainError('not_found', 'order.not_found', 'No order with this id.', { orderId: id })
  requireLocation(actor, order.locationId)
  if (order.voided) throw new DomainError('conflict', 'order.already_voided', 'This order was already voided.', { orderId: id })
  return order
}

/**
 * Takes an order back. It stays in the books, marked, and leaves every derivation: the usual, the tier, the last
 * visit, search's visit counts and the insights. Of two racing voids, one wins and the other is told.
 */
async function markVoided(deps: OrdersDeps, actor: Actor, order: OrderSummary, action: 'order.undone' | 'order.voided', reason: string): Promise<OrderSummary> {
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const orderVoid = { at: now, by: actor.staffId, reason }
    if (!(await repos.orders.markVoided(order.id, orderVoid))) {
      throw new DomainError('conflict', 'order.already_voided', 'This order was already voided.', { orderId: order.id })
    }
    await repos.audit.record(auditRecord(actor, action, { type: 'order', id: order.id }, now, {
      locationId: order.locationId,
      before: { totalMinor: order.totalMinor, customerId: order.customerId },
      after: { reason },
    }))
    await reverseForOrder(deps, repos, actor, order, now)
    await reverseTabForOrder(deps, repos, actor, order, now)
    await repos.live.publish({ topic: 'order.voided', locationId: order.locationId, payload: { orderId: order.id, customerId: order.customerId } }, now)
    return { ...order, voided: orderVoid }
  })
}

/** Undo: whoever rang it (or a manager) within two minutes of Charge, no reason needed. */
export async function undoOrder(deps: OrdersDeps, actor: Actor, id: string): Promise<OrderSummary> {
  const order = await existingOrder(deps, actor, id)
  if (order.staffId !== actor.staffId && !hasRole(actor, 'manager')) {
    throw new DomainError('forbidden', 'order.not_yours', 'Only the person who rang this order, or a manager, can undo it.')
  }
  if (deps.clock.now().getTime() - order.placedAt.getTime() > UNDO_WINDOW_MS) {
    throw new DomainError('conflict', 'order.undo_expired', 'Too late to undo: after two minutes a manager voids it, with a reason.', { orderId: id })
  }
  return markVoided(deps, actor, order, 'order.undone', 'undone at the counter')
}

/** Void: a manager or owner, any time, with a reason. */
export async function voidOrder(deps: OrdersDeps, actor: Actor, id: string, rawReason: string): Promise<OrderSummary> {
  requireRole(actor, 'manager', 'void an order')
  const reason = rawReason.trim().replace(/\s+/g, ' ')
  if (reason.length === 0 || reason.length > REASON_MAX) {
    throw new DomainError('invalid', 'order.void_reason', `Say why, in up to ${REASON_MAX} characters.`, { field: 'reason' })
  }
  return markVoided(deps, actor, await existingOrder(deps, actor, id), 'order.voided', reason)
}
