/**
 * The CDNOW data sets that BG/NBD papers are benchmarked on: the master file (customer id, yyyymmdd,
 * CDs, dollars) and the 1/10 sample (master id, sample id, yyyymmdd, CDs, dollars).
 */
import { DomainError } from '../shared/errors.js'
import { daysBetween } from '../shared/instant.js'
import type { RfmSummary } from './bgnbd.js'

export type CdnowRow = { customerId: string; day: string; quantity: number; dollars: number }

export type RfmOptions = { calibrationEnd: string; timeUnit: 'day' | 'week' }

export type CustomerRfm = RfmSummary & { customerId: string }

const DAYS_PER_UNIT = { day: 1, week: 7 } as const

function unreadable(lineNumber: number, line: string, reason: string): DomainError {
  return new DomainError('invalid', 'insights.cdnow_unreadable', `Line ${lineNumber} of the CDNOW file ${reason}.`, {
    lineNumber,
    line,
  })
}

function toDay(yyyymmdd: string): string | undefined {
  if (!/^\d{8}$/.test(yyyymmdd)) return undefined
  const day = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
  const parsed = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : undefined
}

/**
 * Reads CDNOW_master.txt (4 columns) or CDNOW_sample.txt (5 columns), telling them apart by the first
 * data line. In the sample, `customerId` is the master id, so one customer has one id in both files.
 */
export function parseCdnow(text: string): CdnowRow[] {
  const rows: CdnowRow[] = []
  let columns: 4 | 5 | undefined
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const fields = line.split(/\s+/)
    if (columns === undefined) {
      if (rows.length === 0 && !/^\d+$/.test(fields[0]!)) continue
      if (fields.length !== 4 && fields.length !== 5) throw unreadable(i + 1, line, 'has neither 4 nor 5 columns')
      columns = fields.length
    }
    if (fields.length !== columns) throw unreadable(i + 1, line, `has ${fields.length} columns instead of ${columns}`)
    const [customerId, yyyymmdd, quantity, dollars] = (columns === 5 ? [fields[0], ...fields.slice(2)] : fields) as [
      string,
      string,
      string,
      string,
    ]
    const day = toDay(yyyymmdd)
    if (!/^\d+$/.test(customerId)) throw unreadable(i + 1, line, 'has a customer id that is not a number')
    if (day === undefined) throw unreadable(i + 1, line, 'has a date that is not yyyymmdd')
    if (!/^\d+$/.test(quantity)) throw unreadable(i + 1, line, 'has a number of CDs that is not a whole number')
    if (!/^-?\d+(\.\d+)?$/.test(dollars)) throw unreadable(i + 1, line, 'has a dollar value that is not a number')
    rows.push({ customerId, day, quantity: Number(quantity), dollars: Number(dollars) })
  }
  return rows
}

/**
 * Summarises each customer's calibration-period purchases for the BG/NBD model, as the paper does:
 * purchases on one day count as one, x is the number of purchase days after the first, and tX and T
 * run from the first purchase day to the last purchase day and to `calibrationEnd` (inclusive).
 * Customers whose first purchase falls after `calibrationEnd` are left out.
 */
export function toRfm(rows: readonly CdnowRow[], { calibrationEnd, timeUnit }: RfmOptions): CustomerRfm[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(calibrationEnd) || Number.isNaN(Date.parse(calibrationEnd))) {
    throw new RangeError(`calibrationEnd must be a YYYY-MM-DD day, not ${calibrationEnd}`)
  }
  const daysByCustomer = new Map<string, Set<string>>()
  for (const { customerId, day } of rows) {
    let days = daysByCustomer.get(customerId)
    if (days === undefined) {
      days = new Set()
      daysByCustomer.set(customerId, days)
    }
    if (day <= calibrationEnd) days.add(day)
  }
  const perUnit = DAYS_PER_UNIT[timeUnit]
  const summaries: CustomerRfm[] = []
  for (const [customerId, days] of daysByCustomer) {
    if (days.size === 0) continue
    const sorted = [...days].sort()
    const first = sorted[0]!
    const last = sorted[sorted.length - 1]!
    summaries.push({
      customerId,
      x: sorted.length - 1,
      tX: daysBetween(first, last) / perUnit,
      T: daysBetween(first, calibrationEnd) / perUnit,
    })
  }
  return summaries
}
