import type { InsightsOverview } from './insights.wire.js'
import { formatMoney, formatMoneyShort, formatMonth, formatNumber } from '../../format.js'
import { Bars } from './charts.js'
import { useConsole } from '../console-context.js'
import { costReading } from '../words.js'
import { ChartCard } from '../ui/chart-card.js'
import { monthLabels } from './month-labels.js'

export function CostCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const { months } = overview.costVsReturn
  const short = (minor: number) => formatMoneyShort(minor, money)
  return (
    <ChartCard
      testId="chart-cost-return"
      title="What gestures cost, and the estimated return"
      reading={costReading(months, overview.goodwill.result, money)}
      empty={months.length === 0 && 'No gestures yet. What they cost and what came back will show here month by month.'}
      chart={(labelledBy) => (
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
      )}
      legend={[
        { label: 'Cost of gestures', tone: 'accent', mark: 'bar' },
        { label: 'Estimated extra spend by recipients (below zero: less)', tone: 'vip', mark: 'hatched' },
      ]}
      numbers={{
        rows: months,
        rowKey: (month) => month.month,
        columns: [
          { head: 'Month', rowHead: true, cell: (month) => formatMonth(month.month, money.locale) },
          { head: 'Gestures', numeric: true, cell: (month) => formatNumber(month.gestures, money.locale) },
          { head: 'Cost', numeric: true, cell: (month) => formatMoney(month.costMinor, money) },
          { head: 'Estimated extra spend', numeric: true, cell: (month) => (month.extraRevenueMinor === null ? 'no estimate yet' : formatMoney(month.extraRevenueMinor, money).replace('-', '−')) },
        ],
      }}
    />
  )
}
