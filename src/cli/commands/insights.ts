import { loadConfig } from '../../config.js'
import { compose } from '../../compose.js'
import { goodwillReturn, refitBgNbd, type TimeUnit } from '../../domain/insights/index.js'
import { toFitView, toGoodwillView } from '../../http/views/insights.views.js'
import { addDays } from '../../domain/shared/instant.js'

export async function insightsCommand(
  which: string,
  options: { calibrationEnd?: string; timeUnit?: string; json?: boolean; from?: string; to?: string; window?: string; samples?: string },
): Promise<void> {
  if (which === 'goodwill') return goodwillCommand(options)
  if (which !== 'bgnbd') {
    console.error(`usual insights: choose bgnbd or goodwill; got "${which}".`)
    process.exitCode = 2
    return
  }
  if (options.timeUnit && options.timeUnit !== 'day' && options.timeUnit !== 'week') {
    console.error(`usual insights: --time-unit is day or week; got "${options.timeUnit}".`)
    process.exitCode = 2
    return
  }
  if (options.calibrationEnd && !/^\d{4}-\d{2}-\d{2}$/.test(options.calibrationEnd)) {
    console.error(`usual insights: --calibration-end is a day as YYYY-MM-DD; got "${options.calibrationEnd}".`)
    process.exitCode = 2
    return
  }
  const app = await compose(loadConfig().database)
  try {
    const started = performance.now()
    const fit = await refitBgNbd(app.deps, { calibrationEnd: options.calibrationEnd, timeUnit: options.timeUnit as TimeUnit | undefined })
    if (options.json) {
      console.log(JSON.stringify(toFitView(fit)))
      return
    }
    const { r, alpha, a, b } = fit.params
    console.log(`BG/NBD fitted to ${fit.customers} customers (${fit.repeatVisits} repeat visits) up to ${fit.calibrationEnd}, in ${fit.timeUnit}s, in ${((performance.now() - started) / 1000).toFixed(1)} s:`)
    console.log(`  r = ${r.toFixed(4)}  α = ${alpha.toFixed(4)}  a = ${a.toFixed(4)}  b = ${b.toFixed(4)}  log-likelihood = ${fit.logLikelihood.toFixed(1)}${fit.converged ? '' : '  (did not converge)'}`)
  } finally {
    await app.close()
  }
}

async function goodwillCommand(options: { json?: boolean; from?: string; to?: string; window?: string; samples?: string }): Promise<void> {
  const windowDays = Number(options.window ?? 30)
  if (![7, 30, 90].includes(windowDays)) {
    console.error(`usual insights goodwill: --window is 7, 30 or 90 days; got "${options.window}".`)
    process.exitCode = 2
    return
  }
  const app = await compose(loadConfig().database)
  try {
    const latest = (await app.deps.repos.visits.latestVisitDay()) ?? new Date().toISOString().slice(0, 10)
    const to = options.to ?? addDays(latest, -windowDays)
    const from = options.from ?? addDays(to, -89)
    const { result, reading } = await goodwillReturn(app.deps, null, { from, to, windowDays, samples: options.samples ? Number(options.samples) : undefined })
    if (options.json) {
      console.log(JSON.stringify(toGoodwillView(result)))
      return
    }
    console.log(`Goodwill given ${from} to ${to}: ${result.gestures} gestures worth ${(result.gestureValueMinor / 100).toFixed(2)}; ${result.treated} visits with a gesture, ${result.matched} matched to similar visits without one.`)
    console.log(reading)
  } finally {
    await app.close()
  }
}
