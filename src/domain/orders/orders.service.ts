import { auditRecord } from '../audit/index.js'
import { createHash } from 'node:crypto'
import type { Catalog } from '../catalog/index.js'
import type { OrdersDeps, OrdersTxRepos } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { localDay } from '../shared/instant.js'
import { sumMinor } from '../shared/money.js'
import { earnForOrder } from '../loyalty/index.js'
import { requireLocation, type Actor } from '../access/index.js'
import { chargeTab, checkTabCharge, requestTabApproval, type TabApproval, type TabCheck } from '../tabs/index.js'
import { usualKeyOf, type Order, type OrderLine, type OrderSummary } from './order.js'

export interface OrderLineRequest {
  catalogItemId: string
  quantity?: number
  modifierIds?: string[]
}

export interface OrderRequest {
  customerId?: string | null
  lines: OrderLineRequest[]
  /** 'tab': put it on the customer's tab ("settle up with me later") instead of paying now. */
  payment?: 'paid' | 'tab'
}

/** Idempotency keys are kept at least this long (Stripe keeps them 24 hours). */
export const IDEMPOTENCY_TTL_MS = 48 * 60 * 60_000

/** Prices lines from the catalog: the client names items and modifiers, never prices. */
export function priceLines(catalog: Catalog, requested: OrderLineRequest[]): OrderLine[] {
  if (requested.length === 0) throw new DomainError('invalid', 'order.empty', 'Add at least one item to the order.', { field: 'lines' })
  const items = new Map(catalog.items.map((item) => [item.id, item]))
  const modifiers = new Map(catalog.modifiers.map((modifier) => [modifier.id, modifier]))
  return requested.map((line, index) => {
    const item = items.get(line.catalogItemId)
    if (!item) throw new DomainError('invalid', 'order.unknown_item', 'That item is not on the menu.', { field: `lines/${index}/catalogItemId` })
    const quantity = line.quantity ?? 1
    const chosen = [...new Set(line.modifierIds ?? [])].map((id) => {
      const modifier = modifiers.get(id)
      if (!modifier || !item.modifierGroups.includes(modifier.group)) {
        throw new DomainError('invalid', 'order.unknown_modifier', `That option does not go with ${item.name}.`, { field: `lines/${index}/modifierIds` })
      }
      return modifier
    })
    const unitPriceMinor = item.priceMinor + sumMinor(chosen.map((modifier) => modifier.priceMinor))
    return {
      catalogItemId: item.id,
      name: item.name,
      quantity,
      unitPriceMinor,
      modifiers: chosen.map(({ id, name, priceMinor }) => ({ id, name, priceMinor })),
      usualKey: usualKeyOf(item.id, chosen.map((modifier) => modifier.id)),
      lineTotalMinor: unitPriceMinor * quantity,
    }
  })
}

export const requestHashOf = (request: unknown): string => createHash('sha256').update(canonicalJson(request)).digest('hex')

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export type PlacedOrder =
  | { outcome: 'placed'; order: OrderSummary; replayed: boolean }
  /** The tab charge would pass its limit: nothing is recorded until a manager answers the request. */
  | { outcome: 'needs_approval'; approval: TabApproval; replayed: boolean }

/**
 * Records an order at the actor's location. With an idempotency key, a retry with the same body
 * replays the first result and a different body is refused, so a double tap never makes two orders.
 */
export async function placeOrder(deps: OrdersDeps, actor: Actor, request: OrderRequest, idempotencyKey?: string): Promise<PlacedOrder> {
  const now = deps.clock.now()
  const catalog = await deps.repos.catalog.load(actor.locationId)
  const lines = priceLines(catalog, request.lines)
  const requestHash = requestHashOf(request)
  const scope = `order:${actor.locationId}`

  return deps.uow.run(async (repos) => {
    if (idempotencyKey) {
      const claimed = await repos.idempotency.claim(idempotencyKey, scope, requestHash, now)
      if (!claimed) return replay(repos, idempotencyKey, scope, requestHash)
    }
    if (request.customerId && !(await repos.customers.findById(request.customerId))) {
      throw new DomainError('invalid', 'order.unknown_customer', 'That customer does not exist.', { field: 'customerId' })
    }
    let tab: TabCheck | null = null
    if (request.payment === 'tab') {
      if (!request.customerId) throw new DomainError('invalid', 'order.tab_needs_customer', 'Choose the customer whose tab this goes on.', { field: 'customerId' })
      tab = await checkTabCharge(deps, repos, actor, request.customerId, sumMinor(lines.map((line) => line.lineTotalMinor)), now)
      if (tab.decision.outcome === 'needs_approval') {
        const approval = await requestTabApproval(deps, repos, actor, tab, tab.decision.wouldBeMinor - tab.balanceMinor, request, now)
        if (idempotencyKey) await repos.idempotency.complete(idempotencyKey, { outcome: 'needs_approval', body: approval })
        return { outcome: 'needs_approval', approval, replayed: false }
      }
    }
    const order = await recordOrder(deps, repos, actor, request, lines, tab, null, now)
    if (idempotencyKey) await repos.idempotency.complete(idempotencyKey, { outcome: 'placed', body: order })
    return { outcome: 'placed', order, replayed: false }
  })
}

/** Writes the order with its tab charge and its stamps, in the caller's transaction. */
export async function recordOrder(deps: OrdersDeps, repos: OrdersTxRepos, actor: Actor, request: OrderRequest, lines: OrderLine[], tab: TabCheck | null, approvedBy: string | null, now: Date): Promise<OrderSummary> {
  const order: Order = {
    id: deps.ids.next(),
    locationId: actor.locationId,
    customerId: request.customerId ?? null,
    staffId: actor.staffId,
    status: tab ? 'tab' : 'paid',
    source: 'counter',
    totalMinor: sumMinor(lines.map((line) => line.lineTotalMinor)),
    placedAt: now,
    localDay: localDay(now, actor.timeZone),
    lines,
  }
  await repos.orders.insert(order)
  await repos.audit.record(auditRecord(actor, 'order.placed', { type: 'order', id: order.id }, now, { locationId: actor.locationId, after: order }))
  const onTab = tab ? await chargeTab(deps, repos, actor, tab, order, approvedBy, now) : null
  const stamps = await earnForOrder(deps, repos, actor, order)
  const location = await repos.locations.findById(actor.locationId)
  return { ...order, locationName: location?.name ?? '', stamps, tab: onTab }
}

async function replay(repos: OrdersTxRepos, key: string, scope: string, requestHash: string): Promise<PlacedOrder> {
  const stored = await repos.idempotency.find(key)
  if (!stored || stored.scope !== scope || stored.requestHash !== requestHash) {
    throw new DomainError('invalid', 'idempotency.key_reused', 'This Idempotency-Key was used for a different request.', { field: 'Idempotency-Key' })
  }
  if (!stored.outcome) {
    throw new DomainError('conflict', 'idempotency.in_progress', 'The same order is still being recorded. Try again in a moment.')
  }
  if (stored.outcome.outcome === 'needs_approval') {
    const approval = stored.outcome.body as TabApproval
    return { outcome: 'needs_approval', approval: { ...approval, requestedAt: new Date(approval.requestedAt), expiresAt: new Date(approval.expiresAt) }, replayed: true }
  }
  const body = stored.outcome.body as OrderSummary
  return { outcome: 'placed', order: { ...body, placedAt: new Date(body.placedAt) }, replayed: true }
}

export async function getOrder(deps: OrdersDeps, actor: Actor, id: string): Promise<OrderSummary> {
  const order = await deps.repos.orders.findById(id)
  if (!order) throw new DomainError('not_found', 'order.not_found', 'No order with this id.', { orderId: id })
  requireLocation(actor, order.locationId)
  return order
}

export async function listOrders(deps: OrdersDeps, actor: Actor, query: { locationId?: string; customerId?: string; limit?: number }): Promise<OrderSummary[]> {
  const locationId = query.locationId ?? actor.locationId
  requireLocation(actor, locationId)
  return deps.repos.orders.listForLocation(locationId, { customerId: query.customerId, limit: Math.min(query.limit ?? 50, 200) })
}
