import { auditRecord } from '../audit/index.js'
import type { EmpowermentDeps, EmpowermentRepos } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { requireRole, type Actor } from '../access/index.js'
import { COUNTER_LOCK_MINUTES, COUNTER_LOCK_SETTING, DEFAULT_COUNTER_LOCK, type CounterLock } from './policy.js'

/** The counter lock in force: the owner's setting, else 3 minutes. */
export async function counterLock(deps: { repos: Pick<EmpowermentRepos, 'settings'> }): Promise<CounterLock> {
  return { ...DEFAULT_COUNTER_LOCK, ...(await deps.repos.settings.get<CounterLock>(COUNTER_LOCK_SETTING)) }
}

/** An owner sets, chain-wide, how long the counter waits before it locks; the change is audited. */
export async function setCounterLock(deps: EmpowermentDeps, actor: Actor, lock: CounterLock): Promise<CounterLock> {
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
    await repos.audit.record(auditRecord(actor, 'policy.counter_lock_set', { type: 'setting', id: COUNTER_LOCK_SETTING }, now, { locationId: null, before, after }))
    return after
  })
}
