import type { GestureRecord, ProblemReport } from './goodwill.js'
import type { StaffGestureActivity } from './gesture-signals.js'
import type { KudosRecord, ReplyRecord } from './loop.js'
import type { CustomersPort } from '../customers/ports.js'
import type { OrdersPort } from '../orders/ports.js'
import type { SettingsPort } from '../shared/settings.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'
import type { VisitsPort } from '../visit-model/ports.js'

export interface ServedBy {
  customerId: string
  locationId: string
  locationName: string
  staffId: string | null
  staffName: string | null
  orders: number
}

/** One customer's orders on one local day, merged: a visit, before its tier is known. */
export interface RawVisit {
  customerId: string
  locationId: string
  day: string
  revenueMinor: number
}

export interface InsightsPort {
  /** Per staff member: shifts (local days with orders or gestures) and the gestures they gave in a period. */
  staffGestureActivity(from: Date, to: Date, locationId?: string): Promise<StaffGestureActivity[]>
  /** Visits (customer, local day) from a day on, with revenue. */
  visitsSince(fromDay: string): Promise<RawVisit[]>
  /** Given gestures (granted or approved) to known customers, dated to their location's local day. */
  givenGestures(): Promise<GestureRecord[]>
  /** Who served each customer, and where, with order counts. */
  servedBy(customerIds: string[]): Promise<ServedBy[]>
  /** Problem reports from known customers, dated to their location's local day. */
  problemReports(): Promise<ProblemReport[]>
  /** Kudos given since an instant, with the names of the person and their location. */
  kudosSince(since: Date): Promise<KudosRecord[]>
  /** Feedback with an email received since an instant, with its first reply's time. */
  answerableFeedbackSince(since: Date): Promise<ReplyRecord[]>
}

/** Insights only read: their own queries, visits and the fit, tier settings, and the customers and orders they name. */
export interface InsightsRepos {
  insights: InsightsPort
  visits: VisitsPort
  settings: SettingsPort
  customers: CustomersPort
  orders: OrdersPort
}

export type InsightsDeps = Pick<UseCaseDeps<InsightsRepos>, 'clock' | 'repos'>
