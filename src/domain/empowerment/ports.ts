import type { Gesture, GestureReason, GestureStatus, GestureType } from './gesture.js'
import type { EmpowermentPolicy } from './policy.js'
import type { AuditPort } from '../audit/ports.js'
import type { CouponsPort } from '../coupons/ports.js'
import type { CustomersPort, CustomersTxPort } from '../customers/ports.js'
import type { LiveEventsPort } from '../live/ports.js'
import type { LocationsPort } from '../locations/ports.js'
import type { LoyaltyRepos, LoyaltyTxRepos } from '../loyalty/ports.js'
import type { OrdersPort } from '../orders/ports.js'
import type { OutboxPort } from '../outbox/ports.js'
import type { SettingsPort } from '../shared/settings.js'
import type { RandomBytes, UseCaseDeps } from '../shared/unit-of-work.js'
import type { StaffPort, StaffTxPort } from '../staff/ports.js'

export interface GestureFilter {
  locationId?: string
  staffId?: string
  type?: GestureType
  reason?: GestureReason
  status?: GestureStatus
  from?: Date
  to?: Date
  limit: number
}

export interface GestureRow extends Gesture {
  staffName: string
  customerName: string | null
  locationName: string
}

export interface GesturesPort {
  insert(gesture: Gesture): Promise<void>
  findById(id: string): Promise<GestureRow | undefined>
  /** Sum of gestures a staff member granted on their own authority since an instant. */
  sumGrantedByStaffSince(staffId: string, since: Date): Promise<number>
  /** Sum of gestures given to a customer (granted or approved) since an instant, across the chain. */
  sumGivenToCustomerSince(customerId: string, since: Date): Promise<number>
  /** When the customer was last given a gesture of this type (granted or approved). */
  lastGivenOfType(customerId: string, type: GestureType): Promise<Date | undefined>
  /** Moves a pending request to a decision; false when it was no longer pending or had lapsed. */
  decide(id: string, decision: { status: 'approved' | 'declined'; at: Date; by: string; note: string | null }): Promise<boolean>
  expire(id: string, at: Date): Promise<boolean>
  listLapsed(at: Date, limit: number): Promise<Gesture[]>
  attachCoupon(id: string, couponId: string): Promise<void>
  list(filter: GestureFilter): Promise<GestureRow[]>
  /** Totals over everything the filter matches (not just one page). */
  summarize(filter: Omit<GestureFilter, 'limit'>): Promise<GestureTotals>
  /** Per staff member of a location: what they granted on their own authority since an instant. */
  grantedByStaffSince(locationId: string, since: Date): Promise<Map<string, number>>
}

export interface PoliciesPort {
  /** The chain-wide policy for a role, and the location's override if it has one. */
  find(role: 'staff' | 'manager', locationId: string): Promise<{ chain: EmpowermentPolicy | undefined; override: EmpowermentPolicy | undefined }>
  listAll(): Promise<{ scope: string; policy: EmpowermentPolicy }[]>
  /** scope is 'chain' or a location id. */
  upsert(scope: string, policy: EmpowermentPolicy, at: Date, by: string): Promise<void>
  remove(scope: string, role: 'staff' | 'manager'): Promise<boolean>
}

export interface GestureTotals {
  count: number
  givenCount: number
  givenValueMinor: number
  pendingCount: number
}

/**
 * Gestures and policies; the staff member and customer a gesture is locked on; the order it names; the coupon or bonus
 * stamp it gives (loyalty's ports); the counter lock (settings); requests to managers, news and audit.
 */
export interface EmpowermentRepos extends LoyaltyRepos {
  gestures: GesturesPort
  policies: PoliciesPort
  staff: StaffPort
  customers: CustomersPort
  orders: OrdersPort
  locations: LocationsPort
  coupons: CouponsPort
  settings: SettingsPort
  outbox: OutboxPort
  live: LiveEventsPort
  audit: AuditPort
}

/** A gesture is decided under the giver's and the customer's row locks. */
export interface EmpowermentTxRepos extends EmpowermentRepos, LoyaltyTxRepos {
  staff: StaffTxPort
  customers: CustomersTxPort
}

export type EmpowermentDeps = UseCaseDeps<EmpowermentRepos, EmpowermentTxRepos> & RandomBytes

/** What another module needs to read a customer's gestures. */
export interface GestureReads {
  repos: Pick<EmpowermentRepos, 'gestures'>
}
