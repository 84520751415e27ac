export { ROLES, type Actor, type Role } from './actor.js'
export { canAccessLocation, canSignInAt, hasRole, requireLocation, requireRole } from './scope.js'
