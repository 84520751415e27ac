import type { GestureType } from './gesture.js'
import type { GestureReads } from './ports.js'
import { daysBefore } from '../shared/instant.js'

/** When the customer was last given a gesture of this type (granted or approved); undefined when never. */
export function lastGestureOfType(deps: GestureReads, customerId: string, type: GestureType): Promise<Date | undefined> {
  return deps.repos.gestures.lastGivenOfType(customerId, type)
}

/** The goodwill the customer was given in the 30 days before `now`, across the chain: what the per-customer limit counts. */
export function goodwillLast30d(deps: GestureReads, customerId: string, now: Date): Promise<number> {
  return deps.repos.gestures.sumGivenToCustomerSince(customerId, daysBefore(now, 30))
}
