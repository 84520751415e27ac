import { auditRecord } from '../audit/index.js'
import { DEFAULT_COUPON_DAYS, DEFAULT_RECOVERY_MESSAGE, issueCoupon, type Coupon } from '../coupons/index.js'
import { counterLock } from './counter-lock.js'
import { goodwillLast30d } from './gesture-reads.js'
import { bonusForGesture, stampProgramme, stampValueMinor } from '../loyalty/index.js'
import { orderOrigin } from '../orders/index.js'
import type { EmpowermentDeps, EmpowermentRepos, GestureFilter, GestureRow } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { startOfLocalDay } from '../shared/instant.js'
import { APPROVAL_WINDOW_MS, requireLocation, requireRole, type Actor, type Role } from '../access/index.js'
import type { Gesture, GestureReason, GestureType } from './gesture.js'
import { DEFAULT_POLICIES, effectivePolicy, evaluateGesture, loosenedLimits, OWNER_POLICY, type Decision, type EmpowermentPolicy } from './policy.js'

export interface GestureRequest {
  type: GestureType
  reason: GestureReason
  valueMinor: number
  note?: string | null
  customerId?: string | null
  orderId?: string | null
  /** For a recovery coupon: what it gives and the words printed on it. */
  coupon?: { benefit?: string; message?: string; validDays?: number }
}

export interface GestureOutcome {
  gesture: Gesture
  decision: Decision
  coupon: Coupon | null
}

/** The policy in force for the actor's role at their location. */
export async function policyFor(repos: EmpowermentRepos, role: Role, locationId: string): Promise<EmpowermentPolicy> {
  if (role === 'owner') return OWNER_POLICY
  const { chain, override } = await repos.policies.find(role, locationId)
  return effectivePolicy(chain ?? DEFAULT_POLICIES[role], override)
}

/**
 * Grants a gesture inside the giver's limits, or turns it into a request for a manager naming the
 * limit it would pass. Budgets are read and written under the giver's (and customer's) row lock,
 * so parallel grants can never spend past a limit.
 */
export async function requestGesture(deps: EmpowermentDeps, actor: Actor, request: GestureRequest): Promise<GestureOutcome> {
  const now = deps.clock.now()
  if (!Number.isSafeInteger(request.valueMinor) || request.valueMinor < 0) {
    throw new DomainError('invalid', 'gesture.value_invalid', 'The value must be zero or more, in cents.', { field: 'valueMinor' })
  }
  const note = request.note?.trim() || null
  if (note && note.length > 280) throw new DomainError('invalid', 'gesture.note_too_long', 'Keep the note under 280 characters.', { field: 'note' })

  return deps.uow.run(async (repos) => {
    if (request.type === 'bonus_stamp') request = { ...request, valueMinor: await bonusStampValue(repos, request.customerId) }
    await repos.staff.lockForUpdate(actor.staffId)
    if (request.customerId) {
      if (!(await repos.customers.lockForUpdate(request.customerId))) {
        throw new DomainError('invalid', 'gesture.unknown_customer', 'That customer does not exist.', { field: 'customerId' })
      }
    }
    if (request.orderId) {
      const order = await orderOrigin({ repos }, request.orderId)
      if (!order || order.locationId !== actor.locationId) throw new DomainError('invalid', 'gesture.unknown_order', 'That order is not one of this location’s.', { field: 'orderId' })
    }
    const policy = await policyFor(repos, actor.role, actor.locationId)
    const decision = evaluateGesture(policy, request, {
      staffTodayMinor: await repos.gestures.sumGrantedByStaffSince(actor.staffId, startOfLocalDay(now, actor.timeZone)),
      customerLast30dMinor: request.customerId ? await goodwillLast30d({ repos }, request.customerId, now) : 0,
    })
    const pending = decision.outcome === 'needs_approval'
    const gesture: Gesture = {
      id: deps.ids.next(),
      type: request.type,
      reason: request.reason,
      valueMinor: request.valueMinor,
      note,
      staffId: actor.staffId,
      customerId: request.customerId ?? null,
      locationId: actor.locationId,
      orderId: request.orderId ?? null,
      status: pending ? 'pending_approval' : 'granted',
      limit: pending ? decision.limit : null,
      capMinor: pending ? decision.capMinor : null,
      wouldBeMinor: pending ? decision.wouldBeMinor : null,
      requestedAt: now,
      expiresAt: pending ? new Date(now.getTime() + APPROVAL_WINDOW_MS) : null,
      decidedAt: null,
      decidedBy: null,
      decisionNote: null,
      couponId: null,
    }
    await repos.gestures.insert(gesture)
    await repos.audit.record(auditRecord(actor, pending ? 'gesture.requested' : 'gesture.granted', { type: 'gesture', id: gesture.id }, now, {
      locationId: actor.locationId,
      after: { ...gesture, decision },
    }))
    let coupon: Coupon | null = null
    if (pending) {
      await repos.live.publish({ topic: 'approval.requested', locationId: actor.locationId, payload: { gestureId: gesture.id } }, now)
      await repos.outbox.enqueue({ topic: 'approval.requested', payload: { gestureId: gesture.id, locationId: actor.locationId } }, now)
    } else {
      coupon = await couponForGesture(deps, repos, actor, gesture, request, now)
      if (gesture.type === 'bonus_stamp') await bonusForGesture(deps, repos, actor, gesture, now)
    }
    return { gesture: { ...gesture, couponId: coupon?.id ?? null }, decision, coupon }
  })
}

/** A bonus stamp is worth what one stamp of the reward costs, whatever the counter sent, and needs a card to go on. */
async function bonusStampValue(repos: EmpowermentRepos, customerId: string | null | undefined): Promise<number> {
  const programme = await stampProgramme(repos)
  if (!programme.active) throw new DomainError('invalid', 'stamps.no_programme', 'There is no stamp card yet: an owner sets it up in the console.', { field: 'type' })
  if (!customerId) throw new DomainError('invalid', 'gesture.bonus_needs_customer', 'Choose whose card gets the stamp.', { field: 'customerId' })
  return stampValueMinor(programme)
}

async function couponForGesture(deps: EmpowermentDeps, repos: EmpowermentRepos, issuer: Actor, gesture: Gesture, request: Pick<GestureRequest, 'coupon'>, now: Date): Promise<Coupon | null> {
  if (gesture.type !== 'recovery_coupon') return null
  const coupon = await issueCoupon(
    deps,
    repos,
    issuer,
    {
      benefit: request.coupon?.benefit?.trim() || 'A drink on us',
      message: request.coupon?.message?.trim() || DEFAULT_RECOVERY_MESSAGE,
      valueMinor: gesture.valueMinor,
      customerId: gesture.customerId,
      gestureId: gesture.id,
      validDays: request.coupon?.validDays ?? DEFAULT_COUPON_DAYS,
    },
    now,
  )
  await repos.gestures.attachCoupon(gesture.id, coupon.id)
  return coupon
}

/**
 * A manager's one-tap answer to a request. Approve and decline race safely: the first answer
 * wins and any later one is told who answered first.
 */
export async function decideGesture(deps: EmpowermentDeps, actor: Actor, gestureId: string, answer: { approve: boolean; note?: string | null }): Promise<{ gesture: GestureRow; coupon: Coupon | null }> {
  requireRole(actor, 'manager', 'answer a request')
  const now = deps.clock.now()
  const note = answer.note?.trim() || null
  return deps.uow.run(async (repos) => {
    const before = await repos.gestures.findById(gestureId)
    if (!before) throw new DomainError('not_found', 'gesture.not_found', 'No such request.', { gestureId })
    requireLocation(actor, before.locationId)
    if (before.staffId === actor.staffId && actor.role !== 'owner') {
      throw new DomainError('forbidden', 'approval.own_request', 'Another manager has to answer your own request.')
    }
    const status = answer.approve ? 'approved' : 'declined'
    if (!(await repos.gestures.decide(gestureId, { status, at: now, by: actor.staffId, note }))) {
      const current = (await repos.gestures.findById(gestureId))!
      if (current.status === 'pending_approval' || current.status === 'expired') {
        throw new DomainError('conflict', 'approval.expired', 'This request lapsed after 10 minutes without an answer.', { currentStatus: 'expired' })
      }
      throw new DomainError('conflict', 'approval.already_decided', `Already ${current.status}.`, { currentStatus: current.status, decidedBy: current.decidedBy, decidedAt: current.decidedAt?.toISOString() })
    }
    const giver = await repos.staff.findById(before.staffId)
    const location = await repos.locations.findById(before.locationId)
    const issuer: Actor = { ...actor, staffId: before.staffId, firstName: giver?.firstName ?? '', locationId: before.locationId, timeZone: location?.timeZone ?? actor.timeZone }
    const coupon = answer.approve ? await couponForGesture(deps, repos, issuer, { ...before, status }, {}, now) : null
    if (answer.approve && before.type === 'bonus_stamp') await bonusForGesture(deps, repos, issuer, before, now)
    await repos.audit.record(auditRecord(actor, answer.approve ? 'gesture.approved' : 'gesture.declined', { type: 'gesture', id: gestureId }, now, {
      locationId: before.locationId,
      before: { status: before.status },
      after: { status, decidedBy: actor.staffId, decisionNote: note, couponId: coupon?.id ?? null },
    }))
    await repos.live.publish({ topic: 'approval.decided', locationId: before.locationId, payload: { gestureId, status } }, now)
    return { gesture: (await repos.gestures.findById(gestureId))!, coupon }
  })
}

/** Marks requests nobody answered within 10 minutes as expired and tells the counter. Safe to run on every instance. */
export async function expireLapsedRequests(deps: EmpowermentDeps): Promise<number> {
  const now = deps.clock.now()
  let expired = 0
  for (;;) {
    const lapsed = await deps.repos.gestures.listLapsed(now, 100)
    for (const gesture of lapsed) await expireOne(deps, gesture, now).then((done) => (expired += done ? 1 : 0))
    if (lapsed.length < 100) return expired
  }
}

async function expireOne(deps: EmpowermentDeps, gesture: Gesture, now: Date): Promise<boolean> {
  {
    return deps.uow.run(async (repos) => {
      if (!(await repos.gestures.expire(gesture.id, now))) return false
      await repos.audit.record({
        actor: { type: 'system', id: 'approvals' },
        action: 'gesture.expired',
        subjectType: 'gesture',
        subjectId: gesture.id,
        locationId: gesture.locationId,
        before: { status: 'pending_approval' },
        after: { status: 'expired' },
        at: now,
      })
      await repos.live.publish({ topic: 'approval.expired', locationId: gesture.locationId, payload: { gestureId: gesture.id, status: 'expired' } }, now)
      return true
    })
  }
}

/** A request past its window reads as expired even before the sweeper has marked it. */
export function withLapse<T extends Gesture>(gesture: T, now: Date): T {
  return gesture.status === 'pending_approval' && gesture.expiresAt && gesture.expiresAt <= now ? { ...gesture, status: 'expired' } : gesture
}

export async function getGesture(deps: EmpowermentDeps, actor: Actor, id: string): Promise<GestureRow> {
  const gesture = await deps.repos.gestures.findById(id)
  if (!gesture) throw new DomainError('not_found', 'gesture.not_found', 'No such gesture.', { gestureId: id })
  requireLocation(actor, gesture.locationId)
  if (actor.role === 'staff' && gesture.staffId !== actor.staffId) requireRole(actor, 'manager', 'see other people’s gestures')
  return withLapse(gesture, deps.clock.now())
}

/** The gesture log with totals, for managers (their location) and owners (any). */
export async function listGestures(deps: EmpowermentDeps, actor: Actor, filter: Omit<GestureFilter, 'limit'> & { limit?: number }) {
  requireRole(actor, 'manager', 'see the gesture log')
  const locationId = filter.locationId ?? (actor.role === 'owner' ? undefined : actor.locationId)
  if (locationId) requireLocation(actor, locationId)
  const [gestures, totals] = await Promise.all([
    deps.repos.gestures.list({ ...filter, locationId, limit: Math.min(filter.limit ?? 200, 1000) }),
    deps.repos.gestures.summarize({ ...filter, locationId }),
  ])
  const now = deps.clock.now()
  return { gestures: gestures.map((gesture) => withLapse(gesture, now)), totals }
}

/** Each staff member's goodwill budget use today at a location. */
export async function budgetsToday(deps: EmpowermentDeps, actor: Actor, locationId: string) {
  requireRole(actor, 'manager', 'see budgets')
  requireLocation(actor, locationId)
  const location = await deps.repos.locations.findById(locationId)
  if (!location) throw new DomainError('not_found', 'location.not_found', 'This location does not exist.')
  const since = startOfLocalDay(deps.clock.now(), location.timeZone)
  const [spent, staff] = await Promise.all([deps.repos.gestures.grantedByStaffSince(locationId, since), deps.repos.staff.listForLocation(locationId)])
  // One policy per role, not per person.
  const policies = new Map<Role, EmpowermentPolicy>()
  const rows = []
  for (const member of staff.filter((m) => m.role !== 'owner' && m.homeLocationId === locationId)) {
    const policy = policies.get(member.role) ?? (await policyFor(deps.repos, member.role, locationId))
    policies.set(member.role, policy)
    const spentMinor = spent.get(member.id) ?? 0
    rows.push({ staffId: member.id, firstName: member.firstName, role: member.role, spentMinor, budgetMinor: policy.dailyBudgetMinor, remainingMinor: Math.max(0, policy.dailyBudgetMinor - spentMinor) })
  }
  return rows
}

/** The chain policies and every location override, with the policy in force for the actor. */
export async function getPolicies(deps: EmpowermentDeps, actor: Actor) {
  const all = await deps.repos.policies.listAll()
  const chain = (role: 'staff' | 'manager') => all.find((p) => p.scope === 'chain' && p.policy.role === role)?.policy ?? DEFAULT_POLICIES[role]
  const overrides = all.filter((p) => p.scope !== 'chain' && (actor.role === 'owner' || p.scope === actor.locationId))
  return {
    chain: { staff: chain('staff'), manager: chain('manager') },
    overrides,
    mine: await policyFor(deps.repos, actor.role, actor.locationId),
    counter: await counterLock(deps),
  }
}

/** Owners set chain-wide policies; managers set their location's, only inside the owner's bounds. */
export async function setPolicy(deps: EmpowermentDeps, actor: Actor, scope: string, policy: EmpowermentPolicy): Promise<void> {
  const now = deps.clock.now()
  if (policy.role === 'owner') throw new DomainError('invalid', 'policy.owner_role', 'Owners have no limits to set.', { field: 'role' })
  for (const field of ['maxPerGestureMinor', 'dailyBudgetMinor', 'maxPerCustomer30dMinor'] as const) {
    if (!Number.isSafeInteger(policy[field]) || policy[field] < 0) throw new DomainError('invalid', 'policy.limit_invalid', 'Limits are whole amounts of cents, zero or more.', { field })
  }
  if (scope === 'chain') requireRole(actor, 'owner', 'set chain-wide policies')
  else {
    requireRole(actor, 'manager', "set a location's policy")
    requireLocation(actor, scope)
    if (actor.role === 'manager' && policy.role === 'manager') {
      throw new DomainError('forbidden', 'policy.own_role', 'Managers’ own limits are set by an owner.')
    }
  }
  await deps.uow.run(async (repos) => {
    if (scope !== 'chain') {
      if (!(await repos.locations.findById(scope))) throw new DomainError('not_found', 'location.not_found', 'This location does not exist.')
      const chain = (await repos.policies.find(policy.role as 'staff' | 'manager', scope)).chain ?? DEFAULT_POLICIES[policy.role as 'staff' | 'manager']
      const loosened = loosenedLimits(chain, policy)
      if (loosened.length > 0) {
        throw new DomainError('invalid', 'policy.outside_owner_bounds', `A location can only tighten the owner's policy: ${loosened.join(', ')} would loosen it.`, {
          field: loosened[0],
          fields: loosened,
          bounds: chain,
        })
      }
    }
    const before = (await repos.policies.listAll()).find((p) => p.scope === scope && p.policy.role === policy.role)?.policy ?? null
    await repos.policies.upsert(scope, policy, now, actor.staffId)
    await repos.audit.record(auditRecord(actor, 'policy.set', { type: 'empowerment_policy', id: `${scope}:${policy.role}` }, now, {
      locationId: scope === 'chain' ? null : scope,
      before,
      after: policy,
    }))
  })
}
