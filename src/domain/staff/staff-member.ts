import type { Role } from '../access/index.js'

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

