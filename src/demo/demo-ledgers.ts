import { balanceOf, DEFAULT_STAMP_PROGRAMME, batchExpiry, consumeFifo, dueExpiries, earnBlock, stampsForOrder, type StampEntry, type StampProgramme } from '../domain/loyalty/index.js'
import type { Order } from '../domain/orders/index.js'

/** The demo café's card: the default programme, switched on. */
export const DEMO_STAMP_PROGRAMME: StampProgramme = { ...DEFAULT_STAMP_PROGRAMME, active: true, version: 1 }

/**
 * A year of stamp cards, played through the same rules the counter uses: earns inside the limits, expiry at a local
 * midnight, and most full cards redeemed on the next visit (a few left ready, so the counter can offer them).
 */
export function demoStamps(orders: readonly Order[], timeZoneOf: (locationId: string) => string, now: Date, uuid: () => string, random: () => number): StampEntry[] {
  const since = now.getTime() - DEMO_STAMP_PROGRAMME.expiryDays * 86_400_000
  const byCustomer = new Map<string, Order[]>()
  for (const order of orders) {
    if (!order.customerId || order.placedAt.getTime() < since) continue
    byCustomer.set(order.customerId, [...(byCustomer.get(order.customerId) ?? []), order])
  }
  const all: StampEntry[] = []
  for (const [customerId, theirs] of byCustomer) {
    const ledger: StampEntry[] = []
    const entry = (fields: Partial<StampEntry> & Pick<StampEntry, 'kind' | 'qty' | 'at'>): StampEntry => {
      const row: StampEntry = { id: uuid(), customerId, expiresAt: null, consumes: [], orderId: null, gestureId: null, batchId: null, forgiven: 0, staffId: null, locationId: null, reason: null, ...fields }
      ledger.push(row)
      return row
    }
    for (const order of [...theirs].sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())) {
      const timeZone = timeZoneOf(order.locationId)
      for (const batch of dueExpiries(ledger, order.placedAt)) {
        entry({ kind: 'expire', qty: -batch.remaining, consumes: [{ batchId: batch.id, qty: batch.remaining }], batchId: batch.id, at: batch.expiresAt })
      }
      if (balanceOf(ledger, order.placedAt) >= DEMO_STAMP_PROGRAMME.stampsRequired && random() < 0.85) {
        const { consumes } = consumeFifo(ledger, DEMO_STAMP_PROGRAMME.stampsRequired, order.placedAt)
        entry({ kind: 'redeem', qty: -DEMO_STAMP_PROGRAMME.stampsRequired, consumes, orderId: order.id, staffId: order.staffId, locationId: order.locationId, reason: DEMO_STAMP_PROGRAMME.reward, at: order.placedAt })
      }
      const qty = stampsForOrder(DEMO_STAMP_PROGRAMME, order.lines)
      const earns = ledger.filter((e) => e.kind === 'earn').map((e) => e.at)
      if (qty === 0 || earnBlock(DEMO_STAMP_PROGRAMME, earns, order.placedAt, timeZone)) continue
      entry({ kind: 'earn', qty, expiresAt: batchExpiry(DEMO_STAMP_PROGRAMME, order.placedAt, timeZone), orderId: order.id, staffId: order.staffId, locationId: order.locationId, at: new Date(order.placedAt.getTime() + 1) })
    }
    all.push(...ledger)
  }
  return all
}

export const stampRows = (entries: readonly StampEntry[]) => ({
  entries: entries.map((e) => ({
    id: e.id,
    customer_id: e.customerId,
    kind: e.kind,
    qty: e.qty,
    expires_at: e.expiresAt?.toISOString() ?? null,
    order_id: e.orderId,
    gesture_id: e.gestureId,
    batch_id: e.batchId,
    forgiven: e.forgiven,
    staff_id: e.staffId,
    location_id: e.locationId,
    reason: e.reason,
    at: e.at.toISOString(),
  })),
  consumptions: entries.flatMap((e) => e.consumes.map((c) => ({ entry_id: e.id, batch_id: c.batchId, qty: c.qty }))),
})

