export type Role = 'staff' | 'manager' | 'owner'
export type Tier = 'new' | 'occasional' | 'regular' | 'vip'

export interface Location {
  id: string
  name: string
  timeZone: string
}

export interface StaffName {
  id: string
  firstName: string
}

export interface Actor {
  staffId: string
  firstName: string
  role: Role
  locationId: string
  timeZone: string
  country: string
}

export interface SearchResult {
  id: string
  displayName: string
  member: string | null
  phoneLast4: string | null
  tier: Tier
  matchedBy: 'phone' | 'card' | 'name'
}

export interface HouseholdMember {
  name: string
  relation?: string
  pronunciation?: string
}

export interface Customer {
  id: string
  displayName: string
  pronunciation: string | null
  phone: string | null
  phoneLast4: string | null
  email: string | null
  birthday: { month: number; day: number } | null
  household: HouseholdMember[]
  tags: string[]
  contactConsent: boolean
  cardCode: string
  createdAt: string
}

export interface CustomerInput {
  displayName: string
  phone?: string | null
  email?: string | null
  pronunciation?: string | null
}

export interface Note {
  id: string
  body: string
  staffName: string
  locationName: string
  createdAt: string
}

export interface UsualChoice {
  catalogItemId: string
  name: string
  modifiers: { id: string; name: string }[]
  orders: number
}

export interface OrderLine {
  catalogItemId: string
  name: string
  quantity: number
  unitPriceMinor: number
  lineTotalMinor: number
  modifiers: { id: string; name: string; priceMinor: number }[]
}

export interface Order {
  id: string
  locationId: string
  locationName: string
  customerId: string | null
  staffId: string | null
  status: 'paid' | 'tab'
  totalMinor: number
  placedAt: string
  lines: OrderLine[]
}

export interface GreetingCard {
  customer: Customer
  tier: Tier
  visits90: number
  lastVisit: { at: string; locationId: string; locationName: string; daysAgo: number } | null
  birthdayInDays: number | null
  notes: Note[]
  usual: {
    kind: 'usual' | 'favourites' | 'none'
    confidence: number | null
    choice: UsualChoice | null
    favourites: UsualChoice[]
  }
  recentOrders: Order[]
}

export interface CatalogItem {
  id: string
  sku: string
  name: string
  category: string
  priceMinor: number
  modifierGroups: string[]
}

export interface Modifier {
  id: string
  group: string
  name: string
  priceMinor: number
}

export interface Catalog {
  currency: string
  locale: string
  items: CatalogItem[]
  modifiers: Modifier[]
}

export interface OrderRequest {
  customerId?: string | null
  lines: { catalogItemId: string; quantity?: number; modifierIds?: string[] }[]
}

export type GestureType = 'comp_item' | 'discount' | 'recovery_coupon' | 'bonus_stamp' | 'replacement' | 'gift' | 'birthday' | 'other'
export type GestureReason = 'service_failure' | 'delight' | 'loyalty_thanks' | 'birthday' | 'defect'
export type GestureStatus = 'granted' | 'pending_approval' | 'approved' | 'declined' | 'expired'
export type PolicyLimit = 'type_not_allowed' | 'per_gesture' | 'daily_budget' | 'customer_30d'

export interface Gesture {
  id: string
  type: GestureType
  reason: GestureReason
  valueMinor: number
  note: string | null
  staffId: string
  staffName?: string
  customerId: string | null
  customerName?: string | null
  locationId: string
  locationName?: string
  orderId: string | null
  status: GestureStatus
  limit: PolicyLimit | null
  capMinor: number | null
  wouldBeMinor: number | null
  requestedAt: string
  expiresAt: string | null
  decidedAt: string | null
  /** The deciding manager's staff id. */
  decidedBy: string | null
  decisionNote: string | null
  couponId: string | null
}

export type Decision =
  | { outcome: 'grant'; remainingTodayMinor?: number }
  | { outcome: 'needs_approval'; limit?: PolicyLimit; capMinor?: number; wouldBeMinor?: number }

export interface Coupon {
  id: string
  /** Grouped for reading aloud: 7KQ4-9XM2-HT3B-C. */
  code: string
  /** Path of the public page: /c/{token}. */
  link: string
  benefit: string
  message: string
  valueMinor: number
  customerId: string | null
  gestureId: string | null
  issuedAt: string
  expiresAt: string
  redeemedAt: string | null
  redeemedLocationId: string | null
  redeemedLocationName?: string | null
  redeemedOrderId: string | null
}

export interface GestureOutcome {
  gesture: Gesture
  decision: Decision
  coupon: Coupon | null
}

export interface GestureInput {
  type: GestureType
  reason: GestureReason
  valueMinor: number
  note?: string | null
  customerId?: string | null
  orderId?: string | null
  coupon?: { benefit?: string; message?: string; validDays?: number }
}

export interface EmpowermentPolicy {
  role: Role
  maxPerGestureMinor: number
  dailyBudgetMinor: number
  maxPerCustomer30dMinor: number
  allowedTypes: GestureType[]
}

export interface Policies {
  chain: { staff: EmpowermentPolicy; manager: EmpowermentPolicy }
  overrides: { scope: string; policy: EmpowermentPolicy }[]
  mine: EmpowermentPolicy
}

export interface GestureLog {
  gestures: Gesture[]
  totals: { count: number; givenCount: number; givenValueMinor: number; pendingCount: number }
}

export interface GestureFilter {
  locationId?: string
  staffId?: string
  type?: GestureType
  reason?: GestureReason
  status?: GestureStatus
  from?: string
  to?: string
  limit?: number
}

export interface Budget {
  staffId: string
  firstName: string
  role: string
  spentMinor: number
  budgetMinor: number
  remainingMinor: number
}

export interface PublicCoupon {
  business: string
  message: string
  benefit: string
  code: string
  expiresAt: string
  status: 'valid' | 'redeemed' | 'expired'
  /** A server-generated <svg> of the QR code for this page. */
  qrSvg: string
  customerCare: string
  feedbackPath: string
  locale: string
  timeZone: string
}
