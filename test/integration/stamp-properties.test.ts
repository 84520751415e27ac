import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCustomer } from '../../src/domain/customers/index.js'
import { requestGesture } from '../../src/domain/empowerment/index.js'
import { adjustStamps, balanceOf, batchesOf, expireStamps, redeemReward, setStampProgramme, type StampEntry } from '../../src/domain/loyalty/index.js'
import { placeOrder, voidOrder } from '../../src/domain/orders/index.js'
import { isDomainError } from '../../src/domain/shared/errors.js'
import { signIn, type Actor } from '../../src/domain/staff/index.js'
import { createWorld, testDialects, type World } from '../support.js'

type Op =
  | { kind: 'earn'; hours: number }
  | { kind: 'bonus' }
  | { kind: 'redeem' }
  | { kind: 'expire'; days: number }
  | { kind: 'adjust'; qty: number }
  | { kind: 'void'; pick: number }
  | { kind: 'replay'; pick: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('earn' as const), hours: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bonus' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'redeem' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('expire' as const), days: fc.integer({ min: 1, max: 25 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('adjust' as const), qty: fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('void' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), pick: fc.nat() }) },
)

/** Domain errors are answers (not enough stamps, already voided); anything else fails the property. */
const answered = (promise: Promise<unknown>) => promise.catch((error) => (isDomainError(error) ? undefined : Promise.reject(error)))

/** Replays the ledger in order: each consuming entry took from the earliest-expiring live batches. */
function assertFifo(ledger: StampEntry[]) {
  const remaining = new Map<string, { left: number; expiresAt: Date }>()
  for (const entry of ledger) {
    if (entry.qty > 0 && entry.expiresAt) remaining.set(entry.id, { left: entry.qty, expiresAt: entry.expiresAt })
    for (const c of entry.consumes) remaining.get(c.batchId)!.left -= c.qty
    for (const [, batch] of remaining) expect(batch.left).toBeGreaterThanOrEqual(0)
    if (entry.kind === 'expire' || entry.consumes.length === 0) continue
    const latestTaken = Math.max(...entry.consumes.map((c) => remaining.get(c.batchId)!.expiresAt.getTime()))
    for (const [, batch] of remaining) {
      const live = batch.expiresAt > entry.at
      if (live && batch.expiresAt.getTime() < latestTaken) expect(batch.left).toBe(0)
    }
  }
}

for (const dialect of testDialects()) {
  describe(`stamp ledger properties (${dialect})`, () => {
    let world: World
    let barista: Actor
    let owner: Actor

    beforeAll(async () => {
      world = await createWorld(dialect)
      const as = async (who: 'sam' | 'ann') => (await signIn(world.app.deps, { locationId: world.staff[who].locationId, staffId: world.staff[who].id, pin: world.staff[who].pin })).actor
      barista = await as('sam')
      owner = await as('ann')
      await setStampProgramme(world.app.deps, owner, {
        active: true,
        earnRule: 'item',
        qualifyingItemIds: [],
        stampsRequired: 4,
        reward: 'any drink free',
        rewardValueMinor: 400,
        expiryDays: 20,
        maxEarnsPerDay: 2,
        minMinutesBetweenEarns: 120,
      })
    })
    afterAll(() => world.close())

    it('keeps every card right over random earns, bonuses, redemptions, expiries, corrections, voids and replays', async () => {
      const deps = world.app.deps
      let run = 0
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 18 }), async (ops) => {
          run += 1
          const customer = await createCustomer(deps, barista, { displayName: `Guest ${run}` })
          const orders: { id: string; key: string; quantity: number }[] = []
          for (const step of ops) {
            if (step.kind === 'earn') {
              world.clock.advance(step.hours * 60 * 60_000)
              const key = `prop-${run}-${orders.length}`
              const quantity = 1 + (orders.length % 2)
              const placed = await placeOrder(deps, barista, { customerId: customer.id, lines: [{ catalogItemId: world.items.croissant, quantity }] }, key)
              if (placed.outcome === 'placed') orders.push({ id: placed.order.id, key, quantity })
            } else if (step.kind === 'bonus') {
              await requestGesture(deps, owner, { type: 'bonus_stamp', reason: 'delight', valueMinor: 0, customerId: customer.id })
            } else if (step.kind === 'redeem') {
              await answered(redeemReward(deps, barista, customer.id))
            } else if (step.kind === 'expire') {
              world.clock.advance(step.days * 24 * 60 * 60_000)
              await expireStamps(deps)
            } else if (step.kind === 'adjust') {
              await answered(adjustStamps(deps, owner, customer.id, step.qty, 'property test'))
            } else if (orders.length > 0) {
              const order = orders[step.pick % orders.length]!
              if (step.kind === 'void') await answered(voidOrder(deps, owner, order.id, 'property test'))
              else {
                const again = await placeOrder(deps, barista, { customerId: customer.id, lines: [{ catalogItemId: world.items.croissant, quantity: order.quantity }] }, order.key)
                expect(again.replayed).toBe(true)
              }
            }

            const ledger = await deps.repos.stamps.forCustomer(customer.id)
            const now = deps.clock.now()
            expect(balanceOf(ledger, now)).toBeGreaterThanOrEqual(0)
            for (const batch of batchesOf(ledger)) expect(batch.remaining).toBeGreaterThanOrEqual(0)
            const earnsPerOrder = new Map<string, number>()
            for (const e of ledger.filter((e) => e.kind === 'earn' || e.kind === 'reverse')) earnsPerOrder.set(`${e.kind}:${e.orderId}`, (earnsPerOrder.get(`${e.kind}:${e.orderId}`) ?? 0) + 1)
            expect([...earnsPerOrder.values()].every((n) => n === 1)).toBe(true)
            for (const reversal of ledger.filter((e) => e.kind === 'reverse')) {
              const earn = ledger.find((e) => e.kind === 'earn' && e.orderId === reversal.orderId)!
              expect(-reversal.qty + reversal.forgiven).toBe(earn.qty)
            }
            assertFifo(ledger)
          }
          // Once every due expiry is written, the card is exactly what was added less what was taken.
          await expireStamps(deps)
          expect(await expireStamps(deps)).toBe(0)
          const ledger = await deps.repos.stamps.forCustomer(customer.id)
          const now = deps.clock.now()
          const added = ledger.filter((e) => e.qty > 0).reduce((sum, e) => sum + e.qty, 0)
          const taken = ledger.filter((e) => e.qty < 0).reduce((sum, e) => sum - e.qty, 0)
          expect(balanceOf(ledger, now)).toBe(added - taken)
        }),
        { numRuns: 25 },
      )
    }, 120_000)
  })
}
