import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors.js'
import { aCustomer, aGesture, anActor, aPolicy } from '../../../test/factories.js'
import { fakeDeps, InMemoryAudit, InMemoryCustomers, InMemoryGestures, InMemoryLive, InMemoryOutbox, InMemoryPolicies, InMemoryStaff, TEST_NOW } from '../../../test/fakes/index.js'
import { requestGesture } from './empowerment.service.js'

const jill = aCustomer({ id: 'customer-jill' })
const now = new Date(TEST_NOW)
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000)
const comp = (valueMinor: number, customerId: string | null = null) => ({ type: 'comp_item' as const, reason: 'delight' as const, valueMinor, customerId })

/** A barista's chain policy: $8 a gesture, $20 a day, $15 per customer in 30 days. */
function world(options: { gestures?: InMemoryGestures } = {}) {
  const gestures = options.gestures ?? new InMemoryGestures()
  const audit = new InMemoryAudit()
  const live = new InMemoryLive()
  const outbox = new InMemoryOutbox()
  const staff = new InMemoryStaff()
  const fake = fakeDeps(
    {
      gestures: gestures.port(),
      audit: audit.port(),
      live: live.port(),
      outbox: outbox.port(),
      staff: staff.port(),
      customers: new InMemoryCustomers(jill).port(),
      policies: new InMemoryPolicies({ staff: aPolicy('staff', { maxPerGestureMinor: 800, dailyBudgetMinor: 2_000, maxPerCustomer30dMinor: 1_500 }) }).port(),
    },
    { tables: [gestures, audit, live, outbox] },
  )
  return { ...fake, gestures, audit, live, outbox, staff }
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? { kind: error.kind, code: error.code, details: error.details } : error))

describe('requestGesture', () => {
  it('grants a gesture inside every limit, under the giver’s lock, audited as granted', async () => {
    const { deps, gestures, audit, staff, outbox } = world()

    const { gesture, decision } = await requestGesture(deps, anActor(), comp(450))

    expect(decision).toEqual({ outcome: 'grant', remainingTodayMinor: 1_550 })
    expect(gesture).toMatchObject({ status: 'granted', valueMinor: 450, staffId: 'staff-staff', locationId: 'loc-a', limit: null })
    expect(gestures.gestures).toHaveLength(1)
    expect(staff.locked).toEqual(['staff-staff'])
    expect(audit.events).toMatchObject([{ action: 'gesture.granted', subjectId: gesture.id }])
    expect(outbox.messages).toEqual([])
  })

  it('asks a manager when the daily budget would be passed, naming the limit and by how much', async () => {
    const { deps, audit, live, outbox } = world({ gestures: new InMemoryGestures().withGestures(aGesture({ id: 'g-a', valueMinor: 800, requestedAt: hoursAgo(3) }), aGesture({ id: 'g-b', valueMinor: 1_000, requestedAt: hoursAgo(1) })) })

    const { gesture, decision } = await requestGesture(deps, anActor(), comp(450))

    expect(decision).toEqual({ outcome: 'needs_approval', limit: 'daily_budget', capMinor: 2_000, wouldBeMinor: 2_250 })
    expect(gesture).toMatchObject({ status: 'pending_approval', limit: 'daily_budget', capMinor: 2_000, wouldBeMinor: 2_250, expiresAt: new Date(now.getTime() + 10 * 60_000) })
    expect(audit.actions()).toEqual(['gesture.requested'])
    expect(live.published).toMatchObject([{ topic: 'approval.requested', locationId: 'loc-a', payload: { gestureId: gesture.id } }])
    expect(outbox.messages).toMatchObject([{ topic: 'approval.requested', payload: { gestureId: gesture.id } }])
  })

  it("starts the budget afresh on the location's new local day", async () => {
    // 04:00 UTC on the 20th is 23:00 on the 19th in New York.
    const { deps } = world({ gestures: new InMemoryGestures().withGestures(aGesture({ valueMinor: 1_800, requestedAt: new Date('2026-11-20T04:00:00.000Z') })) })

    const { decision } = await requestGesture(deps, anActor(), comp(450))

    expect(decision.outcome).toBe('grant')
  })

  it('does not count a request still waiting for a manager against the budget', async () => {
    const { deps } = world({ gestures: new InMemoryGestures().withGestures(aGesture({ valueMinor: 1_800, status: 'pending_approval', requestedAt: hoursAgo(1) })) })

    const { decision } = await requestGesture(deps, anActor(), comp(450))

    expect(decision.outcome).toBe('grant')
  })

  it('asks a manager when one gesture is over the per-gesture limit', async () => {
    const { deps } = world()

    const { decision } = await requestGesture(deps, anActor(), comp(900))

    expect(decision).toEqual({ outcome: 'needs_approval', limit: 'per_gesture', capMinor: 800, wouldBeMinor: 900 })
  })

  it('holds a customer to $15 in 30 days across every giver', async () => {
    const { deps } = world({ gestures: new InMemoryGestures().withGestures(aGesture({ staffId: 'staff-bea', locationId: 'loc-b', customerId: jill.id, valueMinor: 1_200, status: 'approved', requestedAt: hoursAgo(24 * 20) })) })

    const { decision } = await requestGesture(deps, anActor(), comp(450, jill.id))

    expect(decision).toEqual({ outcome: 'needs_approval', limit: 'customer_30d', capMinor: 1_500, wouldBeMinor: 1_650 })
  })

  it('refuses a negative value before writing anything', async () => {
    const { deps, gestures, audit, transactions } = world()

    const refused = await refusal(requestGesture(deps, anActor(), comp(-1)))

    expect(refused).toEqual({ kind: 'invalid', code: 'gesture.value_invalid', details: { field: 'valueMinor' } })
    expect([gestures.gestures.length, audit.events.length, transactions()]).toEqual([0, 0, 0])
  })

  it('refuses a gesture for a customer who does not exist', async () => {
    const { deps, gestures } = world()

    const refused = await refusal(requestGesture(deps, anActor(), comp(450, 'customer-nobody')))

    expect(refused).toEqual({ kind: 'invalid', code: 'gesture.unknown_customer', details: { field: 'customerId' } })
    expect(gestures.gestures).toEqual([])
  })
})
