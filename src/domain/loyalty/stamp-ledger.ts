export const STAMP_KINDS = ['earn', 'bonus', 'redeem', 'expire', 'adjust', 'reverse'] as const
export type StampKind = (typeof STAMP_KINDS)[number]

/** What one entry takes from one batch. */
export interface Consumption {
  batchId: string
  qty: number
}

/**
 * One append-only row of a customer's stamp ledger. A positive `qty` is a batch (an earn, a bonus or an upward
 * adjustment) with its own expiry; a negative one consumes earlier batches, named in `consumes`.
 */
export interface StampEntry {
  id: string
  customerId: string
  kind: StampKind
  qty: number
  /** Batches only: the instant the batch's remaining stamps expire (a local midnight). */
  expiresAt: Date | null
  consumes: Consumption[]
  orderId: string | null
  gestureId: string | null
  /** Expiries only: the batch they close, so the job can never expire a batch twice. */
  batchId: string | null
  /** Reversals only: stamps the voided order had earned but were already spent; a goodwill cost, not a debt. */
  forgiven: number
  staffId: string | null
  locationId: string | null
  reason: string | null
  at: Date
}

export interface Batch {
  id: string
  kind: StampKind
  qty: number
  remaining: number
  expiresAt: Date
  at: Date
  orderId: string | null
}

/** Every batch with what is left of it after all consumptions. */
export function batchesOf(entries: readonly StampEntry[]): Batch[] {
  const used = new Map<string, number>()
  for (const entry of entries) for (const c of entry.consumes) used.set(c.batchId, (used.get(c.batchId) ?? 0) + c.qty)
  return entries
    .filter((entry) => entry.qty > 0 && entry.expiresAt)
    .map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      qty: entry.qty,
      remaining: entry.qty - (used.get(entry.id) ?? 0),
      expiresAt: entry.expiresAt!,
      at: entry.at,
      orderId: entry.orderId,
    }))
}

/** Earliest expiry first; ties by when the batch was written, then its id, so the order is total. */
const fifo = (a: Batch, b: Batch) => a.expiresAt.getTime() - b.expiresAt.getTime() || a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The stamps on the card: what is left in batches that have not expired at `now`. */
export function balanceOf(entries: readonly StampEntry[], now: Date): number {
  return batchesOf(entries)
    .filter((batch) => batch.expiresAt > now)
    .reduce((sum, batch) => sum + batch.remaining, 0)
}

/**
 * Takes up to `qty` stamps from live batches, earliest expiry first. `short` is what could not be taken: callers
 * refuse a redemption that is short, and record a reversal's shortfall as forgiven.
 */
export function consumeFifo(entries: readonly StampEntry[], qty: number, now: Date): { consumes: Consumption[]; short: number } {
  const consumes: Consumption[] = []
  let left = qty
  for (const batch of batchesOf(entries).filter((b) => b.remaining > 0 && b.expiresAt > now).sort(fifo)) {
    if (left === 0) break
    const take = Math.min(left, batch.remaining)
    consumes.push({ batchId: batch.id, qty: take })
    left -= take
  }
  return { consumes, short: left }
}

/** Batches whose expiry has come with stamps still in them: each gets one `expire` entry for what is left. */
export function dueExpiries(entries: readonly StampEntry[], now: Date): Batch[] {
  return batchesOf(entries)
    .filter((batch) => batch.expiresAt <= now && batch.remaining > 0)
    .sort(fifo)
}

/** The first batch that expires while it still holds stamps, for "2 stamps expire on 3 March". */
export function nextExpiry(entries: readonly StampEntry[], now: Date): { at: Date; qty: number } | null {
  const live = batchesOf(entries)
    .filter((batch) => batch.expiresAt > now && batch.remaining > 0)
    .sort(fifo)
  if (live.length === 0) return null
  const at = live[0]!.expiresAt
  return { at, qty: live.filter((batch) => batch.expiresAt.getTime() === at.getTime()).reduce((sum, batch) => sum + batch.remaining, 0) }
}
