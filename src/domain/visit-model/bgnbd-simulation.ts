import type { BgNbdParams, RfmSummary } from './bgnbd.js'
import { seededRandom } from '../shared/random.js'

/**
 * Customers drawn from the BG/NBD model over a 39-week calibration period, with first purchases spread
 * over its days and purchase times recorded to the day, as real data would be.
 */
export function simulateCustomers({ r, alpha, a, b }: BgNbdParams, count: number, seed: number): RfmSummary[] {
  const random = seededRandom(seed)
  const uniform = () => 1 - random()
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * random())
  // Marsaglia & Tsang (2000); shapes below 1 are boosted by one and scaled back by U^(1/shape).
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * uniform() ** (1 / shape)
    const d = shape - 1 / 3
    const c = 1 / Math.sqrt(9 * d)
    for (;;) {
      const z = normal()
      const v = (1 + c * z) ** 3
      if (v > 0 && Math.log(uniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v
    }
  }
  const customers: RfmSummary[] = []
  for (let i = 0; i < count; i++) {
    const days = Math.floor(random() * 273)
    const T = days / 7
    const rate = gamma(r) / alpha
    const leaning = gamma(a)
    const dropout = leaning / (leaning + gamma(b))
    let time = 0
    let x = 0
    let tX = 0
    for (;;) {
      time -= Math.log(uniform()) / rate
      if (time >= T) break
      x++
      tX = Math.min(Math.round(time * 7), days) / 7
      if (random() < dropout) break
    }
    customers.push({ x, tX, T })
  }
  return customers
}
