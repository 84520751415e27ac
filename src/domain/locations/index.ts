export type { Device, DevicesPort, Location, LocationChange, LocationsPort } from './location.js'
export * from './locations-admin.service.js'
