import type { InsightsOverview } from './insights.wire.js'
import { formatNumber, formatPercent } from '../../format.js'
import { PointLines } from './charts.js'
import { useConsole } from '../console-context.js'
import { ChartCard } from '../ui/chart-card.js'

export function ReturnCurveCard({ overview }: { overview: InsightsOverview }) {
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
      empty={!drawable && 'Too few gestures seen through 7 days yet to draw the curve.'}
      chart={(labelledBy) => (
        <PointLines
          labelledBy={labelledBy}
          format={percent}
          categories={points.map((point) => `${point.windowDays} days`)}
          series={[
            { name: 'Got a gesture', values: points.map((point) => point.treated), tone: 'accent' },
            { name: 'Matched, no gesture', values: points.map((point) => point.controls), tone: 'muted', dashed: true },
          ]}
        />
      )}
      legend={[
        { label: 'Got a gesture', tone: 'accent', mark: 'line' },
        { label: 'Similar customers with no gesture', tone: 'muted', mark: 'dashed' },
      ]}
      numbers={{
        rows: points,
        rowKey: (point) => point.windowDays,
        columns: [
          { head: 'Within', rowHead: true, cell: (point) => `${point.windowDays} days` },
          { head: 'Got a gesture', numeric: true, cell: (point) => (point.treated === null ? 'too few' : formatPercent(point.treated, locale, 1)) },
          { head: 'Matched, no gesture', numeric: true, cell: (point) => (point.controls === null ? 'too few' : formatPercent(point.controls, locale, 1)) },
          { head: 'Gestures compared', numeric: true, cell: (point) => formatNumber(point.matched, locale) },
        ],
      }}
    />
  )
}
