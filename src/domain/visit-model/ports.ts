import type { VisitSummary } from './lapsing.js'

/** Customers' visits (distinct local days with an order), as the visit model reads them. */
export interface VisitsPort {
  /** Every customer's visits up to a day (inclusive). */
  visitSummaries(upToDay: string): Promise<VisitSummary[]>
  visitSummary(customerId: string, upToDay: string): Promise<VisitSummary | undefined>
  latestVisitDay(): Promise<string | null>
  /** Visits: distinct local days with an order, from `fromDay` (YYYY-MM-DD) on. */
  countVisitDays(customerId: string, fromDay: string): Promise<number>
}
