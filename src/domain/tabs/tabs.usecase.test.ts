import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors.js'
import { aCustomer, anActor, aTabAccount, aTabCharge } from '../../../test/factories.js'
import { fakeDeps, InMemoryAudit, InMemoryCustomers, InMemoryLive, InMemorySettings, InMemoryTabs, InMemoryVisits } from '../../../test/fakes/index.js'
import { chargeTab, checkTabCharge, openTab, requestTabApproval, settleTab, writeOffTab } from './tabs.service.js'

const jill = aCustomer({ id: 'customer-jill' })

function world(options: { tabs?: InMemoryTabs; visitDays?: number } = {}) {
  const tabs = options.tabs ?? new InMemoryTabs()
  const audit = new InMemoryAudit()
  const live = new InMemoryLive()
  const fake = fakeDeps(
    {
      tabs: tabs.port(),
      audit: audit.port(),
      live: live.port(),
      customers: new InMemoryCustomers(jill).port(),
      visits: new InMemoryVisits({ [jill.id]: options.visitDays ?? 0 }).port(),
      settings: new InMemorySettings().port(),
    },
    { tables: [tabs, audit, live] },
  )
  return { ...fake, tabs, audit, live }
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? { kind: error.kind, code: error.code, details: error.details } : error))

describe('opening a tab', () => {
  it("gives a regular the tier's $30 limit at the counter, audited and pushed to the location's screens", async () => {
    const { deps, audit, live } = world({ visitDays: 6 })

    const view = await openTab(deps, anActor({ role: 'staff' }), jill.id, {})

    expect(view).toMatchObject({ balanceMinor: 0, availableMinor: 3_000, account: { kind: 'tab', limitMinor: 3_000, status: 'open', locationId: 'loc-a' } })
    expect(audit.actions()).toEqual(['tab.opened'])
    expect(live.published).toEqual([{ topic: 'tab.changed', locationId: 'loc-a', payload: { customerId: jill.id } }])
  })

  it("refuses a new customer's tab at the counter, naming the tier, and writes nothing", async () => {
    const { deps, tabs, audit } = world({ visitDays: 0 })

    const refused = await refusal(openTab(deps, anActor({ role: 'staff' }), jill.id, {}))

    expect(refused).toEqual({ kind: 'forbidden', code: 'tab.not_allowed', details: { tier: 'new' } })
    expect(tabs.accounts).toEqual([])
    expect(audit.events).toEqual([])
  })

  it('lets a manager open a house account for anyone with the limit they choose', async () => {
    const { deps } = world({ visitDays: 0 })

    const view = await openTab(deps, anActor({ role: 'manager' }), jill.id, { kind: 'house', limitMinor: 25_000 })

    expect(view.account).toMatchObject({ kind: 'house', limitMinor: 25_000, openedBy: 'staff-manager' })
  })

  it('refuses staff a house account', async () => {
    const { deps } = world({ visitDays: 20 })

    const refused = await refusal(openTab(deps, anActor({ role: 'staff' }), jill.id, { kind: 'house' }))

    expect(refused).toEqual({ kind: 'forbidden', code: 'auth.role_required', details: { requiredRole: 'manager' } })
  })

  it('refuses a second open tab for one customer', async () => {
    const { deps } = world({ tabs: new InMemoryTabs().withAccount(aTabAccount()) })

    const refused = await refusal(openTab(deps, anActor({ role: 'manager' }), jill.id, { limitMinor: 5_000 }))

    expect(refused).toEqual({ kind: 'conflict', code: 'tab.already_open', details: { accountId: 'tab-1' } })
  })
})

describe('charging a tab', () => {
  const withBalance = (minor: number) => new InMemoryTabs().withAccount(aTabAccount({ limitMinor: 3_000 }), [aTabCharge({ amountMinor: minor })])

  it('charges an order that fits under the limit, and the balance grows by its total', async () => {
    const { deps, repos, tabs, audit } = world({ tabs: withBalance(2_500) })
    const now = deps.clock.now()
    const check = await checkTabCharge(deps, repos, anActor(), jill.id, 500, now)

    const charged = await chargeTab(deps, repos, anActor(), check, { id: 'order-2', totalMinor: 500 }, null, now)

    expect(check.decision).toEqual({ outcome: 'charge' })
    expect(charged).toEqual({ balanceMinor: 3_000, limitMinor: 3_000 })
    expect(tabs.entries.map((e) => e.amountMinor)).toEqual([2_500, 500])
    expect(audit.events).toMatchObject([{ action: 'tab.charge', before: { balanceMinor: 2_500 }, after: { amountMinor: 500, orderId: 'order-2', balanceMinor: 3_000 } }])
  })

  it('asks a manager when a charge would pass the limit, saying by how much', async () => {
    const { deps, repos } = world({ tabs: withBalance(2_500) })

    const check = await checkTabCharge(deps, repos, anActor(), jill.id, 600, deps.clock.now())

    expect(check.decision).toEqual({ outcome: 'needs_approval', limit: 'tab_limit', capMinor: 3_000, wouldBeMinor: 3_100 })
  })

  it('files an approval request that lapses after ten minutes, audited and pushed to managers', async () => {
    const { deps, repos, tabs, audit, live } = world({ tabs: withBalance(2_500) })
    const now = deps.clock.now()
    const check = await checkTabCharge(deps, repos, anActor(), jill.id, 600, now)

    const approval = await requestTabApproval(deps, repos, anActor(), check, 600, { lines: [] }, now)

    expect(approval).toMatchObject({ status: 'pending', amountMinor: 600, balanceMinor: 2_500, limitMinor: 3_000 })
    expect(approval.expiresAt.getTime() - now.getTime()).toBe(10 * 60_000)
    expect(tabs.approvals).toHaveLength(1)
    expect(audit.actions()).toEqual(['tab.approval_requested'])
    expect(live.published).toMatchObject([{ topic: 'approval.requested', payload: { tabApprovalId: approval.id } }])
  })
})

describe('settling and writing off', () => {
  it('settles a same-day tab in full and closes it', async () => {
    const { deps, tabs, audit } = world({ tabs: new InMemoryTabs().withAccount(aTabAccount(), [aTabCharge({ amountMinor: 1_250 })]) })

    const view = await settleTab(deps, anActor(), jill.id)

    expect(view).toMatchObject({ balanceMinor: 0, account: { status: 'closed' } })
    expect(tabs.entries.map((e) => [e.kind, e.amountMinor])).toEqual([
      ['charge', 1_250],
      ['settle', -1_250],
    ])
    expect(audit.actions()).toEqual(['tab.settle', 'tab.closed'])
  })

  it('refuses to take more than the tab owes, and writes nothing', async () => {
    const { deps, tabs, audit } = world({ tabs: new InMemoryTabs().withAccount(aTabAccount(), [aTabCharge({ amountMinor: 1_250 })]) })

    const refused = await refusal(settleTab(deps, anActor(), jill.id, 2_000))

    expect(refused).toMatchObject({ kind: 'invalid', code: 'tab.settle_amount', details: { balanceMinor: 1_250 } })
    expect(tabs.entries).toHaveLength(1)
    expect(audit.events).toEqual([])
  })

  it("refuses to settle another location's same-day tab", async () => {
    const { deps } = world({ tabs: new InMemoryTabs().withAccount(aTabAccount({ locationId: 'loc-b' }), [aTabCharge()]) })

    const refused = await refusal(settleTab(deps, anActor({ locationId: 'loc-a' }), jill.id))

    expect(refused).toEqual({ kind: 'forbidden', code: 'auth.other_location', details: { locationId: 'loc-b' } })
  })

  it('refuses staff a write-off', async () => {
    const { deps } = world({ tabs: new InMemoryTabs().withAccount(aTabAccount(), [aTabCharge()]) })

    const refused = await refusal(writeOffTab(deps, anActor({ role: 'staff' }), jill.id, { reason: 'moved away' }))

    expect(refused).toEqual({ kind: 'forbidden', code: 'auth.role_required', details: { requiredRole: 'manager' } })
  })

  it('writes off part of a balance with its reason, leaving the tab open', async () => {
    const { deps, audit } = world({ tabs: new InMemoryTabs().withAccount(aTabAccount(), [aTabCharge({ amountMinor: 1_000 })]) })

    const view = await writeOffTab(deps, anActor({ role: 'manager' }), jill.id, { amountMinor: 400, reason: '  spilled   drink ' })

    expect(view).toMatchObject({ balanceMinor: 600, account: { status: 'open' } })
    expect(audit.events).toMatchObject([{ action: 'tab.write_off', after: { amountMinor: -400, reason: 'spilled drink', balanceMinor: 600 } }])
  })
})
