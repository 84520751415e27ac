import type { Actor, Role } from '../access/index.js'

export interface StaffMember {
  id: string
  firstName: string
  lastName: string
  role: Role
  homeLocationId: string
  pinHash: string
  archivedAt: Date | null
  /** Set after a reset: pinHash then holds a one-time code, good until this instant, to swap for a new PIN. */
  pinResetExpiresAt?: Date | null
}

export interface StaffChange {
  firstName?: string
  lastName?: string
  role?: Role
  homeLocationId?: string
}

export interface Session {
  id: string
  staffId: string
  locationId: string
  createdAt: Date
  expiresAt: Date
  revokedAt: Date | null
  /** The tablet or screen it was opened on. */
  deviceId?: string | null
}

export interface StaffPort {
  findById(id: string): Promise<StaffMember | undefined>
  /** Staff who may sign in at a location: its own people and the owners. */
  listForLocation(locationId: string): Promise<StaffMember[]>
  insert(member: StaffMember, at: Date): Promise<void>
  countPinFailuresSince(staffId: string, since: Date): Promise<{ count: number; oldest: Date | null }>
  recordPinFailure(id: string, staffId: string, locationId: string, at: Date): Promise<void>
  deletePinFailure(id: string): Promise<void>
  /** Serialises read-then-write rules on one staff member (FOR UPDATE on PostgreSQL). */
  lockForUpdate(staffId: string): Promise<void>
  /** Everyone, deactivated too, by first name. */
  listAll(): Promise<StaffMember[]>
  update(id: string, change: StaffChange): Promise<void>
  setArchived(id: string, at: Date | null): Promise<void>
  setPin(id: string, pinHash: string, resetExpiresAt: Date | null): Promise<void>
  /** The active owners' ids, locked until the transaction ends, so that two changes cannot each leave the other as the last. */
  lockActiveOwners(): Promise<string[]>
}

export interface SessionsPort {
  insert(session: Session): Promise<void>
  /** The actor for a live session id, joined with its staff member and location. */
  findActor(sessionId: string, at: Date): Promise<Actor | undefined>
  revoke(sessionId: string, at: Date): Promise<boolean>
  /** Ends every live session of one person; how many there were. */
  revokeForStaff(staffId: string, at: Date): Promise<number>
  /** Ends every live session on one device; how many there were. */
  revokeForDevice(deviceId: string, at: Date): Promise<number>
}
