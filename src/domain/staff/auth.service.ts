import { createHash } from 'node:crypto'
import type { StaffDeps } from './ports.js'
import { auditRecord, type AuditEvent } from '../audit/index.js'
import { DomainError } from '../shared/errors.js'
import { hashPin, isWellFormedPin, verifyPin } from './pin.js'
import { canSignInAt, hasRole, type Actor } from '../access/index.js'

export const PIN_WINDOW_MS = 15 * 60_000
export const MAX_PIN_FAILURES = 5
export const SESSION_TTL_MS = 12 * 60 * 60_000

export interface SignInRequest {
  locationId: string
  staffId: string
  /** The PIN, or the one-time code from "Add" or "Reset PIN". */
  pin: string
  /** A PIN of the person's own: required after a reset, and allowed any time to change it. */
  newPin?: string
  /** The token in this browser's device cookie, when it has one. */
  deviceToken?: string
  /** What the browser is ("iPad", "Chrome on Mac"), to name a newly enrolled device. */
  deviceLabel?: string
}

export interface SignedIn {
  token: string
  expiresAt: Date
  actor: Actor
  /** A new device token to keep in the device cookie: this browser was enrolled by this sign-in. */
  deviceToken?: string
}

export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex')

/**
 * Signs a staff member in with their PIN. Each attempt is first recorded as a failure, and the
 * record is withdrawn only when the PIN is right, so parallel guesses cannot pass the limit.
 */
export async function signIn(deps: StaffDeps, request: SignInRequest): Promise<SignedIn> {
  const now = deps.clock.now()
  const location = await deps.repos.locations.findById(request.locationId)
  const member = await deps.repos.staff.findById(request.staffId)
  if (!location) throw new DomainError('not_found', 'location.not_found', 'This location does not exist.')
  if (!member || member.archivedAt || !canSignInAt(member, location.id)) {
    throw new DomainError('not_found', 'auth.staff_not_found', 'No such person works at this location.')
  }
  if (!isWellFormedPin(request.pin)) throw new DomainError('invalid', 'auth.pin_format', 'A PIN is 6 digits.', { field: 'pin' })
  if (request.newPin !== undefined && !isWellFormedPin(request.newPin)) throw new DomainError('invalid', 'auth.pin_format', 'A PIN is 6 digits.', { field: 'newPin' })
  const resetPending = member.pinResetExpiresAt != null
  if (resetPending && member.pinResetExpiresAt! <= now) {
    throw new DomainError('unauthenticated', 'auth.code_expired', 'That code has expired. Ask a manager to reset your PIN again.')
  }

  /** An event about this member, by this member, at this location. */
  const aboutMember = (action: string, after?: unknown): AuditEvent => ({
    actor: { type: 'staff', id: member.id, locationId: location.id },
    action,
    subjectType: 'staff_member',
    subjectId: member.id,
    locationId: location.id,
    ...(after !== undefined && { after }),
    at: now,
  })

  const attemptId = deps.ids.next()
  const lockedFor = await deps.uow.run(async (repos) => {
    await repos.staff.lockForUpdate(member.id)
    const { count, oldest } = await repos.staff.countPinFailuresSince(member.id, new Date(now.getTime() - PIN_WINDOW_MS))
    if (count >= MAX_PIN_FAILURES) return Math.max(1, Math.ceil(((oldest?.getTime() ?? now.getTime()) + PIN_WINDOW_MS - now.getTime()) / 1000))
    await repos.staff.recordPinFailure(attemptId, member.id, location.id, now)
    return undefined
  })
  if (lockedFor !== undefined) {
    // A refused attempt on a locked account is what a guesser's later tries look like: the owner sees them too.
    await deps.uow.run((repos) => repos.audit.record(aboutMember('session.refused_locked', { retryAfterSeconds: lockedFor })))
    throw new DomainError('rate_limited', 'auth.locked', `Too many wrong PINs. Locked for ${Math.ceil(lockedFor / 60)} min, or ask a manager.`, {
      retryAfterSeconds: lockedFor,
    })
  }

  if (!(await verifyPin(request.pin, member.pinHash))) {
    const { count } = await deps.uow.run(async (repos) => {
      await repos.audit.record(aboutMember('session.pin_failed'))
      return repos.staff.countPinFailuresSince(member.id, new Date(now.getTime() - PIN_WINDOW_MS))
    })
    const attemptsLeft = Math.max(0, MAX_PIN_FAILURES - count)
    throw new DomainError(
      'unauthenticated',
      'auth.wrong_pin',
      attemptsLeft > 0 ? `That PIN is not right. ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left.` : 'That PIN is not right. Locked for 15 min, or ask a manager.',
      { attemptsLeft },
    )
  }

  if (resetPending && request.newPin === undefined) {
    await deps.uow.run((repos) => repos.staff.deletePinFailure(attemptId))
    throw new DomainError('unauthenticated', 'auth.new_pin_required', 'Right code. Now choose a PIN of your own.')
  }
  if (request.newPin !== undefined && request.newPin === request.pin) {
    await deps.uow.run((repos) => repos.staff.deletePinFailure(attemptId))
    throw new DomainError('invalid', 'auth.new_pin_same', resetPending ? 'Choose a PIN of your own, not the code.' : 'That is your PIN already.', { field: 'newPin' })
  }
  const newPinHash = request.newPin === undefined ? undefined : await hashPin(request.newPin)

  // The device: known and enrolled, or enrolled now. An un-enrolled one takes a manager or an owner to enrol again.
  const known = request.deviceToken ? await deps.repos.devices.findByTokenHash(sessionIdOf(request.deviceToken)) : undefined
  if (known?.revokedAt && !hasRole(member, 'manager')) {
    await deps.uow.run((repos) => repos.staff.deletePinFailure(attemptId))
    throw new DomainError('forbidden', 'device.unenrolled', 'This tablet was un-enrolled. A manager or an owner signs in here to enrol it again.')
  }
  const device = known && !known.revokedAt ? known : undefined
  const deviceToken = device ? undefined : Buffer.from(deps.randomBytes(32)).toString('base64url')
  const deviceId = device?.id ?? deps.ids.next()

  const token = Buffer.from(deps.randomBytes(32)).toString('base64url')
  const session = { id: sessionIdOf(token), staffId: member.id, locationId: location.id, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS), revokedAt: null, deviceId }
  await deps.uow.run(async (repos) => {
    await repos.staff.deletePinFailure(attemptId)
    if (deviceToken) {
      const name = (request.deviceLabel ?? 'Browser').slice(0, 40)
      await repos.devices.insert({ id: deviceId, tokenHash: sessionIdOf(deviceToken), locationId: location.id, name, enrolledAt: now, enrolledBy: member.id, lastSeenAt: now, revokedAt: null })
      await repos.audit.record({
        actor: { type: 'staff', id: member.id, locationId: location.id },
        action: 'device.enrolled',
        subjectType: 'device',
        subjectId: deviceId,
        locationId: location.id,
        after: { name, ...(known && { replaces: known.id }) },
        at: now,
      })
    } else {
      await repos.devices.touch(deviceId, location.id, now)
    }
    if (newPinHash !== undefined) {
      await repos.staff.setPin(member.id, newPinHash, null)
      await repos.audit.record(aboutMember('staff.pin_set', { afterReset: resetPending }))
    }
    await repos.sessions.insert(session)
    await repos.audit.record({
      actor: { type: 'staff', id: member.id, locationId: location.id },
      action: 'session.created',
      subjectType: 'session',
      subjectId: session.id.slice(0, 16),
      locationId: location.id,
      after: { staffId: member.id, locationId: location.id, expiresAt: session.expiresAt },
      at: now,
    })
  })
  const actor: Actor = {
    staffId: member.id,
    firstName: member.firstName,
    role: member.role,
    locationId: location.id,
    timeZone: location.timeZone,
    country: location.country,
    sessionId: session.id,
  }
  return { token, expiresAt: session.expiresAt, actor, ...(deviceToken && { deviceToken }) }
}

export async function signOut(deps: StaffDeps, actor: Actor): Promise<void> {
  const now = deps.clock.now()
  await deps.uow.run(async (repos) => {
    if (!(await repos.sessions.revoke(actor.sessionId, now))) return
    await repos.audit.record(auditRecord(actor, 'session.ended', { type: 'session', id: actor.sessionId.slice(0, 16) }, now, { locationId: actor.locationId }))
  })
}

/** The actor behind a session cookie's token, or undefined when it is unknown, revoked or expired. */
export async function authenticate(deps: StaffDeps, token: string): Promise<Actor | undefined> {
  if (!token || token.length > 100) return undefined
  return deps.repos.sessions.findActor(sessionIdOf(token), deps.clock.now())
}
