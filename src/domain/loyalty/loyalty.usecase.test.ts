import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors.js'
import { aCustomer, anActor, aStampEarn, aStampProgramme } from '../../../test/factories.js'
import { fakeDeps, InMemoryAudit, InMemoryCustomers, InMemoryLive, InMemorySettings, InMemoryStamps, TEST_NOW } from '../../../test/fakes/index.js'
import { balanceOf } from './stamp-ledger.js'
import { adjustStamps, earnForOrder, redeemReward, reverseForOrder } from './loyalty.service.js'
import { STAMP_PROGRAMME_SETTING, type StampProgramme } from './stamp-programme.js'

const jill = aCustomer({ id: 'customer-jill' })
const now = new Date(TEST_NOW)
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000)
const order = { id: 'order-9', customerId: jill.id, placedAt: now, lines: [{ catalogItemId: 'item-fw', quantity: 1 }] }

function world(options: { stamps?: InMemoryStamps; programme?: Partial<StampProgramme> } = {}) {
  const stamps = options.stamps ?? new InMemoryStamps()
  const audit = new InMemoryAudit()
  const live = new InMemoryLive()
  const fake = fakeDeps(
    {
      stamps: stamps.port(),
      audit: audit.port(),
      live: live.port(),
      customers: new InMemoryCustomers(jill).port(),
      settings: new InMemorySettings({ [STAMP_PROGRAMME_SETTING]: aStampProgramme(options.programme) }).port(),
    },
    { tables: [stamps, audit, live] },
  )
  return { ...fake, stamps, audit, live, balance: () => balanceOf(stamps.entries, now) }
}

const earned = (count: number, from = 48) => Array.from({ length: count }, (_, n) => aStampEarn({ id: `earn-${n}`, orderId: `old-${n}`, at: hoursAgo(from + n) }))
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? { kind: error.kind, code: error.code, details: error.details } : error))

describe('earning stamps', () => {
  it('earns one stamp for a visit, in a batch that expires a year on, audited with the new balance', async () => {
    const { deps, repos, stamps, audit, balance } = world()

    const outcome = await earnForOrder(deps, repos, anActor(), order)

    expect(outcome).toEqual({ earned: 1, blocked: null })
    expect(stamps.entries).toMatchObject([{ kind: 'earn', qty: 1, orderId: 'order-9', expiresAt: new Date('2027-11-20T05:00:00.000Z') }])
    expect(audit.events).toMatchObject([{ action: 'stamps.earn', subjectId: jill.id, after: { qty: 1, balance: 1 } }])
    expect(balance()).toBe(1)
  })

  it('earns nothing past the per-day cap, says which limit, and writes nothing', async () => {
    const { deps, repos, stamps, audit } = world({ programme: { maxEarnsPerDay: 2 }, stamps: new InMemoryStamps().withEntries(aStampEarn({ id: 'a', orderId: 'o-a', at: hoursAgo(2) }), aStampEarn({ id: 'b', orderId: 'o-b', at: hoursAgo(1) })) })

    const outcome = await earnForOrder(deps, repos, anActor(), order)

    expect(outcome).toEqual({ earned: 0, blocked: { limit: 'per_day', cap: 2 } })
    expect(stamps.entries).toHaveLength(2)
    expect(audit.events).toEqual([])
  })

  it('earns nothing while the programme is off', async () => {
    const { deps, repos, stamps } = world({ programme: { active: false } })

    expect(await earnForOrder(deps, repos, anActor(), order)).toBeNull()
    expect(stamps.entries).toEqual([])
  })
})

describe('redeeming a reward', () => {
  it('takes exactly the stamps a reward needs, oldest first, and tells the screens', async () => {
    const { deps, stamps, audit, live, balance } = world({ stamps: new InMemoryStamps().withEntries(...earned(12)) })

    const card = await redeemReward(deps, anActor(), jill.id)

    expect(card).toMatchObject({ stamps: 2, ready: 0, toNext: 8 })
    expect(stamps.entries.at(-1)).toMatchObject({ kind: 'redeem', qty: -10, reason: 'any drink free' })
    expect(balance()).toBe(2)
    expect(audit.actions()).toEqual(['stamps.redeem'])
    expect(live.published).toEqual([{ topic: 'stamps.changed', locationId: 'loc-a', payload: { customerId: jill.id } }])
  })

  it('refuses a card one stamp short, saying how many it has, and writes nothing', async () => {
    const { deps, stamps, audit } = world({ stamps: new InMemoryStamps().withEntries(...earned(9)) })

    const refused = await refusal(redeemReward(deps, anActor(), jill.id))

    expect(refused).toEqual({ kind: 'conflict', code: 'stamps.not_enough', details: { balance: 9, required: 10 } })
    expect(stamps.entries).toHaveLength(9)
    expect(audit.events).toEqual([])
  })
})

describe('voiding an order that earned stamps', () => {
  it("takes back exactly the order's stamps", async () => {
    const { deps, repos, balance } = world({ stamps: new InMemoryStamps().withEntries(...earned(3), aStampEarn({ id: 'earn-9', orderId: 'order-9', at: hoursAgo(1) })) })

    const reversed = await reverseForOrder(deps, repos, anActor({ role: 'manager' }), { id: 'order-9', customerId: jill.id }, now)

    expect(reversed).toEqual({ reversed: 1, forgiven: 0 })
    expect(balance()).toBe(3)
  })

  it('forgives stamps already spent on a reward instead of taking the card below zero', async () => {
    const { deps, repos, stamps, audit, balance } = world({ stamps: new InMemoryStamps().withEntries(...earned(9), aStampEarn({ id: 'earn-9', orderId: 'order-9', at: hoursAgo(1) })) })
    await redeemReward(deps, anActor(), jill.id)

    const reversed = await reverseForOrder(deps, repos, anActor({ role: 'manager' }), { id: 'order-9', customerId: jill.id }, now)

    expect(reversed).toEqual({ reversed: 0, forgiven: 1 })
    expect(balance()).toBe(0)
    expect(stamps.entries.at(-1)).toMatchObject({ kind: 'reverse', forgiven: 1, reason: 'order voided' })
    expect(audit.actions()).toEqual(['stamps.redeem', 'stamps.reverse'])
  })

  it('reverses an order once, however often the void is replayed', async () => {
    const { deps, repos, stamps } = world({ stamps: new InMemoryStamps().withEntries(aStampEarn({ id: 'earn-9', orderId: 'order-9', at: hoursAgo(1) })) })
    const manager = anActor({ role: 'manager' })

    await reverseForOrder(deps, repos, manager, { id: 'order-9', customerId: jill.id }, now)
    const again = await reverseForOrder(deps, repos, manager, { id: 'order-9', customerId: jill.id }, now)

    expect(again).toBeNull()
    expect(stamps.entries.filter((e) => e.kind === 'reverse')).toHaveLength(1)
  })
})

describe('adjusting a card', () => {
  it('refuses staff an adjustment', async () => {
    const { deps } = world()

    const refused = await refusal(adjustStamps(deps, anActor({ role: 'staff' }), jill.id, 2, 'missed stamps'))

    expect(refused).toEqual({ kind: 'forbidden', code: 'auth.role_required', details: { requiredRole: 'manager' } })
  })

  it('never takes a card below zero', async () => {
    const { deps, stamps } = world({ stamps: new InMemoryStamps().withEntries(...earned(2)) })

    const refused = await refusal(adjustStamps(deps, anActor({ role: 'manager' }), jill.id, -3, 'double earn'))

    expect(refused).toEqual({ kind: 'conflict', code: 'stamps.not_enough', details: { balance: 2 } })
    expect(stamps.entries).toHaveLength(2)
  })
})
