import type { Device, Location, LocationChange } from './location.js'
import type { AuditPort } from '../audit/ports.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'

export interface LocationsPort {
  list(): Promise<Location[]>
  findById(id: string): Promise<Location | undefined>
  insert(location: Location, at: Date): Promise<void>
  update(id: string, change: LocationChange): Promise<void>
  /** A location by name, ignoring case: two locations are never called the same. */
  findByName(name: string): Promise<Location | undefined>
  /** True when anything is set up: a location exists. */
  any(): Promise<boolean>
  /** True when this call is the first run's one setup; false when another setup got there first. */
  claimFirstRun(at: Date): Promise<boolean>
}

export interface DevicesPort {
  /** By the hash of the token in the device's cookie. */
  findByTokenHash(tokenHash: string): Promise<Device | undefined>
  findById(id: string): Promise<Device | undefined>
  insert(device: Device & { tokenHash: string }): Promise<void>
  /** Seen again, maybe at another location of the chain. */
  touch(id: string, locationId: string, at: Date): Promise<void>
  /** Enrolled devices, newest use first; every location's without one. */
  listEnrolled(locationId?: string): Promise<Device[]>
  rename(id: string, name: string): Promise<void>
  /** True when this call un-enrolled it. */
  revoke(id: string, at: Date): Promise<boolean>
}

/** What un-enrolling a device needs of the sign-in sessions (staff's sessions repository provides it). */
export interface DeviceSessionsPort {
  /** Ends every live session on one device; how many there were. */
  revokeForDevice(deviceId: string, at: Date): Promise<number>
}

/** Locations and devices admin: un-enrolling a device ends its sessions; every change is audited. */
export interface LocationsRepos {
  locations: LocationsPort
  devices: DevicesPort
  sessions: DeviceSessionsPort
  audit: AuditPort
}

export type LocationsDeps = UseCaseDeps<LocationsRepos>
