import { ArrowRight } from 'lucide-react'
import { useId, useState, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { useGoodwill, useInsightsOverview, useLapsing } from '../../api/queries.js'
import type { GestureReason, GestureType, Tier } from '../../api/wire.js'
import type { CohortRow, GoodwillResult, GoodwillSlice, InsightsOverview } from './insights.wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { TIER_WORDS } from '../../ui/tier-badge.js'
import { addDays } from '../../../domain/browser.js'
import { REASON_WORDS, TYPE_WORDS } from '../../ui/gesture-words.js'
import {
  formatCalendarDay,
  formatCount,
  formatMoney,
  formatMoneyShort,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPoints,
  formatPointsBare,
  formatRelativeDays,
  formatSignedNumber,
  type MoneyFormat,
} from '../../format.js'
import { cohortShade } from './chart-scale.js'
import { Bars, Legend, PointLines, RateBars, StackedBars, type RateRow, type StackLayer } from './charts.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import insights from './insights.module.css'
import { costReading, goodwillScope, liftWords, slicesReading, usualWords } from '../words.js'

type ReturnWindow = 7 | 30 | 90
const WINDOWS: ReturnWindow[] = [7, 30, 90]

/** /console/insights: each insight is a chart and one sentence that says how sure it is. */
export function InsightsPage() {
  const { locationId, scopeName, money } = useConsole()
  const overview = useInsightsOverview(locationId)
  return (
    <>
      <div className={styles.pageHead}>
        <h1 className={styles.title}>Insights</h1>
        <p className={styles.scope}>
          {scopeName}
          {overview.data ? ` · visits up to ${formatCalendarDay(overview.data.lastDay, money.locale)}` : ''}
        </p>
      </div>
      {overview.isError ? (
        <ErrorMessage error={overview.error}>
          <p>Insights could not be worked out just now. Nothing is lost: try again in a minute.</p>
        </ErrorMessage>
      ) : overview.data ? (
        <div className={styles.grid}>
          <GoodwillCard overview={overview.data} />
          <ReturnCurveCard overview={overview.data} />
          <CostCard overview={overview.data} />
          <SlicesCard result={overview.data.goodwill.result} />
          <CohortsCard overview={overview.data} />
          <FrequencyCard overview={overview.data} />
          <TierMixCard overview={overview.data} />
          <RecoveryCard overview={overview.data} />
          <ReplyTimesCard overview={overview.data} />
          <KudosPeopleCard overview={overview.data} />
          <KudosLocationsCard overview={overview.data} />
          <LapsingCard />
        </div>
      ) : (
        <div className={`${styles.grid} ${insights.skeleton}`} aria-busy="true" aria-label="Loading insights">
          {[0, 1, 2, 3].map((index) => (
            <div key={index} className={`${styles.card} ${insights.skeletonCard}`} />
          ))}
        </div>
      )}
    </>
  )
}

interface ChartCardProps {
  testId: string
  title: string
  reading: string
  actions?: ReactNode
  /** The chart, given the ids that name it (title and reading). */
  chart: (labelledBy: string) => ReactNode
  /** The same numbers as a table, folded away under the chart. */
  numbers?: ReactNode
  foot?: ReactNode
}

function ChartCard({ testId, title, reading, actions, chart, numbers, foot }: ChartCardProps) {
  const titleId = useId()
  const readingId = useId()
  return (
    <section className={styles.card} data-testid={testId} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h2 id={titleId} className={styles.cardTitle}>
          {title}
        </h2>
        {actions}
      </div>
      <p id={readingId} className={styles.reading} data-testid="reading">
        {reading}
      </p>
      {chart(`${titleId} ${readingId}`)}
      {foot}
      {numbers && (
        <details className={styles.numbers}>
          <summary>The numbers</summary>
          {numbers}
        </details>
      )}
    </section>
  )
}

/** The head row of a numbers table: a first column of names, then right-aligned number columns. */
function NumbersHead({ first, columns }: { first: string[]; columns: string[] }) {
  return (
    <thead>
      <tr>
        {first.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
        {columns.map((label) => (
          <th key={label} scope="col" className={styles.num}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  )
}

const Empty = ({ children }: { children: ReactNode }) => <p className={styles.empty}>{children}</p>

function Segments<T extends string | number>({ legend, options, value, onChange, label }: { legend: string; options: T[]; value: T; onChange(value: T): void; label(value: T): string }) {
  const name = useId()
  return (
    <fieldset className={styles.choice}>
      <legend>{legend}</legend>
      <div className={styles.segments}>
        {options.map((option) => (
          <label key={option} className={option === value ? styles.segmentOn : styles.segment}>
            <input type="radio" name={name} checked={option === value} onChange={() => onChange(option)} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** The headline: did people given a gesture come back more than similar people who got none? */
function GoodwillCard({ overview }: { overview: InsightsOverview }) {
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
      chart={(labelledBy) =>
        !result ? (
          other.isError ? <ErrorMessage error={other.error} /> : <div className={insights.placeholder} aria-busy="true" />
        ) : result.treatedReturnRate === null || result.controlReturnRate === null ? (
          <Empty>No gestures with a matched customer in this period yet. Once staff give some, this compares who came back.</Empty>
        ) : (
          <>
            <RateBars labelledBy={labelledBy} format={percent} rows={returnRows(result, 'Got a gesture', 'Matched, no gesture')} />
            <Legend
              items={[
                { label: 'Got a gesture', tone: 'accent', mark: 'bar' },
                { label: 'Similar customers with no gesture', tone: 'muted', mark: 'bar' },
                { label: '95% interval: where the gesture group’s rate could be', tone: 'accent', mark: 'interval' },
              ]}
            />
          </>
        )
      }
      foot={result && <GoodwillStats result={result} money={money} />}
      numbers={result && <GoodwillNumbers result={result} locale={locale} />}
    />
  )
}

/** The treated group's return rate (with where it could be, its 95% interval) above the matched controls'. */
function returnRows(result: GoodwillResult, treated: string, controls: string): RateRow[] {
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

function GoodwillNumbers({ result, locale }: { result: GoodwillResult; locale: string }) {
  return (
    <table className={`${styles.table} ${styles.compact}`}>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col" className={styles.num}>
            Came back
          </th>
          <th scope="col" className={styles.num}>
            Counted
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Got a gesture</th>
          <td className={styles.num}>{result.treatedReturnRate === null ? '–' : formatPercent(result.treatedReturnRate, locale, 1)}</td>
          <td className={styles.num}>{formatCount(result.matched, 'gesture', 'gestures', locale)}</td>
        </tr>
        <tr>
          <th scope="row">Matched, no gesture</th>
          <td className={styles.num}>{result.controlReturnRate === null ? '–' : formatPercent(result.controlReturnRate, locale, 1)}</td>
          <td className={styles.num}>{formatCount(result.controls, 'customer', 'customers', locale)}</td>
        </tr>
      </tbody>
    </table>
  )
}

function ReturnCurveCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { points, reading } = overview.returnCurve
  const percent = (share: number) => formatPercent(share, locale)
  const drawable = points.some((point) => point.treated !== null)
  return (
    <ChartCard
      testId="chart-return-curve"
      title="Came back within 7, 30 and 90 days"
      reading={reading}
      chart={(labelledBy) =>
        drawable ? (
          <>
            <PointLines
              labelledBy={labelledBy}
              format={percent}
              categories={points.map((point) => `${point.windowDays} days`)}
              series={[
                { name: 'Got a gesture', values: points.map((point) => point.treated), tone: 'accent' },
                { name: 'Matched, no gesture', values: points.map((point) => point.controls), tone: 'muted', dashed: true },
              ]}
            />
            <Legend
              items={[
                { label: 'Got a gesture', tone: 'accent', mark: 'line' },
                { label: 'Similar customers with no gesture', tone: 'muted', mark: 'dashed' },
              ]}
            />
          </>
        ) : (
          <Empty>Too few gestures seen through 7 days yet to draw the curve.</Empty>
        )
      }
      numbers={
        <table className={`${styles.table} ${styles.compact}`}>
          <thead>
            <tr>
              <th scope="col">Within</th>
              <th scope="col" className={styles.num}>
                Got a gesture
              </th>
              <th scope="col" className={styles.num}>
                Matched, no gesture
              </th>
              <th scope="col" className={styles.num}>
                Gestures compared
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.windowDays}>
                <th scope="row">{point.windowDays} days</th>
                <td className={styles.num}>{point.treated === null ? 'too few' : formatPercent(point.treated, locale, 1)}</td>
                <td className={styles.num}>{point.controls === null ? 'too few' : formatPercent(point.controls, locale, 1)}</td>
                <td className={styles.num}>{formatNumber(point.matched, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

/** Month labels carry the year only when the months span more than one. */
function monthLabels(months: string[], locale: string): string[] {
  const years = new Set(months.map((month) => month.slice(0, 4)))
  return months.map((month) => formatMonth(month, locale, { year: years.size > 1 }))
}

function CostCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const { months } = overview.costVsReturn
  const short = (minor: number) => formatMoneyShort(minor, money)
  return (
    <ChartCard
      testId="chart-cost-return"
      title="What gestures cost, and the estimated return"
      reading={costReading(months, overview.goodwill.result, money)}
      chart={(labelledBy) =>
        months.length === 0 ? (
          <Empty>No gestures yet. What they cost and what came back will show here month by month.</Empty>
        ) : (
          <>
            <Bars
              labelledBy={labelledBy}
              format={short}
              missing="no estimate"
              categories={monthLabels(
                months.map((month) => month.month),
                money.locale,
              )}
              series={[
                { name: 'Cost of gestures', values: months.map((month) => month.costMinor), tone: 'accent' },
                { name: 'Estimated extra spend', values: months.map((month) => month.extraRevenueMinor), tone: 'vip', hatched: true },
              ]}
            />
            <Legend
              items={[
                { label: 'Cost of gestures', tone: 'accent', mark: 'bar' },
                { label: 'Estimated extra spend by recipients (below zero: less)', tone: 'vip', mark: 'hatched' },
              ]}
            />
          </>
        )
      }
      numbers={
        <table className={`${styles.table} ${styles.compact}`}>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className={styles.num}>
                Gestures
              </th>
              <th scope="col" className={styles.num}>
                Cost
              </th>
              <th scope="col" className={styles.num}>
                Estimated extra spend
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month, money.locale)}</th>
                <td className={styles.num}>{formatNumber(month.gestures, money.locale)}</td>
                <td className={styles.num}>{formatMoney(month.costMinor, money)}</td>
                <td className={styles.num}>{month.extraRevenueMinor === null ? 'no estimate yet' : formatMoney(month.extraRevenueMinor, money).replace('-', '−')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

type SliceBy = 'type' | 'reason'

function SlicesCard({ result }: { result: GoodwillResult }) {
  const { money } = useConsole()
  const locale = money.locale
  const [by, setBy] = useState<SliceBy>('type')
  const captionId = useId()
  const source: [string, GoodwillSlice | undefined][] =
    by === 'type'
      ? Object.entries(result.byType).map(([type, slice]) => [TYPE_WORDS[type as GestureType] ?? type, slice])
      : Object.entries(result.byReason).map(([reason, slice]) => [REASON_WORDS[reason as GestureReason] ?? reason, slice])
  const slices = source
    .filter((entry): entry is [string, GoodwillSlice] => entry[1] !== undefined)
    .map(([name, slice]) => ({ name, slice }))
    .sort((a, b) => b.slice.gestures - a.slice.gestures)
  return (
    <ChartCard
      testId="chart-by-type"
      title={`Which gestures bring people back, by ${by}`}
      reading={slicesReading(slices, locale, by)}
      actions={<Segments<SliceBy> legend="By" options={['type', 'reason']} value={by} onChange={setBy} label={(value) => (value === 'type' ? 'Type' : 'Reason')} />}
      chart={() =>
        slices.length === 0 ? (
          <Empty>No gestures in this period yet.</Empty>
        ) : (
          <table className={`${styles.table} ${styles.compact} ${insights.slices}`} aria-labelledby={captionId}>
            <caption id={captionId} className="visually-hidden">
              Came back within {result.windowDays} days, by {by}, against matched customers
            </caption>
            <thead>
              <tr>
                <th scope="col">{by === 'type' ? 'Type' : 'Reason'}</th>
                <th scope="col" className={styles.num}>
                  Gestures
                </th>
                <th scope="col" className={styles.num}>
                  Cost
                </th>
                <th scope="col" className={styles.num}>
                  Came back
                </th>
                <th scope="col">95% interval</th>
              </tr>
            </thead>
            <tbody>
              {slices.map(({ name, slice }) => {
                const words = liftWords(slice, locale)
                return (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td className={styles.num}>{formatNumber(slice.gestures, locale)}</td>
                    <td className={styles.num}>{formatMoney(slice.gestureValueMinor, money)}</td>
                    <td className={styles.num}>{words.lift}</td>
                    <td className={words.interval === 'too few to tell' ? styles.muted : undefined}>{words.interval}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )
      }
      foot={<p className={styles.note}>“Came back” is the difference in return rate against matched customers who got no gesture, in percentage points.</p>}
    />
  )
}

function CohortsCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { cohorts, reading } = overview.cohorts
  const span = Math.max(0, ...cohorts.map((cohort) => cohort.retained.length))
  const captionId = useId()
  return (
    <ChartCard
      testId="chart-cohorts"
      title="Who came back, by month of first visit"
      reading={reading}
      chart={() =>
        cohorts.length === 0 ? (
          <Empty>No customers yet. Each month’s new customers get a row here.</Empty>
        ) : (
          <div className={insights.heatWrap}>
            <table className={insights.heat} aria-labelledby={captionId}>
              <caption id={captionId} className={insights.heatCaption}>
                Share seen again 1, 2, 3… months after their first visit
              </caption>
              <thead>
                <tr>
                  <th scope="col">First visit</th>
                  <th scope="col" className={styles.num}>
                    New
                  </th>
                  {Array.from({ length: span }, (_, index) => (
                    <th key={index} scope="col" className={insights.later}>
                      +{index + 1}
                      <span className="visually-hidden"> {index === 0 ? 'month' : 'months'} later</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cohorts.map((cohort: CohortRow) => (
                  <tr key={cohort.month}>
                    <th scope="row">{formatMonth(cohort.month, locale)}</th>
                    <td className={styles.num}>{formatNumber(cohort.customers, locale)}</td>
                    {Array.from({ length: span }, (_, index) => {
                      const share = cohort.retained[index]
                      return share === undefined ? (
                        <td key={index} className={insights.notYet}>
                          <span className="visually-hidden">not yet</span>
                        </td>
                      ) : (
                        <td key={index} className={insights.cell} style={{ background: cohortShade(share) }}>
                          {formatPercent(share, locale)}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
      foot={<p className={styles.note}>Stronger shading: more of that month’s new customers came back. Each cell also says its share.</p>}
    />
  )
}

const BIN_WORDS: Record<string, string> = { '1': 'once', '2–3': '2–3 times', '4–7': '4–7 times', '8–15': '8–15 times', '16+': '16+ times' }

function FrequencyCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { bins, reading } = overview.frequency
  const total = bins.reduce((sum, bin) => sum + bin.customers, 0)
  return (
    <ChartCard
      testId="chart-frequency"
      title="How often customers came in the last 90 days"
      reading={reading}
      chart={(labelledBy) =>
        total === 0 ? (
          <Empty>No visits in the last 90 days. Orders rung for a customer count as visits.</Empty>
        ) : (
          <Bars
            labelledBy={labelledBy}
            format={(value) => formatNumber(value, locale)}
            categories={bins.map((bin) => bin.bin)}
            series={[{ name: 'Customers', values: bins.map((bin) => bin.customers), tone: 'accent' }]}
            xTitle="Visits in the last 90 days"
            yTitle="Customers"
          />
        )
      }
      numbers={
        <table className={`${styles.table} ${styles.compact}`}>
          <thead>
            <tr>
              <th scope="col">Came</th>
              <th scope="col" className={styles.num}>
                Customers
              </th>
              <th scope="col" className={styles.num}>
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.bin}>
                <th scope="row">{BIN_WORDS[bin.bin] ?? bin.bin}</th>
                <td className={styles.num}>{formatNumber(bin.customers, locale)}</td>
                <td className={styles.num}>{total ? formatPercent(bin.customers / total, locale) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

const TIERS: { tier: Tier; tone: StackLayer['tone'] }[] = [
  { tier: 'new', tone: 'sunken' },
  { tier: 'occasional', tone: 'warn' },
  { tier: 'regular', tone: 'accent' },
  { tier: 'vip', tone: 'vip' },
]

function TierMixCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { months, reading } = overview.tierMix
  const total = months.reduce((sum, month) => sum + Object.values(month.tiers).reduce((a, b) => a + b, 0), 0)
  const labels = monthLabels(
    months.map((month) => month.month),
    locale,
  )
  return (
    <ChartCard
      testId="chart-tier-mix"
      title="Customers by tier, month by month"
      reading={reading}
      chart={(labelledBy) =>
        total === 0 ? (
          <Empty>No visits yet to sort customers into tiers.</Empty>
        ) : (
          <>
            <StackedBars
              labelledBy={labelledBy}
              format={(value) => formatNumber(value, locale)}
              categories={labels}
              layers={TIERS.map(({ tier, tone }) => ({ name: TIER_WORDS[tier], tone, values: months.map((month) => month.tiers[tier]) }))}
              yTitle="Customers seen in the 90 days to each month’s end"
            />
            {/* Listed top to bottom, as the bars stack. */}
            <Legend items={[...TIERS].reverse().map(({ tier, tone }) => ({ label: TIER_WORDS[tier], tone, mark: 'bar' as const }))} />
          </>
        )
      }
      numbers={
        <table className={`${styles.table} ${styles.compact}`}>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {TIERS.map(({ tier }) => (
                <th key={tier} scope="col" className={styles.num}>
                  {TIER_WORDS[tier]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month, locale)}</th>
                {TIERS.map(({ tier }) => (
                  <td key={tier} className={styles.num}>
                    {formatNumber(month.tiers[tier], locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

/** Recovery: did customers with a problem come back more when they got a recovery gesture? */
function RecoveryCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { result, reading } = overview.recovery
  const percent = (share: number) => formatPercent(share, locale)
  return (
    <ChartCard
      testId="chart-recovery"
      title="Recovery: back within 30 days after a problem"
      reading={reading}
      chart={(labelledBy) =>
        result.treatedReturnRate === null || result.controlReturnRate === null ? (
          <Empty>No problem reports with a recovery gesture and a matched one without yet. Problems customers send from a coupon or receipt count here.</Empty>
        ) : (
          <>
            <RateBars labelledBy={labelledBy} format={percent} rows={returnRows(result, 'Got a recovery gesture', 'No recovery gesture')} />
            <Legend
              items={[
                { label: 'Problem answered with a recovery gesture', tone: 'accent', mark: 'bar' },
                { label: 'Similar problem, no gesture', tone: 'muted', mark: 'bar' },
                { label: '95% interval', tone: 'accent', mark: 'interval' },
              ]}
            />
          </>
        )
      }
      foot={
        <p className={styles.note}>
          Problems reported from {formatCalendarDay(result.from, locale)} to {formatCalendarDay(result.to, locale)}: {formatCount(result.matched, 'problem', 'problems', locale)} with a recovery gesture
          within 2 days compared with {formatCount(result.controls, 'problem', 'problems', locale)} without one, at the same location, tier and recency.
        </p>
      }
      numbers={
        <table className={`${styles.table} ${styles.compact}`}>
          <NumbersHead first={['Group']} columns={['Came back', 'Problems']} />
          <tbody>
            <tr>
              <th scope="row">Got a recovery gesture</th>
              <td className={styles.num}>{result.treatedReturnRate === null ? '–' : formatPercent(result.treatedReturnRate, locale, 1)}</td>
              <td className={styles.num}>{formatNumber(result.matched, locale)}</td>
            </tr>
            <tr>
              <th scope="row">No recovery gesture</th>
              <td className={styles.num}>{result.controlReturnRate === null ? '–' : formatPercent(result.controlReturnRate, locale, 1)}</td>
              <td className={styles.num}>{formatNumber(result.controls, locale)}</td>
            </tr>
          </tbody>
        </table>
      }
    />
  )
}

const hours = (value: number, locale: string) => `${formatNumber(value, locale, value < 10 ? 1 : 0)} h`

/** Reply times by location: the typical wait and the slow tail (shown from 10 replies on). */
function ReplyTimesCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { locations, reading, days } = overview.replyTimes
  const replied = locations.filter((location) => location.replied > 0)
  return (
    <ChartCard
      testId="chart-reply-times"
      title={`Reply times, last ${days} days`}
      reading={reading}
      chart={(labelledBy) =>
        replied.length === 0 ? (
          <Empty>No replies yet. Answer feedback from the Feedback page; the time to the first reply shows here.</Empty>
        ) : (
          <>
            <Bars
              labelledBy={labelledBy}
              format={(value) => hours(value, locale)}
              missing="too few"
              categories={replied.map((location) => location.locationName)}
              series={[
                { name: 'Half replied within', values: replied.map((location) => location.medianHours), tone: 'accent' },
                { name: '9 in 10 replied within', values: replied.map((location) => (location.replied >= 10 ? location.p90Hours : null)), tone: 'vip', hatched: true },
              ]}
              yTitle="Hours from feedback to first reply"
            />
            <Legend
              items={[
                { label: 'Half replied within (median)', tone: 'accent', mark: 'bar' },
                { label: '9 in 10 replied within (90th percentile; from 10 replies)', tone: 'vip', mark: 'hatched' },
              ]}
            />
          </>
        )
      }
      numbers={
        <table className={`${styles.table} ${styles.compact}`}>
          <NumbersHead first={['Location']} columns={['Replied', 'Waiting', 'Half within', '9 in 10 within']} />
          <tbody>
            {locations.map((location) => (
              <tr key={location.locationId}>
                <th scope="row">{location.locationName}</th>
                <td className={styles.num}>{formatNumber(location.replied, locale)}</td>
                <td className={styles.num}>{formatNumber(location.waiting, locale)}</td>
                <td className={styles.num}>{location.medianHours === null ? '–' : hours(location.medianHours, locale)}</td>
                <td className={styles.num}>{location.p90Hours === null || location.replied < 10 ? 'too few' : hours(location.p90Hours, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

const kudosLayers = (rows: { fromCustomers: number; fromManagers: number }[]): StackLayer[] => [
  { name: 'From customers', tone: 'accent', values: rows.map((row) => row.fromCustomers) },
  { name: 'From managers and owners', tone: 'vip', values: rows.map((row) => row.fromManagers) },
]
/** Listed top to bottom, as the bars stack. */
const KudosLegend = () => (
  <Legend
    items={[
      { label: 'From managers and owners', tone: 'vip', mark: 'bar' },
      { label: 'From customers', tone: 'accent', mark: 'bar' },
    ]}
  />
)

function KudosTable({ rows, first, locale }: { rows: { key: string; name: string; place?: string; fromCustomers: number; fromManagers: number; total: number }[]; first: string; locale: string }) {
  return (
    <table className={`${styles.table} ${styles.compact}`}>
      <NumbersHead first={rows.some((row) => row.place) ? [first, 'Location'] : [first]} columns={['From customers', 'From managers', 'All']} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            {row.place && <td>{row.place}</td>}
            <td className={styles.num}>{formatNumber(row.fromCustomers, locale)}</td>
            <td className={styles.num}>{formatNumber(row.fromManagers, locale)}</td>
            <td className={styles.num}>{formatNumber(row.total, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function KudosPeopleCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { people, readings, days } = overview.kudos
  const shown = people.slice(0, 10)
  return (
    <ChartCard
      testId="chart-kudos-people"
      title={`Kudos per person, last ${days} days`}
      reading={readings.people}
      chart={(labelledBy) =>
        shown.length === 0 ? (
          <Empty>No kudos yet. Praise that names someone counts, and so does kudos from the Feedback page.</Empty>
        ) : (
          <>
            <StackedBars labelledBy={labelledBy} format={(value) => formatNumber(value, locale)} categories={shown.map((person) => person.staffName)} layers={kudosLayers(shown)} yTitle="Kudos" />
            <KudosLegend />
          </>
        )
      }
      numbers={
        <KudosTable
          first="Person"
          locale={locale}
          rows={people.map((person) => ({ key: person.staffId, name: person.staffName, place: person.locationName, fromCustomers: person.fromCustomers, fromManagers: person.fromManagers, total: person.total }))}
        />
      }
    />
  )
}

function KudosLocationsCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { locations, readings, days } = overview.kudos
  return (
    <ChartCard
      testId="chart-kudos-locations"
      title={`Kudos per location, last ${days} days`}
      reading={readings.locations}
      chart={(labelledBy) =>
        locations.length === 0 ? (
          <Empty>No kudos at any location yet.</Empty>
        ) : (
          <>
            <StackedBars
              labelledBy={labelledBy}
              format={(value) => formatNumber(value, locale)}
              categories={locations.map((location) => location.locationName)}
              layers={kudosLayers(locations)}
              yTitle="Kudos"
            />
            <KudosLegend />
          </>
        )
      }
      numbers={
        <KudosTable
          first="Location"
          locale={locale}
          rows={locations.map((location) => ({ key: location.locationId, name: location.locationName, fromCustomers: location.fromCustomers, fromManagers: location.fromManagers, total: location.total }))}
        />
      }
    />
  )
}

/** A glimpse of the Regulars page: the people most worth a welcome back. */
function LapsingCard() {
  const { locationId, owner, money } = useConsole()
  const lapsing = useLapsing(locationId)
  const titleId = useId()
  const regulars = lapsing.data?.regulars ?? []
  const search = owner && locationId ? `?location=${encodeURIComponent(locationId)}` : ''
  return (
    <section className={styles.card} aria-labelledby={titleId} data-testid="lapsing-teaser">
      <div className={styles.cardHead}>
        <h2 id={titleId} className={styles.cardTitle}>
          Lapsing regulars{lapsing.data ? ` (${regulars.length})` : ''}
        </h2>
        <Link to={{ pathname: '/console/regulars', search }} className={styles.button}>
          See them all
          <ArrowRight size={18} aria-hidden="true" />
        </Link>
      </div>
      {lapsing.isError ? (
        <ErrorMessage error={lapsing.error} />
      ) : !lapsing.data ? (
        <div className={insights.placeholder} aria-busy="true" />
      ) : regulars.length === 0 ? (
        <Empty>No regulars are slipping away right now.</Empty>
      ) : (
        <>
          <p className={styles.reading}>Regulars the visit model says are slipping away. A welcome back at the counter is the first step; their card will show it.</p>
          <ul className={insights.teaser}>
            {regulars.slice(0, 5).map((regular) => (
              <li key={regular.customerId}>
                <strong>{regular.displayName}</strong>
                <span>{usualWords(regular.usual) ? `usual ${usualWords(regular.usual)}` : 'no usual yet'}</span>
                <span className={styles.nowrap}>last visit {formatRelativeDays(-regular.daysSinceLastVisit, money.locale)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
