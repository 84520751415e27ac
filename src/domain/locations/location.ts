export interface Location {
  id: string
  name: string
  timeZone: string
  /** ISO 3166-1 alpha-2; phone numbers typed without a country code are read as this country's. */
  country: string
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

export interface LocationChange {
  name?: string
  timeZone?: string
}
