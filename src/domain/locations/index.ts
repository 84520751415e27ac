export type { Device, Location, LocationChange } from './location.js'
export type { DevicesPort, LocationsDeps, LocationsPort, LocationsRepos } from './ports.js'
export * from './locations-admin.service.js'
