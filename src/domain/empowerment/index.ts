export type { Gesture, GestureReason, GestureStatus, GestureType, PolicyLimit } from './gesture.js'
export { GESTURE_REASONS, GESTURE_TYPES, isGiven } from './gesture.js'
export { APPROVAL_WINDOW_MS } from '../access/index.js'
export type { Decision, EmpowermentPolicy, Spent } from './policy.js'
export { DEFAULT_POLICIES, effectivePolicy, evaluateGesture, loosenedLimits, OWNER_POLICY } from './policy.js'
export type { EmpowermentDeps, EmpowermentRepos, EmpowermentTxRepos, GestureFilter, GestureReads, GestureRow, GesturesPort, GestureTotals, PoliciesPort } from './ports.js'
export { goodwillLast30d, lastGestureOfType } from './gesture-reads.js'
export {
  budgetsToday,
  decideGesture,
  expireLapsedRequests,
  getGesture,
  getPolicies,
  listGestures,
  policyFor,
  requestGesture,
  setPolicy,
  type GestureOutcome,
  type GestureRequest,
} from './empowerment.service.js'
export { counterLock, setCounterLock } from './counter-lock.js'
export { COUNTER_LOCK_MINUTES, DEFAULT_COUNTER_LOCK, type CounterLock } from './policy.js'
