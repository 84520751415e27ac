export type { Location, LocationsPort } from './location.js'
