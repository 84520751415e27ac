import { auditRecord } from '../audit/index.js'
import type { OrdersDeps } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { requireLocation, requireRole, type Actor } from '../access/index.js'
import { checkTabCharge, type TabApproval } from '../tabs/index.js'
import type { OrderSummary } from './order.js'
import { priceLines, recordOrder, type OrderRequest } from './orders.service.js'

/**
 * A manager's answer to a charge that would pass a tab's limit. Approving records the order on the tab as the
 * person who rang it, with the manager named on the charge; the first answer wins, a later one is told.
 */
export async function decideTabApproval(deps: OrdersDeps, actor: Actor, id: string, approve: boolean): Promise<{ approval: TabApproval; order: OrderSummary | null }> {
  requireRole(actor, 'manager', 'answer a tab request')
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const approval = await repos.tabs.findApproval(id)
    if (!approval) throw new DomainError('not_found', 'tab.approval_not_found', 'No such request.', { tabApprovalId: id })
    requireLocation(actor, approval.locationId)
    const status = approve ? 'approved' : 'declined'
    if (!(await repos.tabs.decideApproval(id, { status, at: now, by: actor.staffId }))) {
      const current = (await repos.tabs.findApproval(id))!
      if (current.status === 'pending') throw new DomainError('conflict', 'approval.expired', 'This request lapsed after 10 minutes without an answer.', { currentStatus: 'expired' })
      throw new DomainError('conflict', 'approval.already_decided', `Already ${current.status}.`, { currentStatus: current.status, decidedBy: current.decidedBy })
    }
    let order: OrderSummary | null = null
    if (approve) {
      const giver = await repos.staff.findById(approval.staffId)
      const location = await repos.locations.findById(approval.locationId)
      const asker: Actor = { ...actor, staffId: approval.staffId, firstName: giver?.firstName ?? '', role: giver?.role ?? 'staff', locationId: approval.locationId, timeZone: location?.timeZone ?? actor.timeZone }
      const request = approval.orderRequest as OrderRequest
      const lines = priceLines(await repos.catalog.load(approval.locationId), request.lines)
      const tab = await checkTabCharge(deps, repos, asker, approval.customerId, 0, now)
      order = await recordOrder(deps, repos, asker, request, lines, tab, actor.staffId, now)
      await repos.tabs.attachOrder(id, order.id)
    }
    await repos.audit.record(auditRecord(actor, approve ? 'tab.approval_approved' : 'tab.approval_declined', { type: 'tab_approval', id: id }, now, {
      locationId: approval.locationId,
      before: { status: 'pending' },
      after: { status, orderId: order?.id ?? null },
    }))
    await repos.live.publish({ topic: 'approval.decided', locationId: approval.locationId, payload: { tabApprovalId: id, status, orderId: order?.id ?? null, customerId: approval.customerId } }, now)
    return { approval: { ...approval, status, decidedAt: now, decidedBy: actor.staffId, orderId: order?.id ?? null }, order }
  })
}
