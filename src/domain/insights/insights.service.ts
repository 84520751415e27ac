import type { Deps } from '../ports.js'
import { deriveUsual, type Usual } from '../recognition/usual.js'
import { localDay } from '../shared/instant.js'
import { requireLocation, requireRole, type Actor } from '../staff/index.js'
import { DomainError } from '../shared/errors.js'
import { fitBgNbd, type BgNbdParams } from './bgnbd.js'
import { outlookFor, toRfmSummary, type Outlook, type TimeUnit, type VisitSummary } from './lapsing.js'

export interface ServedBy {
  customerId: string
  locationId: string
  locationName: string
  staffId: string | null
  staffName: string | null
  orders: number
}

export interface InsightsPort {
  /** Who served each customer, and where, with order counts. */
  servedBy(customerIds: string[]): Promise<ServedBy[]>
  /** Every customer's visits up to a day (inclusive). */
  visitSummaries(upToDay: string): Promise<VisitSummary[]>
  visitSummary(customerId: string, upToDay: string): Promise<VisitSummary | undefined>
  latestVisitDay(): Promise<string | null>
}

export interface StoredFit {
  timeUnit: TimeUnit
  calibrationEnd: string
  customers: number
  repeatVisits: number
  params: BgNbdParams
  logLikelihood: number
  converged: boolean
  fittedAt: string
}

export const BGNBD_SETTING = 'bgnbd_fit'

/** Fits BG/NBD to every customer's visit history (a visit is a local day with an order) and keeps the fit. */
export async function refitBgNbd(deps: Deps, options: { calibrationEnd?: string; timeUnit?: TimeUnit } = {}): Promise<StoredFit> {
  const timeUnit = options.timeUnit ?? 'week'
  const calibrationEnd = options.calibrationEnd ?? (await deps.repos.insights.latestVisitDay())
  if (!calibrationEnd) throw new DomainError('invalid', 'insights.no_visits', 'There are no visits to learn from yet.')
  const summaries = await deps.repos.insights.visitSummaries(calibrationEnd)
  if (summaries.length < 10) throw new DomainError('invalid', 'insights.too_few_customers', 'At least 10 customers with visits are needed to fit the model.')
  const rfm = summaries.map((summary) => toRfmSummary(summary, calibrationEnd, timeUnit))
  const fit = fitBgNbd(rfm)
  const stored: StoredFit = {
    timeUnit,
    calibrationEnd,
    customers: rfm.length,
    repeatVisits: rfm.reduce((sum, customer) => sum + customer.x, 0),
    params: fit.params,
    logLikelihood: fit.logLikelihood,
    converged: fit.converged,
    fittedAt: deps.clock.now().toISOString(),
  }
  await deps.uow.run(async (repos) => {
    await repos.settings.set(BGNBD_SETTING, stored)
    await repos.audit.record({ actor: { type: 'system', id: 'insights' }, action: 'insights.bgnbd_fitted', subjectType: 'bgnbd_fit', subjectId: null, after: stored, at: deps.clock.now() })
  })
  return stored
}

/** The customer's outlook under the last fit, or null before the first fit or without visits. */
export async function customerOutlook(deps: Deps, customerId: string, today: string): Promise<Outlook | null> {
  const [fit, visits] = await Promise.all([deps.repos.settings.get<StoredFit>(BGNBD_SETTING), deps.repos.insights.visitSummary(customerId, today)])
  if (!fit || !visits) return null
  return outlookFor(fit.params, fit.timeUnit, visits, today)
}

export function toBgNbdJson(fit: StoredFit) {
  return {
    time_unit: fit.timeUnit,
    customers: fit.customers,
    repeat_visits: fit.repeatVisits,
    params: fit.params,
    log_likelihood: fit.logLikelihood,
    calibration_end: fit.calibrationEnd,
    converged: fit.converged,
  }
}

export interface LapsingRegular {
  customerId: string
  displayName: string
  phoneLast4: string | null
  visits: number
  lastDay: string
  outlook: Outlook
  usual: Usual
  homeLocationId: string
  homeLocationName: string
  servedMostBy: string | null
}

/** Former regulars the model says are slipping away, most valuable first; managers see their location's. */
export async function lapsingRegulars(deps: Deps, actor: Actor, options: { locationId?: string; limit?: number } = {}): Promise<{ fit: StoredFit | null; regulars: LapsingRegular[] }> {
  requireRole(actor, 'manager', 'see lapsing regulars')
  const locationId = options.locationId ?? (actor.role === 'owner' ? undefined : actor.locationId)
  if (locationId) requireLocation(actor, locationId)
  const fit = (await deps.repos.settings.get<StoredFit>(BGNBD_SETTING)) ?? null
  if (!fit) return { fit, regulars: [] }
  const today = localDay(deps.clock.now(), actor.timeZone)
  const candidates = (await deps.repos.insights.visitSummaries(today))
    .map((visits) => ({ visits, outlook: outlookFor(fit.params, fit.timeUnit, visits, today) }))
    .filter((candidate) => candidate.outlook.lapsing)
    .sort((a, b) => b.visits.visits - a.visits.visits)
    .slice(0, 500)
  const served = await deps.repos.insights.servedBy(candidates.map((candidate) => candidate.visits.customerId))
  const regulars: LapsingRegular[] = []
  for (const { visits, outlook } of candidates) {
    const mine = served.filter((row) => row.customerId === visits.customerId)
    const byLocation = new Map<string, { name: string; orders: number }>()
    const byStaff = new Map<string, { name: string | null; orders: number }>()
    for (const row of mine) {
      byLocation.set(row.locationId, { name: row.locationName, orders: (byLocation.get(row.locationId)?.orders ?? 0) + row.orders })
      if (row.staffId) byStaff.set(row.staffId, { name: row.staffName, orders: (byStaff.get(row.staffId)?.orders ?? 0) + row.orders })
    }
    const home = [...byLocation.entries()].sort((a, b) => b[1].orders - a[1].orders)[0]
    if (!home || (locationId && home[0] !== locationId)) continue
    const customer = await deps.repos.customers.findById(visits.customerId)
    if (!customer) continue
    regulars.push({
      customerId: customer.id,
      displayName: customer.displayName,
      phoneLast4: customer.phone?.slice(-4) ?? null,
      visits: visits.visits,
      lastDay: visits.lastDay,
      outlook,
      usual: deriveUsual(await deps.repos.orders.recentForCustomer(customer.id, 20)),
      homeLocationId: home[0],
      homeLocationName: home[1].name,
      servedMostBy: [...byStaff.values()].sort((a, b) => b.orders - a.orders)[0]?.name ?? null,
    })
    if (regulars.length >= (options.limit ?? 50)) break
  }
  return { fit, regulars }
}
