import { loadConfig } from '../../config.js'
import { compose } from '../../compose.js'
import { refitBgNbd, toBgNbdJson, type TimeUnit } from '../../domain/insights/index.js'

export async function insightsCommand(which: string, options: { calibrationEnd?: string; timeUnit?: string; json?: boolean }): Promise<void> {
  if (which !== 'bgnbd') {
    console.error(`usual insights: choose one of bgnbd; got "${which}".`)
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
      console.log(JSON.stringify(toBgNbdJson(fit)))
      return
    }
    const { r, alpha, a, b } = fit.params
    console.log(`BG/NBD fitted to ${fit.customers} customers (${fit.repeatVisits} repeat visits) up to ${fit.calibrationEnd}, in ${fit.timeUnit}s, in ${((performance.now() - started) / 1000).toFixed(1)} s:`)
    console.log(`  r = ${r.toFixed(4)}  α = ${alpha.toFixed(4)}  a = ${a.toFixed(4)}  b = ${b.toFixed(4)}  log-likelihood = ${fit.logLikelihood.toFixed(1)}${fit.converged ? '' : '  (did not converge)'}`)
  } finally {
    await app.close()
  }
}
