export const GESTURE_TYPES = ['comp_item', 'discount', 'recovery_coupon', 'bonus_stamp', 'replacement', 'gift', 'birthday', 'other'] as const
export type GestureType = (typeof GESTURE_TYPES)[number]

export const GESTURE_REASONS = ['service_failure', 'delight', 'loyalty_thanks', 'birthday', 'defect'] as const
export type GestureReason = (typeof GESTURE_REASONS)[number]

export type GestureStatus = 'granted' | 'pending_approval' | 'approved' | 'declined' | 'expired'

/** Limits a gesture can pass; each comes back named, never as a bare "no". */
export type PolicyLimit = 'type_not_allowed' | 'per_gesture' | 'daily_budget' | 'customer_30d'

/** A goodwill gesture: something given to make a customer's day, inside or above the giver's limits. */
export interface Gesture {
  id: string
  type: GestureType
  reason: GestureReason
  valueMinor: number
  note: string | null
  staffId: string
  customerId: string | null
  locationId: string
  orderId: string | null
  status: GestureStatus
  /** The limit a pending request passed, with the cap and what the total would have been. */
  limit: PolicyLimit | null
  capMinor: number | null
  wouldBeMinor: number | null
  requestedAt: Date
  /** Pending requests lapse at this instant when no manager answers. */
  expiresAt: Date | null
  decidedAt: Date | null
  decidedBy: string | null
  decisionNote: string | null
  couponId: string | null
}

/** Gestures that count as given: on the giver's own authority, or a manager's. */
export const isGiven = (status: GestureStatus) => status === 'granted' || status === 'approved'
