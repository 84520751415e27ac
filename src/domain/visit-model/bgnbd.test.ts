import { simulateCustomers } from './bgnbd-simulation.js'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../shared/errors.js'
import {
  bgnbdLogLikelihood,
  bgnbdLogLikelihoodGradient,
  expectedTransactions,
  expectedTransactionsUnconditional,
  fitBgNbd,
  probabilityAlive,
} from './bgnbd.js'
import type { BgNbdParams, RfmSummary } from './bgnbd.js'
import { parseCdnow, toRfm } from './cdnow.js'

const readCdnow = (file: string) =>
  readFileSync(new URL(`../../../../shared/data/cdnow/${file}`, import.meta.url), 'utf8')
const sampleRows = parseCdnow(readCdnow('CDNOW_sample.txt'))
const sample = toRfm(sampleRows, { calibrationEnd: '1997-09-30', timeUnit: 'week' })

/** The estimates published in Fader, Hardie & Lee (2005), table 1. */
const paper: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }

const relativeError = (actual: number, expected: number) => Math.abs(actual / expected - 1)

/** 2F1(a, b; c; z) summed term by term; for a, b, c > 0 and 0 ≤ z < 1 every term is positive. */
function hyp2f1BySeries(a: number, b: number, c: number, z: number): number {
  let term = 1
  let sum = 1
  for (let k = 0; term > 1e-17 * sum; k++) {
    term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1))
    sum += term
  }
  return sum
}

/** E[Y(t) | x, tX, T] written exactly as the paper's eq. 10. */
function expectedByEquation10({ r, alpha, a, b }: BgNbdParams, t: number, { x, tX, T }: RfmSummary): number {
  const hypergeometric = hyp2f1BySeries(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
  const ifAlive = ((a + b + x - 1) / (a - 1)) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hypergeometric)
  const dropoutOdds = x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tX)) ** (r + x) : 0
  return ifAlive / (1 + dropoutOdds)
}

describe('parseCdnow', () => {
  it('reads the five-column sample file, taking the master id as the customer id', () => {
    const rows = sampleRows

    expect(rows.length).toBe(6_919)
    expect(rows[0]).toEqual({ customerId: '00004', day: '1997-01-01', quantity: 2, dollars: 29.33 })
    expect(new Set(rows.map((row) => row.customerId)).size).toBe(2_357)
  })

  it('reads the four-column master file and skips its header line', () => {
    const rows = parseCdnow(readCdnow('CDNOW_master.txt'))

    expect(rows.length).toBe(69_659)
    expect(rows[0]).toEqual({ customerId: '00001', day: '1997-01-01', quantity: 1, dollars: 11.77 })
    expect(new Set(rows.map((row) => row.customerId)).size).toBe(23_570)
  })

  it('gives a customer the same rows in the sample file as in the master file', () => {
    const master = parseCdnow(readCdnow('CDNOW_master.txt'))

    const inMaster = master.filter((row) => row.customerId === '00004')

    expect(inMaster).toEqual(sampleRows.filter((row) => row.customerId === '00004'))
  })

  it('refuses a line with a date that is not yyyymmdd and says which line', () => {
    const text = ' 00001 19970101  1   11.77\r\n 00002 19971332  1   12.00\r\n'

    const read = () => parseCdnow(text)

    expect(read).toThrow(DomainError)
    expect(read).toThrow('Line 2 of the CDNOW file has a date that is not yyyymmdd.')
  })

  it('refuses a file that mixes the four- and five-column layouts', () => {
    const text = ' 00001 19970101  1   11.77\n 00002 0001 19970102  1   12.00\n'

    expect(() => parseCdnow(text)).toThrow('Line 2 of the CDNOW file has 5 columns instead of 4.')
  })
})

describe('toRfm', () => {
  it('counts several purchases on one day as one purchase', () => {
    const rows = parseCdnow(' 00001 19970101  1   11.77\n 00001 19970108  2   20.00\n 00001 19970108  1   9.99\n')

    const [customer] = toRfm(rows, { calibrationEnd: '1997-01-15', timeUnit: 'day' })

    expect(customer).toEqual({ customerId: '00001', x: 1, tX: 7, T: 14 })
  })

  it('measures tX and T in weeks from the first purchase, T up to and including the calibration end', () => {
    const customer = sample.find((summary) => summary.customerId === '00004')

    expect(customer).toEqual({ customerId: '00004', x: 2, tX: 213 / 7, T: 272 / 7 })
  })

  it('ignores purchases after the calibration end and customers whose first purchase comes after it', () => {
    const rows = parseCdnow(' 00001 19970101  1   11.77\n 00001 19971001  1   9.99\n 00002 19971002  1   5.00\n')

    const summaries = toRfm(rows, { calibrationEnd: '1997-09-30', timeUnit: 'day' })

    expect(summaries).toEqual([{ customerId: '00001', x: 0, tX: 0, T: 272 }])
  })

  it('merges same-day purchases in the sample: 2,357 customers make 2,457 repeat purchases, and 1,411 none', () => {
    const repeatPurchases = sample.reduce((sum, customer) => sum + customer.x, 0)

    expect(sample.length).toBe(2_357)
    expect(repeatPurchases).toBe(2_457)
    expect(sample.filter((customer) => customer.x === 0).length).toBe(1_411)
  })
})

describe('bgnbdLogLikelihood', () => {
  it('is −9582.4 on the CDNOW sample at the published estimates', () => {
    const logLikelihood = bgnbdLogLikelihood(paper, sample)

    expect(logLikelihood).toBeCloseTo(-9582.4, 1)
  })

  it('adds up to the same total whether or not identical histories are merged', () => {
    const oneByOne = sample.reduce((sum, customer) => sum + bgnbdLogLikelihood(paper, [customer]), 0)

    const merged = bgnbdLogLikelihood(paper, sample)

    expect(relativeError(merged, oneByOne)).toBeLessThan(1e-12)
  })

  it('has a gradient that agrees with central differences of the log-likelihood', () => {
    const at: BgNbdParams = { r: 0.3, alpha: 5, a: 1.2, b: 2 }
    const names = ['r', 'alpha', 'a', 'b'] as const
    const differences = names.map((name) => {
      const h = 1e-6 * at[name]
      const above = bgnbdLogLikelihood({ ...at, [name]: at[name] + h }, sample)
      const below = bgnbdLogLikelihood({ ...at, [name]: at[name] - h }, sample)
      return (above - below) / (2 * h)
    })

    const gradient = bgnbdLogLikelihoodGradient(at, sample)

    gradient.forEach((component, j) => expect(relativeError(component, differences[j]!)).toBeLessThan(1e-6))
  })
})

describe('fitBgNbd', () => {
  it('reproduces the published estimates on the CDNOW sample: r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4', () => {
    const fit = fitBgNbd(sample)

    expect(fit.converged).toBe(true)
    expect(fit.params.r).toBeCloseTo(0.243, 3)
    expect(fit.params.alpha).toBeCloseTo(4.414, 2)
    expect(fit.params.a).toBeCloseTo(0.793, 3)
    expect(fit.params.b).toBeCloseTo(2.426, 2)
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1)
  })

  it.each([
    { r: 0.01, alpha: 0.01, a: 0.01, b: 0.01 },
    { r: 100, alpha: 100, a: 100, b: 100 },
    { r: 100, alpha: 0.01, a: 0.01, b: 100 },
    { r: 0.01, alpha: 100, a: 100, b: 0.01 },
    { r: 500, alpha: 300, a: 45, b: 1.2 },
  ])('reaches the same optimum from the bad start %o', (start) => {
    const fromDefault = fitBgNbd(sample)

    const fit = fitBgNbd(sample, { start })

    expect(fit.converged).toBe(true)
    expect(fit.logLikelihood).toBeCloseTo(fromDefault.logLikelihood, 6)
    expect(relativeError(fit.params.r, fromDefault.params.r)).toBeLessThan(1e-5)
    expect(relativeError(fit.params.alpha, fromDefault.params.alpha)).toBeLessThan(1e-5)
    expect(relativeError(fit.params.a, fromDefault.params.a)).toBeLessThan(1e-5)
    expect(relativeError(fit.params.b, fromDefault.params.b)).toBeLessThan(1e-5)
  })

  it('fits a million simulated customers and recovers the parameters they were drawn with', () => {
    const truth: BgNbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }
    const customers = simulateCustomers(truth, 1_000_000, 20_050_401)

    const fit = fitBgNbd(customers)

    expect(fit.converged).toBe(true)
    expect(relativeError(fit.params.r, truth.r)).toBeLessThan(0.05)
    expect(relativeError(fit.params.alpha, truth.alpha)).toBeLessThan(0.05)
    expect(relativeError(fit.params.a, truth.a)).toBeLessThan(0.05)
    expect(relativeError(fit.params.b, truth.b)).toBeLessThan(0.05)
  })

  it('scales only α with the time unit: in days it is 7 times what it is in weeks', () => {
    const inWeeks = fitBgNbd(sample).params
    const inDays = toRfm(sampleRows, { calibrationEnd: '1997-09-30', timeUnit: 'day' })

    const fit = fitBgNbd(inDays).params

    expect(relativeError(fit.alpha, 7 * inWeeks.alpha)).toBeLessThan(1e-6)
    expect(relativeError(fit.r, inWeeks.r)).toBeLessThan(1e-6)
    expect(relativeError(fit.a, inWeeks.a)).toBeLessThan(1e-6)
    expect(relativeError(fit.b, inWeeks.b)).toBeLessThan(1e-6)
  })

  it.each([
    ['everyone first seen on the last day', Array.from({ length: 50 }, () => ({ x: 0, tX: 0, T: 0 }))],
    ['no one back yet', Array.from({ length: 50 }, (_, i) => ({ x: 0, tX: 0, T: 1 + (i % 10) }))],
    ['everyone back exactly once, at the end', Array.from({ length: 50 }, () => ({ x: 1, tX: 4, T: 4 }))],
  ])('does not call a fit converged when the data cannot pin it down: %s', (_, customers) => {
    const fit = fitBgNbd(customers)

    expect(fit.converged).toBe(false)
  })

  it('calls a fit settled where everyone drops out alike and a, b grow without end, since P(alive) no longer moves', () => {
    const truth: BgNbdParams = { r: 1, alpha: 2, a: 50_000, b: 950_000 }
    const customers = simulateCustomers(truth, 300, 1)

    const fit = fitBgNbd(customers)

    expect(fit.params.a).toBeGreaterThan(1_000)
    expect(fit.params.b).toBeGreaterThan(1_000)
    expect(fit.converged).toBe(true)
  })

  it('still calls a fit to a small but informative sample converged', () => {
    const fit = fitBgNbd(sample.slice(0, 300))

    expect(fit.converged).toBe(true)
  })

  it('refuses to fit no customers', () => {
    expect(() => fitBgNbd([])).toThrow(RangeError)
  })
})

describe('expectedTransactions', () => {
  it('expects 1.226 purchases in the next 39 weeks from the paper’s customer with x = 2, tX = 30.43, T = 38.86', () => {
    const customer = { x: 2, tX: 30.43, T: 38.86 }

    const expected = expectedTransactions(paper, 39, customer)

    expect(expected).toBeCloseTo(1.226, 3)
  })

  it('agrees with eq. 10 summed term by term for the first 200 sample customers', () => {
    const customers = sample.slice(0, 200)

    const errors = customers.map((customer) =>
      relativeError(expectedTransactions(paper, 39, customer), expectedByEquation10(paper, 39, customer)),
    )

    expect(Math.max(...errors)).toBeLessThan(1e-12)
  })

  it.each([
    { t: 39, customer: { x: 2, tX: 30.43, T: 38.86 }, reference: 1.2260281747671444631 },
    { t: 39, customer: { x: 0, tX: 0, T: 38.86 }, reference: 0.1950980520112626375 },
    { t: 39, customer: { x: 7, tX: 35, T: 38.86 }, reference: 4.3874878544879613429 },
    { t: 52, customer: { x: 1, tX: 2, T: 30 }, reference: 0.40703696058925287948 },
    { t: 1e-6, customer: { x: 3, tX: 10, T: 20 }, reference: 6.6765741923942637581e-8 },
    { t: 1e4, customer: { x: 2, tX: 30.43, T: 38.86 }, reference: 24.644526554713102465 },
    { t: 1e6, customer: { x: 0, tX: 0, T: 0.5 }, reference: 52.147297772071730825 },
    { t: 39, customer: { x: 300, tX: 38, T: 39 }, reference: 53.175121472423954681 },
    { t: 1e5, customer: { x: 300, tX: 38, T: 39 }, reference: 1491.7087325605510979 },
  ])('matches mpmath at 40 digits for t = $t and $customer', ({ t, customer, reference }) => {
    const expected = expectedTransactions(paper, t, customer)

    expect(relativeError(expected, reference)).toBeLessThan(1e-12)
  })

  it('stays exact where a = 1 turns eq. 10 into 0/0', () => {
    const customer = { x: 2, tX: 30, T: 39 }

    const expected = expectedTransactions({ r: 0.5, alpha: 2, a: 1, b: 3 }, 39, customer)

    expect(relativeError(expected, 1.2981513331293913266)).toBeLessThan(1e-14)
  })

  it('expects no purchases over no time', () => {
    expect(expectedTransactions(paper, 0, { x: 2, tX: 30.43, T: 38.86 })).toBe(0)
  })
})

describe('expectedTransactionsUnconditional', () => {
  it.each([
    { t: 1, reference: 0.05326789117165828208 },
    { t: 39, reference: 1.1967231933208168667 },
    { t: 78, reference: 1.860519057942768561 },
  ])('matches eq. 7 from mpmath at 40 digits for t = $t', ({ t, reference }) => {
    const expected = expectedTransactionsUnconditional(paper, t)

    expect(relativeError(expected, reference)).toBeLessThan(1e-12)
  })

  it('grows at the mean purchase rate r/α over a short horizon', () => {
    const expected = expectedTransactionsUnconditional(paper, 1e-6)

    expect(relativeError(expected, (paper.r / paper.alpha) * 1e-6)).toBeLessThan(1e-5)
  })
})

describe('probabilityAlive', () => {
  it('is 1 for a customer who has made no repeat purchase', () => {
    expect(probabilityAlive(paper, { x: 0, tX: 0, T: 38.86 })).toBe(1)
  })

  it('is (b + x − 1)/(a + b + x − 1) for a customer who bought at the very end of the period', () => {
    const alive = probabilityAlive(paper, { x: 3, tX: 38.86, T: 38.86 })

    expect(alive).toBeCloseTo((2.426 + 2) / (0.793 + 2.426 + 2), 14)
  })

  it.each([
    { customer: { x: 2, tX: 30.43, T: 38.86 }, reference: 0.72657857008067291192 },
    { customer: { x: 7, tX: 35, T: 38.86 }, reference: 0.84376782192801221622 },
    { customer: { x: 1, tX: 2, T: 30 }, reference: 0.27487258604839383605 },
    { customer: { x: 30, tX: 5, T: 39 }, reference: 3.3191797158519235983e-19 },
  ])('matches mpmath at 40 digits for $customer', ({ customer, reference }) => {
    const alive = probabilityAlive(paper, customer)

    expect(relativeError(alive, reference)).toBeLessThan(1e-12)
  })

  it('falls the longer a frequent buyer has been silent', () => {
    const silences = [0, 5, 10, 20, 30]

    const alive = silences.map((silence) => probabilityAlive(paper, { x: 5, tX: 38 - silence, T: 38 }))

    expect(alive).toEqual([...alive].sort((p, q) => q - p))
    expect(new Set(alive).size).toBe(silences.length)
  })
})
