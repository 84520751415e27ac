import type { Deps } from '../ports.js'
import { DomainError } from '../shared/errors.js'
import { fitBgNbd, type BgNbdParams } from './bgnbd.js'
import { outlookFor, toRfmSummary, type Outlook, type TimeUnit, type VisitSummary } from './lapsing.js'

export interface InsightsPort {
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
