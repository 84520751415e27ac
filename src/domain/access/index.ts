export { ROLES, type Actor, type Role } from './actor.js'
export { APPROVAL_WINDOW_MS } from './approval.js'
export { canAccessLocation, canSignInAt, hasRole, requireLocation, requireRole } from './scope.js'
