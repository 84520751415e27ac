import type { GestureType } from './gesture.js'
import type { GestureReads } from './ports.js'

/** When the customer was last given a gesture of this type (granted or approved); undefined when never. */
export function lastGestureOfType(deps: GestureReads, customerId: string, type: GestureType): Promise<Date | undefined> {
  return deps.repos.gestures.lastGivenOfType(customerId, type)
}
