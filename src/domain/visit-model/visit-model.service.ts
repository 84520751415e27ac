import type { VisitModelDeps, VisitModelReads } from './ports.js'
import { DomainError, isDomainError } from '../shared/errors.js'
import { requireRole, type Actor } from '../access/index.js'
import { fitBgNbd, type BgNbdParams } from './bgnbd.js'
import { outlookFor, toRfmSummary, type Outlook, type TimeUnit } from './lapsing.js'

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

/** An owner's "refit now" from the console; the nightly job and the command line refit without an actor. */
export async function refitBgNbdFor(deps: VisitModelDeps, actor: Actor, options: { calibrationEnd?: string; timeUnit?: TimeUnit } = {}): Promise<StoredFit> {
  requireRole(actor, 'owner', 'refit the visit model')
  return refitBgNbd(deps, options)
}

/** Fits BG/NBD to every customer's visit history (a visit is a local day with an order) and keeps the fit. */
export async function refitBgNbd(deps: VisitModelDeps, options: { calibrationEnd?: string; timeUnit?: TimeUnit } = {}): Promise<StoredFit> {
  const timeUnit = options.timeUnit ?? 'week'
  const calibrationEnd = options.calibrationEnd ?? (await deps.repos.visits.latestVisitDay())
  if (!calibrationEnd) throw new DomainError('invalid', 'insights.no_visits', 'There are no visits to learn from yet.')
  const summaries = await deps.repos.visits.visitSummaries(calibrationEnd)
  if (summaries.length < 10) throw new DomainError('invalid', 'insights.too_few_customers', 'At least 10 customers with visits are needed to fit the model.')
  const rfm = summaries.map((summary) => toRfmSummary(summary, calibrationEnd, timeUnit))
  const repeatVisits = rfm.reduce((sum, customer) => sum + customer.x, 0)
  // With no one back yet, or everyone first seen on the last day, any parameters fit as well as any other: a
  // "fit" would be the optimiser's starting point. Refusing keeps the last good fit in place for cards and lists.
  if (repeatVisits === 0) {
    throw new DomainError('invalid', 'insights.fit_unsettled', 'No customer has come back for a second visit yet, so there is no rhythm to learn. The last good fit is kept.', { customers: rfm.length, repeatVisits })
  }
  const fit = fitBgNbd(rfm)
  if (!fit.converged) {
    throw new DomainError('invalid', 'insights.fit_unsettled', 'These visits do not pin the visit model down yet (too few customers have come back, or over too short a time). The last good fit is kept.', { customers: rfm.length, repeatVisits })
  }
  const stored: StoredFit = {
    timeUnit,
    calibrationEnd,
    customers: rfm.length,
    repeatVisits,
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

/**
 * Refits when the visits allow and answers the new fit; answers null when they do not (too few customers, no one
 * back yet, a fit that does not settle), and the last good fit stays. For the nightly job and the demo.
 */
export async function refitBgNbdIfPossible(deps: VisitModelDeps): Promise<StoredFit | null> {
  try {
    return await refitBgNbd(deps)
  } catch (error) {
    if (isDomainError(error) && error.code.startsWith('insights.')) return null
    throw error
  }
}

/** The last fit cards and lists may use: a stored fit that did not settle (kept by older versions) is not one. */
export async function currentFit(deps: VisitModelReads): Promise<StoredFit | null> {
  const fit = await deps.repos.settings.get<StoredFit>(BGNBD_SETTING)
  return fit?.converged ? fit : null
}

/** The customer's outlook under the last good fit, or null before the first one or without visits. */
export async function customerOutlook(deps: VisitModelReads, customerId: string, today: string): Promise<Outlook | null> {
  const [fit, visits] = await Promise.all([currentFit(deps), deps.repos.visits.visitSummary(customerId, today)])
  if (!fit || !visits) return null
  // The greeting card must never fail because of the model: without an answer it shows no prompt.
  try {
    return outlookFor(fit.params, fit.timeUnit, visits, today)
  } catch {
    return null
  }
}
