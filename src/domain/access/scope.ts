import { DomainError } from '../shared/errors.js'
import type { Actor, Role } from './actor.js'

const RANK: Record<Role, number> = { staff: 0, manager: 1, owner: 2 }

/** True when the actor's role is at least `role`. */
export function hasRole(actor: Pick<Actor, 'role'>, role: Role): boolean {
  return RANK[actor.role] >= RANK[role]
}

export function requireRole(actor: Actor, role: Role, action: string): void {
  if (!hasRole(actor, role)) {
    throw new DomainError('forbidden', 'auth.role_required', role === 'owner' ? `Only an owner can ${action}.` : `Only a ${role} or above can ${action}.`, { requiredRole: role })
  }
}

/** Owners see every location; staff and managers only the one they signed in at. */
export function canAccessLocation(actor: Actor, locationId: string): boolean {
  return actor.role === 'owner' || actor.locationId === locationId
}

export function requireLocation(actor: Actor, locationId: string): void {
  if (!canAccessLocation(actor, locationId)) {
    throw new DomainError('forbidden', 'auth.other_location', 'This belongs to another location.', { locationId })
  }
}

/** Staff and managers sign in at their home location; owners anywhere in the chain. */
export function canSignInAt(member: { role: Role; homeLocationId: string }, locationId: string): boolean {
  return member.role === 'owner' || member.homeLocationId === locationId
}
