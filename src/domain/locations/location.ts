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
  /** True when anything is set up: a location exists. */
  any(): Promise<boolean>
  /** True when this call is the first run's one setup; false when another setup got there first. */
  claimFirstRun(at: Date): Promise<boolean>
}
