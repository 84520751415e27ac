import type { InsightsOverview } from './insights.wire.js'
import { formatNumber, formatPercent } from '../../format.js'
import { Bars } from './charts.js'
import { useConsole } from '../console-context.js'
import { ChartCard } from '../ui/chart-card.js'

const BIN_WORDS: Record<string, string> = { '1': 'once', '2–3': '2–3 times', '4–7': '4–7 times', '8–15': '8–15 times', '16+': '16+ times' }

export function FrequencyCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { bins, reading } = overview.frequency
  const total = bins.reduce((sum, bin) => sum + bin.customers, 0)
  return (
    <ChartCard
      testId="chart-frequency"
      title="How often customers came in the last 90 days"
      reading={reading}
      empty={total === 0 && 'No visits in the last 90 days. Orders rung for a customer count as visits.'}
      chart={(labelledBy) => (
        <Bars
          labelledBy={labelledBy}
          format={(value) => formatNumber(value, locale)}
          categories={bins.map((bin) => bin.bin)}
          series={[{ name: 'Customers', values: bins.map((bin) => bin.customers), tone: 'accent' }]}
          xTitle="Visits in the last 90 days"
          yTitle="Customers"
        />
      )}
      numbers={{
        rows: bins,
        rowKey: (bin) => bin.bin,
        columns: [
          { head: 'Came', rowHead: true, cell: (bin) => BIN_WORDS[bin.bin] ?? bin.bin },
          { head: 'Customers', numeric: true, cell: (bin) => formatNumber(bin.customers, locale) },
          { head: 'Share', numeric: true, cell: (bin) => (total ? formatPercent(bin.customers / total, locale) : '–') },
        ],
      }}
    />
  )
}
