import { simulateCustomers } from '../domain/visit-model/bgnbd-simulation.js'
import { fitBgNbd } from '../domain/visit-model/bgnbd.js'
import { seconds, thousands } from './stats.js'

const TARGET_SECONDS = 10

/** Fits BG/NBD to customers drawn from the model (the paper's CDNOW estimates) and reports the time. */
export async function runBgNbdBench(options: { customers: number }): Promise<void> {
  const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }
  console.log(`\nusual bench bgnbd: fit the visit model to ${thousands(options.customers)} customers drawn from r=0.243, α=4.414, a=0.793, b=2.426.\n`)
  const began = performance.now()
  const customers = simulateCustomers(truth, options.customers, 20_050_401)
  const simulated = (performance.now() - began) / 1000
  const start = performance.now()
  const fit = fitBgNbd(customers)
  const took = (performance.now() - start) / 1000
  const p = fit.params
  const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(24)} ${value.padStart(34)}  ${note}`)
  line('simulated', seconds(simulated))
  line('fit time', seconds(took), `target: seconds, not minutes (< ${TARGET_SECONDS} s)  ${took < TARGET_SECONDS ? 'PASS' : 'MISS'}`)
  line('estimates r, α, a, b', `${p.r.toFixed(3)}, ${p.alpha.toFixed(3)}, ${p.a.toFixed(3)}, ${p.b.toFixed(3)}`, fit.converged ? 'converged' : 'DID NOT CONVERGE')
  line('log-likelihood', fit.logLikelihood.toFixed(1), `${fit.iterations} iterations`)
}
