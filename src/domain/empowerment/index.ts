export type { Gesture, GestureReason, GestureStatus, GestureType, PolicyLimit } from './gesture.js'
export { APPROVAL_WINDOW_MS, GESTURE_REASONS, GESTURE_TYPES, isGiven } from './gesture.js'
export type { Decision, EmpowermentPolicy, Spent } from './policy.js'
export { DEFAULT_POLICIES, effectivePolicy, evaluateGesture, loosenedLimits, OWNER_POLICY } from './policy.js'
export type { GestureFilter, GestureRow, GesturesPort, GestureTotals, PoliciesPort } from './ports.js'
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
export { COUNTER_LOCK_MINUTES, counterLock, DEFAULT_COUNTER_LOCK, setCounterLock, type CounterLock } from './counter-lock.js'
