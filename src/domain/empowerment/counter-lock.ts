import type { Deps } from '../ports.js'
import { DomainError } from '../shared/errors.js'
import { requireRole, type Actor } from '../staff/index.js'

/** How long a shared counter tablet waits without a touch before it locks itself (UI.md: set in policy, 3 min by default). */
export interface CounterLock {
  lockAfterMinutes: number
}

export const COUNTER_LOCK_SETTING = 'counter_lock'
export const DEFAULT_COUNTER_LOCK: CounterLock = { lockAfterMinutes: 3 }
/** Under a minute the 20 s warning would take most of it; over half an hour a tablet left open is anyone's. */
export const COUNTER_LOCK_MINUTES = { min: 1, max: 30 } as const

export async function counterLock(deps: Deps): Promise<CounterLock> {
  return { ...DEFAULT_COUNTER_LOCK, ...(await deps.repos.settings.get<CounterLock>(COUNTER_LOCK_SETTING)) }
}

/** An owner sets, chain-wide, how long the counter waits before it locks; the change is audited. */
export async function setCounterLock(deps: Deps, actor: Actor, lock: CounterLock): Promise<CounterLock> {
  requireRole(actor, 'owner', 'set when the counter locks')
  const { min, max } = COUNTER_LOCK_MINUTES
  if (!Number.isInteger(lock.lockAfterMinutes) || lock.lockAfterMinutes < min || lock.lockAfterMinutes > max) {
    throw new DomainError('invalid', 'policy.lock_minutes_invalid', `The counter locks after ${min} to ${max} whole minutes.`, { field: 'lockAfterMinutes' })
  }
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = { ...DEFAULT_COUNTER_LOCK, ...(await repos.settings.get<CounterLock>(COUNTER_LOCK_SETTING)) }
    const after: CounterLock = { lockAfterMinutes: lock.lockAfterMinutes }
    await repos.settings.set(COUNTER_LOCK_SETTING, after)
    await repos.audit.record({
      actor: { type: 'staff', id: actor.staffId, locationId: actor.locationId },
      action: 'policy.counter_lock_set',
      subjectType: 'setting',
      subjectId: COUNTER_LOCK_SETTING,
      locationId: null,
      before,
      after,
      at: now,
    })
    return after
  })
}
