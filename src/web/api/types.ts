import type { Answer } from './schema.js'

// Types read off the generated OpenAPI types (src/web/api/openapi.gen.ts) cannot drift from the routes; the
// interfaces still written out here are being moved over the same way.
export type Role = 'staff' | 'manager' | 'owner'
export type Tier = 'new' | 'occasional' | 'regular' | 'vip'

export type Location = Answer<'/api/v1/locations', 'get'>[number]

export type StaffName = Answer<'/api/v1/locations/{id}/staff', 'get'>[number]

export type Actor = Answer<'/api/v1/session', 'get'>['actor']

export type SearchResult = Answer<'/api/v1/customers', 'get'>['results'][number]

export interface HouseholdMember {
  name: string
  relation?: string
  pronunciation?: string
}

export type Customer = Answer<'/api/v1/customers', 'post'>

export interface CustomerInput {
  displayName: string
  phone?: string | null
  email?: string | null
  pronunciation?: string | null
}

export type Note = Answer<'/api/v1/customers/{id}/notes', 'post'>

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
  voided?: { at: string; by: string; reason: string } | null
  /** Just after Charge: the stamps it earned, or the limit that kept it from earning. */
  stamps?: { earned: number; blocked: { limit: string } | null } | null
  /** Just after Put on tab: the balance with this order and the limit. */
  tab?: { balanceMinor: number; limitMinor: number } | null
}

export type StampCard = Answer<'/api/v1/customers/{id}/stamps', 'get'>

export interface TabSummary {
  kind: 'tab' | 'house'
  balanceMinor: number
  limitMinor: number
  availableMinor: number
}

export type TabDetail = Answer<'/api/v1/customers/{id}/tab', 'get'>

export type OpenTab = Answer<'/api/v1/tabs/open', 'get'>['tabs'][number]

export type TabApproval = Answer<'/api/v1/tab-approvals/{id}', 'get'>

export interface NeedsApproval {
  outcome: 'needs_approval'
  limit: 'tab_limit'
  capMinor: number
  wouldBeMinor: number
  approval: TabApproval
}

export type StampProgramme = Answer<'/api/v1/stamp-programme', 'get'>

export type TierSettings = Answer<'/api/v1/tier-settings', 'get'>

export type GreetingCard = Answer<'/api/v1/customers/{id}/card', 'get'>

/** What the visit model says of a customer, on their greeting card. */
export type Outlook = NonNullable<GreetingCard['outlook']>

export type LapsingWhy = 'p_alive' | 'overdue'

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

export type Catalog = Answer<'/api/v1/catalog', 'get'>

export interface OrderRequest {
  customerId?: string | null
  lines: { catalogItemId: string; quantity?: number; modifierIds?: string[] }[]
  payment?: 'paid' | 'tab'
}

export type GestureType = 'comp_item' | 'discount' | 'recovery_coupon' | 'bonus_stamp' | 'replacement' | 'gift' | 'birthday' | 'other'
export type GestureReason = 'service_failure' | 'delight' | 'loyalty_thanks' | 'birthday' | 'defect'
export type GestureStatus = 'granted' | 'pending_approval' | 'approved' | 'declined' | 'expired'
export type PolicyLimit = 'type_not_allowed' | 'per_gesture' | 'daily_budget' | 'customer_30d'

export type Gesture = Answer<'/api/v1/gestures/{id}', 'get'>

export type Decision =
  | { outcome: 'grant'; remainingTodayMinor?: number }
  | { outcome: 'needs_approval'; limit?: PolicyLimit; capMinor?: number; wouldBeMinor?: number }

export type Coupon = Answer<'/api/v1/coupons/{id}', 'get'>

export type GestureOutcome = Answer<'/api/v1/gestures', 'post'>

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

export type Policies = Answer<'/api/v1/policies', 'get'>

export type GestureLog = Answer<'/api/v1/gestures', 'get'>

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

export type Budget = Answer<'/api/v1/budgets', 'get'>[number]

export type PublicCoupon = Answer<'/api/v1/public/coupons/{token}', 'get'>

/** The public feedback page's form: where, and whom a customer may name. */
export type PublicFeedbackForm = Answer<'/api/v1/public/feedback/{source}', 'get'>

export type FeedbackKind = 'praise' | 'problem' | 'idea'

export type FeedbackRow = Answer<'/api/v1/feedback', 'get'>[number]

export type FeedbackTask = Answer<'/api/v1/tasks', 'get'>[number]

/** Praise for the signed-in person they have not seen yet (GET /me/kudos). */
export type KudosNews = Answer<'/api/v1/me/kudos', 'get'>[number]

/** The goodwill answer, as `usual insights goodwill --json`, and the lift of one slice of it (a type or a reason). */
export type GoodwillResult = Answer<'/api/v1/insights/goodwill', 'get'>['result']
export type GoodwillSlice = GoodwillResult['by_type'][string]

/** The insights page's data, chart by chart, each with its reading. */
export type InsightsOverview = Answer<'/api/v1/insights/overview', 'get'>
export type ReturnPoint = InsightsOverview['returnCurve']['points'][number]
export type CostMonth = InsightsOverview['costVsReturn']['months'][number]
export type CohortRow = InsightsOverview['cohorts']['cohorts'][number]
export type FrequencyBin = InsightsOverview['frequency']['bins'][number]['bin']

export type GoodwillReport = Answer<'/api/v1/insights/goodwill', 'get'>

export interface VisitModelFit {
  time_unit: string
  customers: number
  repeat_visits: number
  params: { r: number; alpha: number; a: number; b: number }
  log_likelihood: number
  calibration_end: string
  converged: boolean
}

export interface LapsingRegular {
  customerId: string
  displayName: string
  phoneLast4: string | null
  visits: number
  lastDay: string
  daysSinceLastVisit: number
  rhythmDays: number | null
  pAlive: number | null
  expectedVisits30d: number
  why: LapsingWhy | null
  usual: { name: string; modifiers: { id: string; name: string }[] } | null
  homeLocationName: string
  servedMostBy: string | null
}

export type Lapsing = Answer<'/api/v1/insights/lapsing', 'get'>

export type SignalFlag = 'many_gestures' | 'high_value' | 'same_customer' | 'own_account'

export type StaffSignals = Answer<'/api/v1/insights/gesture-signals', 'get'>[number]

export type ImportKind = 'customers' | 'orders' | 'gestures'

export interface ImportReport {
  written: boolean
  read: number
  imported: number
  unchanged: number
  bad: { line: number; column: string; message: string }[]
}

export type OutboxEmail = Answer<'/api/v1/outbox', 'get'>[number]
