export type { Session, StaffChange, StaffMember } from './staff-member.js'
export type { SessionsPort, StaffDeps, StaffPort, StaffRepos, StaffTxPort, StaffTxRepos } from './ports.js'
// Who acts and what they may do: every module's use cases take them from here or from access.
export { canAccessLocation, canSignInAt, hasRole, requireLocation, requireRole, ROLES, type Actor, type Role } from '../access/index.js'
export { hashPin, isWellFormedPin, verifyPin } from './pin.js'
export { authenticate, MAX_PIN_FAILURES, PIN_WINDOW_MS, sessionIdOf, signIn, signOut, type SignedIn, type SignInRequest } from './auth.service.js'
export { addStaff, deactivateStaff, listStaff, oneTimeCode, PIN_CODE_TTL_MS, reactivateStaff, resetPin, updateStaff, type NewStaff, type PinCode } from './staff-admin.service.js'
