import { useState } from 'react'
import { useGoodwill } from '../../api/queries.js'
import type { GoodwillResult, InsightsOverview } from './insights.wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { addDays } from '../../../domain/browser.js'
import { formatCalendarDay, formatCount, formatMoney, formatPercent, formatPoints, formatPointsBare, formatSignedNumber, type MoneyFormat } from '../../format.js'
import { RateBars, type RateRow } from './charts.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import insights from './insights.module.css'
import { goodwillScope } from '../words.js'
import { ChartCard, type ChartNumbers } from '../ui/chart-card.js'
import { Segments } from '../ui/segments.js'

type ReturnWindow = 7 | 30 | 90

const WINDOWS: ReturnWindow[] = [7, 30, 90]

/** The headline: did people given a gesture come back more than similar people who got none? */
export function GoodwillCard({ overview }: { overview: InsightsOverview }) {
  const { locationId, money } = useConsole()
  const base = overview.goodwill.result
  const [days, setDays] = useState<ReturnWindow>((WINDOWS as number[]).includes(base.windowDays) ? (base.windowDays as ReturnWindow) : 30)
  // Other windows ask the server again, over 90 days of gestures that ended long enough ago to be seen through.
  const to = addDays(overview.lastDay, -days)
  const other = useGoodwill(locationId, addDays(to, -89), to, days, days !== base.windowDays)
  const current = days === base.windowDays ? { result: base, reading: overview.goodwill.reading } : other.data
  const result = current?.result
  const locale = money.locale
  const percent = (share: number) => formatPercent(share, locale)

  return (
    <ChartCard
      testId="chart-goodwill"
      title={`Goodwill return: back within ${result?.windowDays ?? days} days`}
      reading={current ? current.reading : other.isError ? 'This days could not be worked out just now.' : 'Working it out…'}
      actions={<Segments<ReturnWindow> legend="Within" options={WINDOWS} value={days} onChange={setDays} label={(option) => `${option} days`} />}
      empty={result && (result.treatedReturnRate === null || result.controlReturnRate === null) && 'No gestures with a matched customer in this period yet. Once staff give some, this compares who came back.'}
      chart={(labelledBy) =>
        !result ? (
          other.isError ? <ErrorMessage error={other.error} /> : <div className={insights.placeholder} aria-busy="true" />
        ) : (
          <RateBars labelledBy={labelledBy} format={percent} rows={returnRows(result, 'Got a gesture', 'Matched, no gesture')} />
        )
      }
      legend={
        result && [
          { label: 'Got a gesture', tone: 'accent', mark: 'bar' },
          { label: 'Similar customers with no gesture', tone: 'muted', mark: 'bar' },
          { label: '95% interval: where the gesture group’s rate could be', tone: 'accent', mark: 'interval' },
        ]
      }
      foot={result && <GoodwillStats result={result} money={money} />}
      numbers={
        result &&
        returnNumbers(result, locale, {
          treated: 'Got a gesture',
          controls: 'Matched, no gesture',
          counted: 'Counted',
          count: (value, group) => (group === 'treated' ? formatCount(value, 'gesture', 'gestures', locale) : formatCount(value, 'customer', 'customers', locale)),
        })
      }
    />
  )
}

/** The treated group's return rate (with where it could be, its 95% interval) above the matched controls'. */
export function returnRows(result: GoodwillResult, treated: string, controls: string): RateRow[] {
  const control = result.controlReturnRate ?? 0
  return [
    {
      label: treated,
      value: result.treatedReturnRate ?? 0,
      tone: 'accent',
      interval: result.ciLow !== null && result.ciHigh !== null ? [control + result.ciLow, control + result.ciHigh] : null,
    },
    { label: controls, value: control, tone: 'muted' },
  ]
}

function interval(low: number | null, high: number | null, format: (value: number) => string): string {
  return low === null || high === null ? 'too few to tell' : `${format(low)} to ${format(high)}`
}

function GoodwillStats({ result, money }: { result: GoodwillResult; money: MoneyFormat }) {
  const locale = money.locale
  const signedMoney = (minor: number) => `${minor > 0 ? '+' : minor < 0 ? '−' : ''}${formatMoney(Math.abs(minor), money)}`
  const visits = (value: number) => formatSignedNumber(value, locale)
  return (
    <>
      <dl className={styles.stats}>
        <div>
          <dt>Came back</dt>
          <dd>
            {result.lift === null ? '–' : formatPoints(result.lift, locale)}{' '}
            <span className={insights.range}>({interval(result.ciLow, result.ciHigh, (value) => formatPointsBare(value, locale))})</span>
          </dd>
        </div>
        <div>
          <dt>Visits each, after</dt>
          <dd>
            {result.visitsLift === null ? '–' : visits(result.visitsLift)} <span className={insights.range}>({interval(result.visitsCiLow, result.visitsCiHigh, visits)})</span>
          </dd>
        </div>
        <div>
          <dt>Spend each, after</dt>
          <dd>
            {result.revenueLiftMinor === null ? '–' : signedMoney(result.revenueLiftMinor)}{' '}
            <span className={insights.range}>({interval(result.revenueCiLowMinor, result.revenueCiHighMinor, signedMoney)})</span>
          </dd>
        </div>
      </dl>
      <p className={styles.note}>
        {goodwillScope(result, money)}. Gestures from {formatCalendarDay(result.from, locale)} to {formatCalendarDay(result.to, locale)}; ranges are 95% intervals.
      </p>
    </>
  )
}

interface ReturnGroups {
  treated: string
  controls: string
  /** The heading of what each rate is out of. */
  counted: string
  count(value: number, group: 'treated' | 'controls'): string
}

/** The two groups' return rates as a card's numbers, with how many each rate is out of. */
export function returnNumbers(result: GoodwillResult, locale: string, { treated, controls, counted, count }: ReturnGroups): ChartNumbers<{ group: string; rate: number | null; counted: string }> {
  return {
    rows: [
      { group: treated, rate: result.treatedReturnRate, counted: count(result.matched, 'treated') },
      { group: controls, rate: result.controlReturnRate, counted: count(result.controls, 'controls') },
    ],
    rowKey: (row) => row.group,
    columns: [
      { head: 'Group', rowHead: true, cell: (row) => row.group },
      { head: 'Came back', numeric: true, cell: (row) => (row.rate === null ? '–' : formatPercent(row.rate, locale, 1)) },
      { head: counted, numeric: true, cell: (row) => row.counted },
    ],
  }
}
