import type { Actor } from '../access/index.js'
import type { Session, StaffChange, StaffMember } from './staff-member.js'
import type { AuditPort } from '../audit/ports.js'
import type { DevicesPort, LocationsPort } from '../locations/ports.js'
import type { RandomBytes, UseCaseDeps } from '../shared/unit-of-work.js'

export interface StaffPort {
  findById(id: string): Promise<StaffMember | undefined>
  /** Staff who may sign in at a location: its own people and the owners. */
  listForLocation(locationId: string): Promise<StaffMember[]>
  insert(member: StaffMember, at: Date): Promise<void>
  countPinFailuresSince(staffId: string, since: Date): Promise<{ count: number; oldest: Date | null }>
  recordPinFailure(id: string, staffId: string, locationId: string, at: Date): Promise<void>
  deletePinFailure(id: string): Promise<void>
  /** Everyone, deactivated too, by first name. */
  listAll(): Promise<StaffMember[]>
  update(id: string, change: StaffChange): Promise<void>
  setArchived(id: string, at: Date | null): Promise<void>
  setPin(id: string, pinHash: string, resetExpiresAt: Date | null): Promise<void>
}

/** The staff port inside a transaction, where a rule may lock a staff member (or the owners) first. */
export interface StaffTxPort extends StaffPort {
  /** Serialises read-then-write rules on one staff member (FOR UPDATE on PostgreSQL). */
  lockForUpdate(staffId: string): Promise<void>
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

/** Signing in and staff admin: people, their sessions, the locations and devices they sign in at, and the audit trail. */
export interface StaffRepos {
  staff: StaffPort
  sessions: SessionsPort
  locations: LocationsPort
  devices: DevicesPort
  audit: AuditPort
}

export interface StaffTxRepos extends StaffRepos {
  staff: StaffTxPort
}

export type StaffDeps = UseCaseDeps<StaffRepos, StaffTxRepos> & RandomBytes
