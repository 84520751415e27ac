import { auditRecord, staffActor } from '../audit/index.js'
import { customerNotFound } from '../customers/index.js'
import type { LoyaltyDeps, LoyaltyRepos, LoyaltyTxRepos, StampCardReads } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { newLinkToken } from '../shared/link-token.js'
import { requireRole, type Actor } from '../access/index.js'
import { balanceOf, consumeFifo, dueExpiries, nextExpiry, type StampEntry, type StampKind } from './stamp-ledger.js'
import { batchExpiry, DEFAULT_STAMP_PROGRAMME, earnBlock, STAMP_PROGRAMME_SETTING, stampsForOrder, stampValueMinor, validateProgramme, type EarnBlock, type StampableLine, type StampProgramme } from './stamp-programme.js'

/** What earning and reversing stamps read of an order. */
export interface StampableOrder {
  id: string
  customerId: string | null
  placedAt: Date
  lines: readonly StampableLine[]
}

export async function stampProgramme(repos: Pick<LoyaltyRepos, 'settings'>): Promise<StampProgramme> {
  return { ...DEFAULT_STAMP_PROGRAMME, ...(await repos.settings.get<Partial<StampProgramme>>(STAMP_PROGRAMME_SETTING)) }
}

/** Owners set the chain's programme. Stamps already issued keep their expiry: it was written on each batch. */
export async function setStampProgramme(deps: LoyaltyDeps, actor: Actor, input: Omit<StampProgramme, 'version'>): Promise<StampProgramme> {
  requireRole(actor, 'owner', 'set the stamp programme')
  validateProgramme(input)
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = await stampProgramme(repos)
    const known = new Set((await repos.catalog.load()).items.map((item) => item.id))
    const unknown = input.qualifyingItemIds.find((id) => !known.has(id))
    if (unknown) throw new DomainError('invalid', 'stamps.programme_invalid', 'One of the qualifying items is not on the menu.', { field: 'qualifyingItemIds' })
    const after: StampProgramme = { ...input, reward: input.reward.trim(), qualifyingItemIds: [...new Set(input.qualifyingItemIds)], version: before.version + 1 }
    await repos.settings.set(STAMP_PROGRAMME_SETTING, after)
    await repos.audit.record(auditRecord(actor, 'stamps.programme_set', { type: 'stamp_programme', id: 'chain' }, now, { before, after }))
    return after
  })
}

interface EntryInput {
  customerId: string
  kind: StampKind
  qty: number
  expiresAt?: Date | null
  consumes?: StampEntry['consumes']
  orderId?: string | null
  gestureId?: string | null
  batchId?: string | null
  forgiven?: number
  reason?: string | null
}

/** Appends one entry, audited as `stamps.<kind>`, with the card's new balance. Call under the customer's lock. */
async function append(deps: Pick<LoyaltyDeps, 'ids'>, repos: LoyaltyTxRepos, actor: Actor | null, input: EntryInput, ledger: StampEntry[], now: Date): Promise<StampEntry> {
  const entry: StampEntry = {
    id: deps.ids.next(),
    customerId: input.customerId,
    kind: input.kind,
    qty: input.qty,
    expiresAt: input.expiresAt ?? null,
    consumes: input.consumes ?? [],
    orderId: input.orderId ?? null,
    gestureId: input.gestureId ?? null,
    batchId: input.batchId ?? null,
    forgiven: input.forgiven ?? 0,
    staffId: actor?.staffId ?? null,
    locationId: actor?.locationId ?? null,
    reason: input.reason ?? null,
    at: now,
  }
  await repos.stamps.insert(entry)
  ledger.push(entry)
  await repos.audit.record({
    actor: actor ? staffActor(actor) : { type: 'system', id: 'stamps' },
    action: `stamps.${entry.kind}`,
    subjectType: 'customer',
    subjectId: entry.customerId,
    locationId: entry.locationId,
    after: { entryId: entry.id, qty: entry.qty, orderId: entry.orderId, gestureId: entry.gestureId, forgiven: entry.forgiven, reason: entry.reason, balance: balanceOf(ledger, now) },
    at: now,
  })
  return entry
}

/** Writes the expiry rows that are due, so every later consumption sees the card as it truly is. */
async function expireDue(deps: Pick<LoyaltyDeps, 'ids'>, repos: LoyaltyTxRepos, ledger: StampEntry[], now: Date): Promise<number> {
  let expired = 0
  for (const batch of dueExpiries(ledger, now)) {
    await append(deps, repos, null, { customerId: ledger[0]!.customerId, kind: 'expire', qty: -batch.remaining, consumes: [{ batchId: batch.id, qty: batch.remaining }], batchId: batch.id }, ledger, now)
    expired += batch.remaining
  }
  return expired
}

/** Locks the customer and reads their ledger with any due expiry written. */
async function lockedLedger(deps: Pick<LoyaltyDeps, 'ids'>, repos: LoyaltyTxRepos, customerId: string, now: Date): Promise<StampEntry[]> {
  if (!(await repos.customers.lockForUpdate(customerId))) throw customerNotFound(customerId)
  const ledger = await repos.stamps.forCustomer(customerId)
  await expireDue(deps, repos, ledger, now)
  return ledger
}

export interface EarnOutcome {
  earned: number
  /** Why a qualifying order earned nothing, so the counter can say so. */
  blocked: EarnBlock | null
}

/**
 * Stamps for an order just recorded, in its transaction: what the programme gives, inside the earn limits. One earn
 * per order is also a unique index, so a retried or replayed order can never earn twice.
 */
export async function earnForOrder(deps: Pick<LoyaltyDeps, 'ids'>, repos: LoyaltyTxRepos, actor: Actor, order: StampableOrder): Promise<EarnOutcome | null> {
  if (!order.customerId) return null
  const programme = await stampProgramme(repos)
  const qty = stampsForOrder(programme, order.lines)
  if (qty === 0) return null
  const ledger = await lockedLedger(deps, repos, order.customerId, order.placedAt)
  const blocked = earnBlock(programme, ledger.filter((e) => e.kind === 'earn').map((e) => e.at), order.placedAt, actor.timeZone)
  if (blocked) return { earned: 0, blocked }
  await append(deps, repos, actor, { customerId: order.customerId, kind: 'earn', qty, expiresAt: batchExpiry(programme, order.placedAt, actor.timeZone), orderId: order.id }, ledger, order.placedAt)
  return { earned: qty, blocked: null }
}

/**
 * Takes back exactly the stamps a voided order earned, earliest-expiring first. Stamps already spent on a reward
 * are forgiven (recorded on the reversal as a goodwill cost), never taken below zero.
 */
export async function reverseForOrder(deps: Pick<LoyaltyDeps, 'ids'>, repos: LoyaltyTxRepos, actor: Actor, order: Pick<StampableOrder, 'id' | 'customerId'>, now: Date): Promise<{ reversed: number; forgiven: number } | null> {
  if (!order.customerId) return null
  const ledger = await lockedLedger(deps, repos, order.customerId, now)
  const earn = ledger.find((e) => e.kind === 'earn' && e.orderId === order.id)
  if (!earn || ledger.some((e) => e.kind === 'reverse' && e.orderId === order.id)) return null
  const { consumes, short } = consumeFifo(ledger, earn.qty, now)
  const reversed = earn.qty - short
  await append(deps, repos, actor, { customerId: order.customerId, kind: 'reverse', qty: -reversed, consumes, orderId: order.id, forgiven: short, reason: 'order voided' }, ledger, now)
  return { reversed, forgiven: short }
}

/** A bonus stamp from a granted (or approved) `bonus_stamp` gesture: one batch, once per gesture. */
export async function bonusForGesture(deps: Pick<LoyaltyDeps, 'ids'>, repos: LoyaltyTxRepos, giver: Actor, gesture: { id: string; customerId: string | null }, now: Date): Promise<void> {
  if (!gesture.customerId) return
  const programme = await stampProgramme(repos)
  const ledger = await lockedLedger(deps, repos, gesture.customerId, now)
  if (ledger.some((e) => e.gestureId === gesture.id)) return
  await append(deps, repos, giver, { customerId: gesture.customerId, kind: 'bonus', qty: 1, expiresAt: batchExpiry(programme, now, giver.timeZone), gestureId: gesture.id }, ledger, now)
}

/** A full card's reward, once: parallel taps on one ready reward give exactly one. */
export async function redeemReward(deps: LoyaltyDeps, actor: Actor, customerId: string, orderId: string | null = null): Promise<StampCard> {
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const programme = await stampProgramme(repos)
    const ledger = await lockedLedger(deps, repos, customerId, now)
    const { consumes, short } = consumeFifo(ledger, programme.stampsRequired, now)
    if (short > 0) {
      const balance = balanceOf(ledger, now)
      throw new DomainError('conflict', 'stamps.not_enough', `The card has ${balance} of ${programme.stampsRequired} stamps: no reward yet.`, { balance, required: programme.stampsRequired })
    }
    await append(deps, repos, actor, { customerId, kind: 'redeem', qty: -programme.stampsRequired, consumes, orderId, reason: programme.reward }, ledger, now)
    await repos.live.publish({ topic: 'stamps.changed', locationId: actor.locationId, payload: { customerId } }, now)
    return cardOf(programme, ledger, now)
  })
}

const REASON_MAX = 200

/** A manager corrects a card up or down, with a reason; a card never goes below zero. */
export async function adjustStamps(deps: LoyaltyDeps, actor: Actor, customerId: string, qty: number, rawReason: string): Promise<StampCard> {
  requireRole(actor, 'manager', 'adjust a stamp card')
  if (!Number.isSafeInteger(qty) || qty === 0 || Math.abs(qty) > 50) throw new DomainError('invalid', 'stamps.adjust_invalid', 'Adjust by a whole number of stamps, from -50 to 50, not 0.', { field: 'qty' })
  const reason = rawReason.trim().replace(/\s+/g, ' ')
  if (reason.length === 0 || reason.length > REASON_MAX) throw new DomainError('invalid', 'stamps.adjust_reason', `Say why, in up to ${REASON_MAX} characters.`, { field: 'reason' })
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const programme = await stampProgramme(repos)
    const ledger = await lockedLedger(deps, repos, customerId, now)
    if (qty > 0) {
      await append(deps, repos, actor, { customerId, kind: 'adjust', qty, expiresAt: batchExpiry(programme, now, actor.timeZone), reason }, ledger, now)
    } else {
      const { consumes, short } = consumeFifo(ledger, -qty, now)
      if (short > 0) throw new DomainError('conflict', 'stamps.not_enough', `The card only has ${balanceOf(ledger, now)} stamps.`, { balance: balanceOf(ledger, now) })
      await append(deps, repos, actor, { customerId, kind: 'adjust', qty, consumes, reason }, ledger, now)
    }
    await repos.live.publish({ topic: 'stamps.changed', locationId: actor.locationId, payload: { customerId } }, now)
    return cardOf(programme, ledger, now)
  })
}

/** The expiry job: writes `expire` rows for every batch that is due. Idempotent and safe on many instances. */
export async function expireStamps(deps: LoyaltyDeps): Promise<number> {
  const now = deps.clock.now()
  let expired = 0
  for (;;) {
    const customers = await deps.repos.stamps.customersWithDueExpiry(now, 100)
    for (const customerId of customers) {
      expired += await deps.uow.run(async (repos) => {
        if (!(await repos.customers.lockForUpdate(customerId))) return 0
        return expireDue(deps, repos, await repos.stamps.forCustomer(customerId), now)
      })
    }
    if (customers.length < 100) return expired
  }
}

export interface StampCardEntry {
  kind: StampKind
  qty: number
  at: Date
  expiresAt: Date | null
  forgiven: number
  reason: string | null
}

export interface StampCard {
  active: boolean
  stamps: number
  required: number
  reward: string
  /** What one stamp is worth: a bonus stamp counts this against the giver's limits. */
  stampValueMinor: number
  /** Rewards the card holds now. */
  ready: number
  /** Stamps to the next reward. */
  toNext: number
  nextExpiry: { at: Date; qty: number } | null
  history: StampCardEntry[]
}

export function cardOf(programme: StampProgramme, ledger: readonly StampEntry[], now: Date): StampCard {
  const stamps = balanceOf(ledger, now)
  return {
    active: programme.active,
    stamps,
    required: programme.stampsRequired,
    reward: programme.reward,
    stampValueMinor: stampValueMinor(programme),
    ready: Math.floor(stamps / programme.stampsRequired),
    toNext: programme.stampsRequired - (stamps % programme.stampsRequired),
    nextExpiry: nextExpiry(ledger, now),
    history: ledger
      .slice(-20)
      .reverse()
      .map((e) => ({ kind: e.kind, qty: e.qty, at: e.at, expiresAt: e.expiresAt, forgiven: e.forgiven, reason: e.kind === 'adjust' || e.kind === 'redeem' ? e.reason : null })),
  }
}

/** The card as the counter shows it: "7 of 10, 3 more for any drink free". */
export async function stampCard(deps: StampCardReads, customerId: string): Promise<StampCard> {
  const [programme, ledger] = await Promise.all([stampProgramme(deps.repos), deps.repos.stamps.forCustomer(customerId)])
  return cardOf(programme, ledger, deps.clock.now())
}

/** The link printed on a card or texted to the customer: a random token, made once. */
export async function stampCardLink(deps: LoyaltyDeps, customerId: string): Promise<string> {
  const existing = await deps.repos.stamps.cardToken(customerId)
  if (existing) return existing
  if (!(await deps.repos.customers.findById(customerId))) throw customerNotFound(customerId)
  return deps.repos.stamps.createCardToken(customerId, newLinkToken(deps.randomBytes), deps.clock.now())
}

/** The customer's own card page: the stamps and their history, no name or contact. */
export async function publicStampCard(deps: LoyaltyDeps, token: string): Promise<StampCard & { business: string }> {
  const customerId = await deps.repos.stamps.customerForCardToken(token)
  if (!customerId) throw new DomainError('not_found', 'stamps.card_not_found', 'This card link is not valid.')
  const business = (await deps.repos.settings.get<{ name?: string }>('business'))?.name ?? 'Usual Café'
  return { ...(await stampCard(deps, customerId)), business }
}
