export interface Location {
  id: string
  name: string
  timeZone: string
  /** ISO 3166-1 alpha-2; phone numbers typed without a country code are read as this country's. */
  country: string
}

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

/** A screen staff sign in on (a counter tablet, a laptop), enrolled at a location by its first sign-in there. */
export interface Device {
  id: string
  locationId: string
  name: string
  enrolledAt: Date
  enrolledBy: string
  lastSeenAt: Date
  revokedAt: Date | null
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

export interface LocationChange {
  name?: string
  timeZone?: string
}
