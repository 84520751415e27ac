export type { Device, Location, LocationChange } from './location.js'
export type { DevicesPort, LocationsPort } from './ports.js'
export * from './locations-admin.service.js'
