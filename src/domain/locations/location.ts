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
}
