import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors.js'
import { anActor, aTabApproval } from '../../../test/factories.js'
import { fakeDeps, InMemoryAudit, InMemoryLive, InMemoryTabs } from '../../../test/fakes/index.js'
import { decideTabApproval } from './tab-approval.service.js'

function world(tabs = new InMemoryTabs().withApproval(aTabApproval())) {
  const audit = new InMemoryAudit()
  const live = new InMemoryLive()
  const fake = fakeDeps({ tabs: tabs.port(), audit: audit.port(), live: live.port() }, { tables: [tabs, audit, live] })
  return { ...fake, tabs, audit, live }
}

const priya = anActor({ role: 'manager', staffId: 'staff-priya' })
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DomainError ? { kind: error.kind, code: error.code, details: error.details } : error))

describe('decideTabApproval', () => {
  it('declines a request, audited and pushed back to the counter, with no order', async () => {
    const { deps, tabs, audit, live } = world()

    const { approval, order } = await decideTabApproval(deps, priya, 'tab-approval-1', false)

    expect(order).toBeNull()
    expect(approval).toMatchObject({ status: 'declined', decidedBy: 'staff-priya' })
    expect(tabs.approvals).toMatchObject([{ status: 'declined' }])
    expect(audit.events).toMatchObject([{ action: 'tab.approval_declined', subjectId: 'tab-approval-1', before: { status: 'pending' }, after: { status: 'declined', orderId: null } }])
    expect(live.published).toEqual([{ topic: 'approval.decided', locationId: 'loc-a', payload: { tabApprovalId: 'tab-approval-1', status: 'declined', orderId: null, customerId: 'customer-jill' } }])
  })

  it('tells a second manager who answered first', async () => {
    const { deps } = world()
    await decideTabApproval(deps, priya, 'tab-approval-1', false)

    const refused = await refusal(decideTabApproval(deps, anActor({ role: 'manager', staffId: 'staff-max' }), 'tab-approval-1', false))

    expect(refused).toEqual({ kind: 'conflict', code: 'approval.already_decided', details: { currentStatus: 'declined', decidedBy: 'staff-priya' } })
  })

  it('refuses an answer after the ten minutes have run out, and writes nothing', async () => {
    const { deps, clock, tabs, audit } = world()
    clock.advance(10 * 60_000)

    const refused = await refusal(decideTabApproval(deps, priya, 'tab-approval-1', false))

    expect(refused).toEqual({ kind: 'conflict', code: 'approval.expired', details: { currentStatus: 'expired' } })
    expect(tabs.approvals).toMatchObject([{ status: 'pending' }])
    expect(audit.events).toEqual([])
  })

  it('refuses staff, and a manager of another location', async () => {
    const { deps } = world()

    const byStaff = await refusal(decideTabApproval(deps, anActor({ role: 'staff' }), 'tab-approval-1', true))
    const elsewhere = await refusal(decideTabApproval(deps, anActor({ role: 'manager', locationId: 'loc-b' }), 'tab-approval-1', true))

    expect(byStaff).toEqual({ kind: 'forbidden', code: 'auth.role_required', details: { requiredRole: 'manager' } })
    expect(elsewhere).toEqual({ kind: 'forbidden', code: 'auth.other_location', details: { locationId: 'loc-a' } })
  })
})
