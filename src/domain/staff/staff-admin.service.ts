import { auditRecord } from '../audit/index.js'
import type { StaffDeps, StaffTxRepos } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { hashPin } from './pin.js'
import { requireLocation, requireRole, ROLES, type Actor, type Role } from '../access/index.js'
import type { StaffChange, StaffMember } from './staff-member.js'

/** How long a one-time code from "Add" or "Reset PIN" lets the person choose their PIN at the counter. */
export const PIN_CODE_TTL_MS = 24 * 60 * 60_000

export interface NewStaff {
  firstName: string
  lastName?: string
  role: Role
  homeLocationId: string
}

/** What a manager reads out to the person: the one-time code, and until when it works. */
export interface PinCode {
  code: string
  expiresAt: Date
}

const NAME_MAX = 40

function name(value: string, field: string, required: boolean): string {
  const trimmed = value.trim().replace(/\s+/g, ' ')
  if (required && trimmed.length === 0) throw new DomainError('invalid', 'staff.name_required', 'Type the first name.', { field })
  if (trimmed.length > NAME_MAX) throw new DomainError('invalid', 'staff.name_too_long', `A name is at most ${NAME_MAX} characters.`, { field })
  return trimmed
}

function role(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new DomainError('invalid', 'staff.bad_role', 'A role is staff, manager or owner.', { field: 'role' })
  return value as Role
}

/** Six digits, uniform: random 32-bit numbers above the last whole million are drawn again. */
export function oneTimeCode(randomBytes: (size: number) => Uint8Array): string {
  const limit = Math.floor(0x1_0000_0000 / 1_000_000) * 1_000_000
  for (;;) {
    const bytes = randomBytes(4)
    const value = ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!
    if (value < limit) return String(value % 1_000_000).padStart(6, '0')
  }
}

/**
 * Who may change whom: owners anyone; managers only the staff of their own location, and never into a manager or an
 * owner (a manager cannot make another manager, nor move someone out of their reach).
 */
function requireManages(actor: Actor, member: StaffMember): void {
  requireRole(actor, 'manager', 'manage staff')
  if (actor.role === 'owner') return
  requireLocation(actor, member.homeLocationId)
  if (member.role !== 'staff' && member.id !== actor.staffId) {
    throw new DomainError('forbidden', 'auth.role_required', 'Only an owner can change a manager or an owner.', { requiredRole: 'owner' })
  }
}

function requireMayGrant(actor: Actor, grantedRole: Role, homeLocationId: string): void {
  if (actor.role === 'owner') return
  requireLocation(actor, homeLocationId)
  if (grantedRole !== 'staff') throw new DomainError('forbidden', 'auth.role_required', 'Only an owner can make someone a manager or an owner.', { requiredRole: 'owner' })
}

async function existingMember(repos: StaffTxRepos, id: string): Promise<StaffMember> {
  const member = await repos.staff.findById(id)
  if (!member) throw new DomainError('not_found', 'staff.not_found', 'No such staff member.', { staffId: id })
  return member
}

async function requireLocationExists(repos: StaffTxRepos, id: string): Promise<void> {
  if (!(await repos.locations.findById(id))) throw new DomainError('invalid', 'staff.unknown_location', 'That location does not exist.', { field: 'homeLocationId' })
}

/** Refuses a change that would leave the business with no active owner. Locks the owners until the transaction ends. */
async function keepAnOwner(repos: StaffTxRepos, losing: string): Promise<void> {
  const owners = await repos.staff.lockActiveOwners()
  if (owners.length === 1 && owners[0] === losing) {
    throw new DomainError('conflict', 'staff.last_owner', 'This is the last owner. Make someone else an owner first, so the business is never locked out.')
  }
}

const audited = (member: StaffMember) => ({ firstName: member.firstName, lastName: member.lastName, role: member.role, homeLocationId: member.homeLocationId, active: member.archivedAt === null })

/** The staff list: owners see everyone, managers their location's people (and the owners, who work everywhere). */
export async function listStaff(deps: StaffDeps, actor: Actor): Promise<StaffMember[]> {
  requireRole(actor, 'manager', 'see the staff list')
  const everyone = await deps.repos.staff.listAll()
  return actor.role === 'owner' ? everyone : everyone.filter((member) => member.homeLocationId === actor.locationId || member.role === 'owner')
}

async function newCode(deps: StaffDeps, now: Date): Promise<PinCode & { hash: string }> {
  const code = oneTimeCode(deps.randomBytes)
  return { code, hash: await hashPin(code), expiresAt: new Date(now.getTime() + PIN_CODE_TTL_MS) }
}

/** Adds a person. They choose their own PIN at the counter with the one-time code this returns. */
export async function addStaff(deps: StaffDeps, actor: Actor, input: NewStaff): Promise<{ member: StaffMember; pinCode: PinCode }> {
  requireRole(actor, 'manager', 'add staff')
  const member: StaffMember = {
    id: deps.ids.next(),
    firstName: name(input.firstName, 'firstName', true),
    lastName: name(input.lastName ?? '', 'lastName', false),
    role: role(input.role),
    homeLocationId: input.homeLocationId,
    pinHash: '',
    archivedAt: null,
  }
  requireMayGrant(actor, member.role, member.homeLocationId)
  const now = deps.clock.now()
  const { code, hash, expiresAt } = await newCode(deps, now)
  member.pinHash = hash
  member.pinResetExpiresAt = expiresAt
  await deps.uow.run(async (repos) => {
    await requireLocationExists(repos, member.homeLocationId)
    await repos.staff.insert(member, now)
    await repos.audit.record(auditRecord(actor, 'staff.added', { type: 'staff_member', id: member.id }, now, {
      locationId: member.homeLocationId,
      after: audited(member),
    }))
  })
  return { member, pinCode: { code, expiresAt } }
}

/** Changes a name, role or home location. A person moved to another location is signed out where they were. */
export async function updateStaff(deps: StaffDeps, actor: Actor, id: string, raw: StaffChange): Promise<StaffMember> {
  const change: StaffChange = {
    ...(raw.firstName !== undefined && { firstName: name(raw.firstName, 'firstName', true) }),
    ...(raw.lastName !== undefined && { lastName: name(raw.lastName, 'lastName', false) }),
    ...(raw.role !== undefined && { role: role(raw.role) }),
    ...(raw.homeLocationId !== undefined && { homeLocationId: raw.homeLocationId }),
  }
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    await repos.staff.lockForUpdate(id)
    const before = await existingMember(repos, id)
    requireManages(actor, before)
    const after: StaffMember = { ...before, ...change }
    if (after.role !== before.role || after.homeLocationId !== before.homeLocationId) requireMayGrant(actor, after.role, after.homeLocationId)
    if (change.homeLocationId !== undefined) await requireLocationExists(repos, change.homeLocationId)
    if (before.role === 'owner' && after.role !== 'owner' && before.archivedAt === null) await keepAnOwner(repos, id)
    await repos.staff.update(id, change)
    if (after.homeLocationId !== before.homeLocationId) await repos.sessions.revokeForStaff(id, now)
    await repos.audit.record(auditRecord(actor, 'staff.changed', { type: 'staff_member', id: id }, now, {
      locationId: after.homeLocationId,
      before: audited(before),
      after: audited(after),
    }))
    return after
  })
}

/** Deactivates a person: they can no longer sign in and their sessions end; their history stays theirs. */
export async function deactivateStaff(deps: StaffDeps, actor: Actor, id: string): Promise<StaffMember> {
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    await repos.staff.lockForUpdate(id)
    const before = await existingMember(repos, id)
    requireManages(actor, before)
    if (before.archivedAt !== null) return before
    if (before.role === 'owner') await keepAnOwner(repos, id)
    await repos.staff.setArchived(id, now)
    const ended = await repos.sessions.revokeForStaff(id, now)
    const after = { ...before, archivedAt: now }
    await repos.audit.record(auditRecord(actor, 'staff.deactivated', { type: 'staff_member', id: id }, now, {
      locationId: before.homeLocationId,
      before: audited(before),
      after: { ...audited(after), sessionsEnded: ended },
    }))
    return after
  })
}

export async function reactivateStaff(deps: StaffDeps, actor: Actor, id: string): Promise<StaffMember> {
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    await repos.staff.lockForUpdate(id)
    const before = await existingMember(repos, id)
    requireManages(actor, before)
    if (before.archivedAt === null) return before
    await requireLocationExists(repos, before.homeLocationId)
    await repos.staff.setArchived(id, null)
    const after = { ...before, archivedAt: null }
    await repos.audit.record(auditRecord(actor, 'staff.reactivated', { type: 'staff_member', id: id }, now, {
      locationId: before.homeLocationId,
      before: audited(before),
      after: audited(after),
    }))
    return after
  })
}

/**
 * Resets a PIN: the old one stops working at once, the person's other sessions end, and they choose a new PIN at the
 * counter with the one-time code this returns.
 */
export async function resetPin(deps: StaffDeps, actor: Actor, id: string): Promise<PinCode> {
  const now = deps.clock.now()
  const { code, hash, expiresAt } = await newCode(deps, now)
  await deps.uow.run(async (repos) => {
    await repos.staff.lockForUpdate(id)
    const member = await existingMember(repos, id)
    requireManages(actor, member)
    if (member.archivedAt !== null) throw new DomainError('conflict', 'staff.inactive', `${member.firstName} is deactivated. Reactivate them first.`)
    await repos.staff.setPin(id, hash, expiresAt)
    if (id !== actor.staffId) await repos.sessions.revokeForStaff(id, now)
    await repos.audit.record(auditRecord(actor, 'staff.pin_reset', { type: 'staff_member', id: id }, now, {
      locationId: member.homeLocationId,
      after: { codeExpiresAt: expiresAt },
    }))
  })
  return { code, expiresAt }
}
