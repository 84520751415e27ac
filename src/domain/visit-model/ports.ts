import type { VisitSummary } from './lapsing.js'
import type { AuditPort } from '../audit/ports.js'
import type { SettingsPort } from '../shared/settings.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'

/** Customers' visits (distinct local days with an order), as the visit model reads them. */
export interface VisitsPort {
  /** Every customer's visits up to a day (inclusive). */
  visitSummaries(upToDay: string): Promise<VisitSummary[]>
  visitSummary(customerId: string, upToDay: string): Promise<VisitSummary | undefined>
  latestVisitDay(): Promise<string | null>
  /** Visits: distinct local days with an order, from `fromDay` (YYYY-MM-DD) on. */
  countVisitDays(customerId: string, fromDay: string): Promise<number>
}

/** The visit model reads visits, keeps its fit in settings and audits each refit. */
export interface VisitModelRepos {
  visits: VisitsPort
  settings: SettingsPort
  audit: AuditPort
}

export type VisitModelDeps = UseCaseDeps<VisitModelRepos>

/** What reading the fit and a customer's outlook needs. */
export interface VisitModelReads {
  repos: Pick<VisitModelRepos, 'visits' | 'settings'>
}
