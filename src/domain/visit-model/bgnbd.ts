/**
 * The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way").
 * While alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); after each repeat purchase they drop
 * out with probability p ~ Beta(a, b). Pure functions: no I/O, no clock.
 */
import betaln from '@stdlib/math-base-special-betaln'
import gammaln from '@stdlib/math-base-special-gammaln'
import hyp2f1 from '@stdlib/math-base-special-hyp2f1'

/**
 * One customer's history in one time unit, measured from their first purchase: `x` repeat purchases,
 * the last at `tX`, observed for `T`.
 */
export type RfmSummary = { x: number; tX: number; T: number }

export type BgNbdParams = { r: number; alpha: number; a: number; b: number }

export type BgNbdFit = {
  params: BgNbdParams
  logLikelihood: number
  iterations: number
  /**
   * True when the gradient at `params` is within the tolerance of zero and the likelihood curves down in every
   * direction there, so the data pin the parameters down. False on degenerate data (everyone seen on one day, or no
   * one back yet), where the likelihood is flat and any point, the start included, has a zero gradient.
   */
  converged: boolean
}

export type BgNbdFitOptions = {
  /** Where the search starts; defaults to r = 1, α = r·mean(T)/mean(x), a = 1, b = 1. */
  start?: Partial<BgNbdParams>
  /** Optimiser iterations, all phases together. */
  maxIterations?: number
  /** Largest accepted gradient of the mean log-likelihood per customer with respect to ln r, ln α, ln a, ln b. */
  tolerance?: number
}

/**
 * Customers with identical (x, tX, T) merged, so the likelihood costs one term per distinct history
 * however many customers share it. Histories are grouped by x, and times stored once each.
 */
type RfmAggregate = {
  customers: number
  times: Float64Array
  xs: Float64Array
  /** The histories with x = xs[j] are groupStart[j] up to groupStart[j + 1]. */
  groupStart: Uint32Array
  tXIndex: Uint32Array
  TIndex: Uint32Array
  count: Float64Array
}

function indexOf(map: Map<number, number>, value: number): number {
  let index = map.get(value)
  if (index === undefined) {
    index = map.size
    map.set(value, index)
  }
  return index
}

function aggregate(customers: readonly RfmSummary[]): RfmAggregate {
  const xMap = new Map<number, number>()
  const timeMap = new Map<number, number>()
  const pairMap = new Map<number, number>()
  const tripleMap = new Map<number, number>()
  const xIndex: number[] = []
  const tXIndex: number[] = []
  const TIndex: number[] = []
  const count: number[] = []
  const size = customers.length + 1
  // The numeric keys below stay under 2^53 up to this many customers.
  if (customers.length > 40_000_000) throw new RangeError('The BG/NBD model takes at most 40 million customers at once')
  for (let i = 0; i < customers.length; i++) {
    const { x, tX, T } = customers[i]!
    if (!(Number.isSafeInteger(x) && x >= 0 && tX >= 0 && T >= tX && Number.isFinite(T))) {
      throw new RangeError(`Customer ${i} is not a valid RFM summary: x=${x}, tX=${tX}, T=${T}`)
    }
    // tX means nothing without a repeat purchase; zeroing it lets all such customers of one age merge.
    const tXi = indexOf(timeMap, x === 0 ? 0 : tX)
    const Ti = indexOf(timeMap, T)
    const xi = indexOf(xMap, x)
    const key = indexOf(pairMap, Ti * 2 * size + tXi) * size + xi
    const triple = tripleMap.get(key)
    if (triple === undefined) {
      tripleMap.set(key, count.length)
      xIndex.push(xi)
      tXIndex.push(tXi)
      TIndex.push(Ti)
      count.push(1)
    } else {
      count[triple]! += 1
    }
  }

  const groupStart = new Uint32Array(xMap.size + 1)
  for (const xi of xIndex) groupStart[xi + 1]! += 1
  for (let j = 0; j < xMap.size; j++) groupStart[j + 1]! += groupStart[j]!
  const next = groupStart.slice(0, xMap.size)
  const sorted = {
    tXIndex: new Uint32Array(count.length),
    TIndex: new Uint32Array(count.length),
    count: new Float64Array(count.length),
  }
  for (let k = 0; k < count.length; k++) {
    const at = next[xIndex[k]!]!++
    sorted.tXIndex[at] = tXIndex[k]!
    sorted.TIndex[at] = TIndex[k]!
    sorted.count[at] = count[k]!
  }
  return {
    customers: customers.length,
    times: Float64Array.from(timeMap.keys()),
    xs: Float64Array.from(xMap.keys()),
    groupStart,
    ...sorted,
  }
}

/** ψ(x) for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series. */
function digamma(x: number): number {
  let shift = 0
  for (; x < 10; x++) shift -= 1 / x
  // Σ B₂ₖ/(2k·x^2k) for k = 1…6; the first term left out is below 1e-15 for x ≥ 10.
  const coefficients = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32_760]
  const inverse2 = 1 / (x * x)
  let series = 0
  for (let k = coefficients.length - 1; k >= 0; k--) series = (series + coefficients[k]!) * inverse2
  return shift + Math.log(x) - 0.5 / x - series
}

/**
 * The log-likelihood summed over customers and, when asked, its gradient with respect to (r, α, a, b).
 * Per customer, L = A1·A2·(A3 + δ(x>0)·A4) with A1·A2 = Γ(r+x)α^r/Γ(r) · B(a, b+x)/B(a, b),
 * A3 = (α+T)^−(r+x) and A4 = a/(b+x−1)·(α+tX)^−(r+x); the sum A3 + A4 is taken with log-sum-exp.
 */
function evaluate({ r, alpha, a, b }: BgNbdParams, data: RfmAggregate, gradient?: number[]): number {
  const logAlphaPlus = new Float64Array(data.times.length)
  const inverseAlphaPlus = new Float64Array(data.times.length)
  for (let i = 0; i < data.times.length; i++) {
    logAlphaPlus[i] = Math.log(alpha + data.times[i]!)
    inverseAlphaPlus[i] = 1 / (alpha + data.times[i]!)
  }
  const logAlpha = Math.log(alpha)
  const common = r * logAlpha - gammaln(r) - betaln(a, b)
  const psiR = gradient ? digamma(r) : 0
  const psiB = gradient ? digamma(b) : 0
  const psiAB = gradient ? digamma(a + b) : 0
  let value = 0
  let dr = 0
  let dAlpha = 0
  let da = 0
  let db = 0

  for (let j = 0; j < data.xs.length; j++) {
    const x = data.xs[j]!
    const rx = r + x
    const logDropout = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity
    let customers = 0
    let sum = 0
    // Σ n·w, Σ n·ln(α+t) and Σ n/(α+t), where w is the weight of A4 in A3 + A4 and t the matching time.
    let dropped = 0
    let logTime = 0
    let inverseTime = 0
    for (let k = data.groupStart[j]!; k < data.groupStart[j + 1]!; k++) {
      const n = data.count[k]!
      const Ti = data.TIndex[k]!
      const alive = -rx * logAlphaPlus[Ti]!
      customers += n
      if (x === 0) {
        sum += n * alive
        logTime += n * logAlphaPlus[Ti]!
        inverseTime += n * inverseAlphaPlus[Ti]!
        continue
      }
      const tXi = data.tXIndex[k]!
      const gone = logDropout - rx * logAlphaPlus[tXi]!
      let w: number
      if (gone > alive) {
        const e = Math.exp(alive - gone)
        sum += n * (gone + Math.log1p(e))
        w = 1 / (1 + e)
      } else {
        const e = Math.exp(gone - alive)
        sum += n * (alive + Math.log1p(e))
        w = e / (1 + e)
      }
      dropped += n * w
      logTime += n * ((1 - w) * logAlphaPlus[Ti]! + w * logAlphaPlus[tXi]!)
      inverseTime += n * ((1 - w) * inverseAlphaPlus[Ti]! + w * inverseAlphaPlus[tXi]!)
    }
    value += sum + customers * (common + gammaln(rx) + betaln(a, b + x))
    if (gradient) {
      const psiABX = digamma(a + b + x)
      dr += customers * (logAlpha - psiR + digamma(rx)) - logTime
      dAlpha += (customers * r) / alpha - rx * inverseTime
      da += customers * (psiAB - psiABX) + dropped / a
      db += customers * (digamma(b + x) - psiB + psiAB - psiABX) - (x > 0 ? dropped / (b + x - 1) : 0)
    }
  }
  if (gradient) gradient.splice(0, gradient.length, dr, dAlpha, da, db)
  return value
}

function assertParams(params: BgNbdParams): void {
  const { r, alpha, a, b } = params
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0 && [r, alpha, a, b].every(Number.isFinite))) {
    throw new RangeError(`BG/NBD parameters must be positive and finite: ${JSON.stringify(params)}`)
  }
}

/** The BG/NBD log-likelihood of the customers' histories, summed over customers. */
export function bgnbdLogLikelihood(params: BgNbdParams, customers: readonly RfmSummary[]): number {
  assertParams(params)
  return evaluate(params, aggregate(customers))
}

/** The gradient of `bgnbdLogLikelihood` with respect to (r, α, a, b), in that order. */
export function bgnbdLogLikelihoodGradient(params: BgNbdParams, customers: readonly RfmSummary[]): number[] {
  assertParams(params)
  const gradient: number[] = []
  evaluate(params, aggregate(customers), gradient)
  return gradient
}

type Minimum = { point: number[]; value: number; iterations: number; converged: boolean }

const dot = (u: readonly number[], v: readonly number[]) => u.reduce((sum, value, j) => sum + value * v[j]!, 0)
const largest = (u: readonly number[]) => Math.max(...u.map(Math.abs))
const identity = (n: number, scale = 1) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? scale : 0)))

/** Steps are capped at this much in log-parameters, a factor e^4 per parameter. */
const MAX_STEP = 4

/**
 * BFGS on the inverse Hessian with a backtracking (Armijo) line search; it stops when every
 * gradient component is within `tolerance` of zero.
 */
function bfgs(
  f: (point: number[], gradient: number[]) => number,
  start: number[],
  maxIterations: number,
  tolerance: number,
): Minimum {
  const n = start.length
  let point = start.slice()
  let gradient: number[] = []
  let value = f(point, gradient)
  let inverse = identity(n)
  let scaled = false
  let iterations = 0
  while (iterations < maxIterations) {
    if (largest(gradient) <= tolerance) return { point, value, iterations, converged: true }
    iterations++

    let direction = inverse.map((row) => -dot(row, gradient))
    let slope = dot(direction, gradient)
    if (!(slope < 0)) {
      inverse = identity(n)
      direction = gradient.map((component) => -component)
      slope = -dot(gradient, gradient)
    }
    let step = Math.min(1, MAX_STEP / largest(direction))
    let next: number[]
    const nextGradient: number[] = []
    let nextValue: number
    for (;;) {
      next = point.map((coordinate, j) => coordinate + step * direction[j]!)
      nextValue = f(next, nextGradient)
      if (nextValue <= value + 1e-4 * step * slope) break
      // Near the optimum the decrease drowns in rounding; then a flatter slope is progress enough
      // (the approximate Wolfe conditions of Hager & Zhang 2005).
      const nextSlope = dot(nextGradient, direction)
      if (nextValue <= value + 1e-13 * Math.abs(value) && nextSlope >= 0.9 * slope && nextSlope <= -0.8 * slope) break
      step /= 2
      if (step * largest(direction) < 1e-12) return { point, value, iterations, converged: false }
    }

    const s = next.map((coordinate, j) => coordinate - point[j]!)
    const y = nextGradient.map((component, j) => component - gradient[j]!)
    const sy = dot(s, y)
    // Skipping the update when curvature is not positive keeps the inverse Hessian positive definite.
    if (sy > 1e-10 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (!scaled) {
        inverse = identity(n, sy / dot(y, y))
        scaled = true
      }
      const hy = inverse.map((row) => dot(row, y))
      const factor = (1 + dot(y, hy) / sy) / sy
      inverse = inverse.map((row, i) =>
        row.map((entry, j) => entry + factor * s[i]! * s[j]! - (hy[i]! * s[j]! + s[i]! * hy[j]!) / sy),
      )
    }
    point = next
    value = nextValue
    gradient = nextGradient
  }
  return { point, value, iterations, converged: largest(gradient) <= tolerance }
}

/**
 * Nelder–Mead with the adaptive coefficients of Gao & Han (2012), stopping when both the simplex
 * and its values have collapsed (as scipy's `fmin` does).
 */
function nelderMead(
  f: (point: number[]) => number,
  start: number[],
  step: number,
  maxIterations: number,
  xTolerance: number,
  fTolerance: number,
): Minimum {
  const n = start.length
  const reflect = 1
  const expand = 1 + 2 / n
  const contract = 0.75 - 1 / (2 * n)
  const shrink = 1 - 1 / n
  const simplex = [start.slice()]
  for (let i = 0; i < n; i++) simplex.push(start.map((value, j) => (i === j ? value + step : value)))
  const values = simplex.map(f)
  const along = (from: number[], towards: number[], by: number) =>
    from.map((value, j) => value + by * (towards[j]! - value))

  let iterations = 0
  while (iterations < maxIterations) {
    const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]! || i - j)
    const sorted = order.map((i) => simplex[i]!)
    const sortedValues = order.map((i) => values[i]!)
    simplex.splice(0, simplex.length, ...sorted)
    values.splice(0, values.length, ...sortedValues)
    const best = simplex[0]!
    let xSpread = 0
    let fSpread = 0
    for (let i = 1; i <= n; i++) {
      fSpread = Math.max(fSpread, Math.abs(values[i]! - values[0]!))
      for (let j = 0; j < n; j++) xSpread = Math.max(xSpread, Math.abs(simplex[i]![j]! - best[j]!))
    }
    if (xSpread <= xTolerance && fSpread <= fTolerance) {
      return { point: best, value: values[0]!, iterations, converged: true }
    }
    iterations++

    const worst = simplex[n]!
    const centroid = best.map((_, j) => simplex.slice(0, n).reduce((sum, point) => sum + point[j]!, 0) / n)
    const reflected = along(centroid, worst, -reflect)
    const fReflected = f(reflected)
    if (fReflected < values[0]!) {
      const expanded = along(centroid, worst, -reflect * expand)
      const fExpanded = f(expanded)
      const takeExpanded = fExpanded < fReflected
      simplex[n] = takeExpanded ? expanded : reflected
      values[n] = takeExpanded ? fExpanded : fReflected
      continue
    }
    if (fReflected < values[n - 1]!) {
      simplex[n] = reflected
      values[n] = fReflected
      continue
    }
    const outside = fReflected < values[n]!
    const contracted = along(centroid, worst, outside ? -reflect * contract : contract)
    const fContracted = f(contracted)
    if (outside ? fContracted <= fReflected : fContracted < values[n]!) {
      simplex[n] = contracted
      values[n] = fContracted
      continue
    }
    for (let i = 1; i <= n; i++) {
      simplex[i] = along(best, simplex[i]!, shrink)
      values[i] = f(simplex[i]!)
    }
  }
  const bestIndex = values.indexOf(Math.min(...values))
  return { point: simplex[bestIndex]!, value: values[bestIndex]!, iterations, converged: false }
}

/** Curvature of the mean log-likelihood per customer, in log-parameters, below which a direction counts as flat. */
const MIN_CURVATURE = 1e-8

/**
 * Whether `point` is a strict minimum of `f`: its Hessian, by central differences of the analytic gradient, is
 * positive definite (a Cholesky factorisation with every pivot above MIN_CURVATURE).
 */
function isStrictMinimum(f: (point: number[], gradient: number[]) => number, point: readonly number[], step = 1e-4): boolean {
  const n = point.length
  const hessian = identity(n, 0)
  for (let j = 0; j < n; j++) {
    const up: number[] = []
    const down: number[] = []
    const upValue = f(point.map((coordinate, k) => (k === j ? coordinate + step : coordinate)), up)
    const downValue = f(point.map((coordinate, k) => (k === j ? coordinate - step : coordinate)), down)
    if (!Number.isFinite(upValue) || !Number.isFinite(downValue)) return false
    for (let i = 0; i < n; i++) hessian[i]![j] = (up[i]! - down[i]!) / (2 * step)
  }
  const factor = identity(n, 0)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = (hessian[i]![j]! + hessian[j]![i]!) / 2
      for (let k = 0; k < j; k++) sum -= factor[i]![k]! * factor[j]![k]!
      if (i === j) {
        if (!(sum > MIN_CURVATURE)) return false
        factor[i]![i] = Math.sqrt(sum)
      } else {
        factor[i]![j] = sum / factor[j]![j]!
      }
    }
  }
  return true
}

/** Beyond this a and b, Beta(a, b) is all but a point mass: every customer drops out with the same chance. */
const EDGE_AB = 1_000
/** Largest gradient (of the mean log-likelihood per customer, in log-parameters) still taken for the top at an edge. */
const EDGE_TOLERANCE = 1e-5
/** The most P(alive) may move when a and b grow a hundredfold for a fit at the edge to count as settled. */
const EDGE_STABILITY = 1e-4
const EDGE_SAMPLE = 2_000

/**
 * Where customers do not differ in how likely they are to drop out, the likelihood keeps rising, ever more slowly,
 * as a and b grow together with a/(a + b) fixed: the optimiser runs out of iterations on the way to infinity and the
 * gradient never quite vanishes. The parameters are then not pinned down, but what the model says is: P(alive)
 * depends on a and b only through a/(b + x − 1). Such a fit is settled when the gradient is all but flat and
 * growing a and b a hundredfold moves no customer's P(alive) by more than EDGE_STABILITY.
 */
function settledAtDropoutEdge(f: (point: number[], gradient: number[]) => number, point: number[], customers: readonly RfmSummary[]): boolean {
  const params = toParams(point)
  if (!(params.a > EDGE_AB && params.b > EDGE_AB)) return false
  const gradient: number[] = []
  if (!Number.isFinite(f(point, gradient)) || largest(gradient) > EDGE_TOLERANCE) return false
  const further = { ...params, a: params.a * 100, b: params.b * 100 }
  const step = Math.max(1, Math.floor(customers.length / EDGE_SAMPLE))
  for (let i = 0; i < customers.length; i += step) {
    const customer = customers[i]!
    if (Math.abs(probabilityAlive(params, customer) - probabilityAlive(further, customer)) > EDGE_STABILITY) return false
  }
  return true
}

const toPoint = ({ r, alpha, a, b }: BgNbdParams) => [Math.log(r), Math.log(alpha), Math.log(a), Math.log(b)]
const toParams = ([logR, logAlpha, logA, logB]: readonly number[]): BgNbdParams => ({
  r: Math.exp(logR!),
  alpha: Math.exp(logAlpha!),
  a: Math.exp(logA!),
  b: Math.exp(logB!),
})

/**
 * Maximum-likelihood BG/NBD parameters, searched over log-parameters so they stay positive: BFGS with
 * the analytic gradient, and Nelder–Mead to move it on wherever its line search stalls.
 */
export function fitBgNbd(customers: readonly RfmSummary[], options: BgNbdFitOptions = {}): BgNbdFit {
  const data = aggregate(customers)
  if (data.customers === 0) throw new RangeError('Fitting the BG/NBD model needs at least one customer')
  const maxIterations = options.maxIterations ?? 5_000
  const tolerance = options.tolerance ?? 1e-9

  let totalX = 0
  let totalT = 0
  for (let j = 0; j < data.xs.length; j++) {
    for (let k = data.groupStart[j]!; k < data.groupStart[j + 1]!; k++) {
      totalX += data.count[k]! * data.xs[j]!
      totalT += data.count[k]! * data.times[data.TIndex[k]!]!
    }
  }
  // λ ~ Gamma(r, α) has mean r/α, so the default α matches the observed purchase rate.
  const rateScale = totalX > 0 && totalT > 0 ? totalT / totalX : 1
  const r = options.start?.r ?? 1
  const start = { r, alpha: options.start?.alpha ?? r * rateScale, a: options.start?.a ?? 1, b: options.start?.b ?? 1 }
  assertParams(start)

  // The mean negative log-likelihood per customer, so tolerances mean the same for any number of customers.
  const scale = -1 / data.customers
  const inRange = (point: readonly number[]) => point.every((coordinate) => Math.abs(coordinate) <= 50)
  const objective = (point: number[], gradient: number[]): number => {
    if (!inRange(point)) {
      gradient.splice(0, gradient.length, 0, 0, 0, 0)
      return Infinity
    }
    const params = toParams(point)
    const value = scale * evaluate(params, data, gradient)
    const chain = [params.r, params.alpha, params.a, params.b]
    for (let j = 0; j < 4; j++) gradient[j] = scale * gradient[j]! * chain[j]!
    return Number.isFinite(value) && gradient.every(Number.isFinite) ? value : Infinity
  }
  const valueOnly = (point: number[]): number => {
    const value = inRange(point) ? scale * evaluate(toParams(point), data) : Infinity
    return Number.isNaN(value) ? Infinity : value
  }

  let iterations = 0
  const search = (from: BgNbdParams): Minimum => {
    let result = bfgs(objective, toPoint(from), maxIterations - iterations, tolerance)
    iterations += result.iterations
    for (let rescue = 0; !result.converged && rescue < 3 && iterations < maxIterations; rescue++) {
      const moved = nelderMead(valueOnly, result.point, 0.5, Math.min(1_000, maxIterations - iterations), 1e-6, 1e-12)
      iterations += moved.iterations
      result = bfgs(objective, moved.point, maxIterations - iterations, tolerance)
      iterations += result.iterations
    }
    return result
  }

  if (valueOnly(toPoint(start)) === Infinity) {
    throw new RangeError(`The likelihood is not finite at the starting point ${JSON.stringify(start)}`)
  }
  let best = search(start)
  // From some starts the search drifts to a → 0, b → ∞ (no dropout: the NBD model), where the gradient
  // vanishes too. A solution on such an edge stands only if searches from central starts find nothing better.
  const central = [
    { r: 1, alpha: rateScale, a: 1, b: 1 },
    { r: 0.25, alpha: 0.25 * rateScale, a: 0.5, b: 2 },
    { r: 4, alpha: 4 * rateScale, a: 2, b: 8 },
  ]
  for (const from of central) {
    if (best.converged && best.point.every((coordinate) => Math.abs(coordinate) < 10)) break
    if (iterations >= maxIterations) break
    const candidate = search(from)
    const better = candidate.value < best.value
    const asGoodButConverged = candidate.converged && !best.converged && candidate.value <= best.value + tolerance
    if (better || asGoodButConverged) best = candidate
  }

  const params = toParams(best.point)
  const converged = best.converged ? isStrictMinimum(objective, best.point) : settledAtDropoutEdge(objective, best.point, customers)
  return { params, logLikelihood: evaluate(params, data), iterations, converged }
}

/** ln of a/(b+x−1)·((α+T)/(α+tX))^(r+x), the odds that a customer with a repeat purchase has dropped out. */
function logDropoutOdds({ r, alpha, a, b }: BgNbdParams, { x, tX, T }: RfmSummary): number {
  if (x === 0) return -Infinity
  return Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tX))
}

/** P(alive | x, tX, T): the chance the customer has not yet dropped out. */
export function probabilityAlive(params: BgNbdParams, customer: RfmSummary): number {
  assertParams(params)
  return 1 / (1 + Math.exp(logDropoutOdds(params, customer)))
}

const MAX_SERIES_TERMS = 1_000_000

/**
 * Σₖ≥₁ c·tₖ/β' for the terms tₖ of 2F1(α', β'; c; z), or undefined when z is so close to 1 that the
 * series would need more than a million terms. Dividing by β' = a − 1 analytically keeps a ≈ 1 exact.
 */
function scaledSeriesTail(alphaPrime: number, betaPrime: number, c: number, z: number): number | undefined {
  // The terms shrink roughly like z^k, so 1 − z below ~40/MAX_SERIES_TERMS cannot converge in time.
  if ((1 - z) * MAX_SERIES_TERMS < 50) return undefined
  let term = alphaPrime * z
  let sum = term
  for (let k = 1; k < MAX_SERIES_TERMS; k++) {
    const ratio = ((alphaPrime + k) * (betaPrime + k) * z) / ((c + k) * (k + 1))
    term *= ratio
    sum += term
    // Once the term ratios settle towards z, a geometric series bounds what is left.
    const bound = Math.max(Math.abs(ratio), z)
    if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= 1e-16 * Math.abs(sum)) return sum
  }
  return undefined
}

/**
 * E[Y(t) | x, tX, T]: the expected number of purchases in the next `t` time units (paper eq. 10).
 *
 * Euler's transformation 2F1(r+x, b+x; c; z) = (1−z)^(a−1−r−x)·2F1(c−r−x, a−1; c; z), with c = a+b+x−1
 * and z = t/(α+T+t), cancels the factor ((α+T)/(α+T+t))^(r+x) = (1−z)^(r+x). What is left neither
 * overflows for large x nor loses precision to the 0/0 in (1 − …)/(a − 1) as a approaches 1.
 */
export function expectedTransactions(params: BgNbdParams, t: number, customer: RfmSummary): number {
  assertParams(params)
  if (!(t >= 0 && Number.isFinite(t))) throw new RangeError(`The horizon must be a finite t >= 0, not ${t}`)
  if (t === 0) return 0
  const { r, alpha, a, b } = params
  const { x, T } = customer
  const c = a + b + x - 1
  const u = a - 1
  const z = t / (alpha + T + t)
  const logSurvivor = -Math.log1p(t / (alpha + T))
  const tail = scaledSeriesTail(a + b - 1 - r, u, c, z)
  let ifAlive: number
  if (tail !== undefined) {
    const growth = u === 0 ? -logSurvivor : -Math.expm1(u * logSurvivor) / u
    ifAlive = c * growth - Math.exp(u * logSurvivor) * tail
  } else {
    ifAlive = (c / u) * (1 - Math.exp(u * logSurvivor) * hyp2f1(a + b - 1 - r, u, c, z))
  }
  if (!Number.isFinite(ifAlive)) {
    throw new RangeError(`E[Y(${t})] is out of reach for ${JSON.stringify(params)} and ${JSON.stringify(customer)}`)
  }
  return ifAlive / (1 + Math.exp(logDropoutOdds(params, customer)))
}

/** E[X(t)]: the expected number of repeat purchases by a new customer in their first `t` time units (paper eq. 7). */
export function expectedTransactionsUnconditional(params: BgNbdParams, t: number): number {
  return expectedTransactions(params, t, { x: 0, tX: 0, T: 0 })
}
