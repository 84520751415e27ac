import type { Actor } from '../access/index.js'
import type { LiveEvent } from './live-event.js'

/** Owners watch every location's live events; staff and managers only those of the location they signed in at. */
export function mayWatchEvent(actor: Pick<Actor, 'role' | 'locationId'>, event: Pick<LiveEvent, 'locationId'>): boolean {
  // An event with no location is for owners only.
  return actor.role === 'owner' || (event.locationId !== null && event.locationId === actor.locationId)
}
