import type { Tier } from '../../api/wire.js'
import type { InsightsOverview } from './insights.wire.js'
import { TIER_WORDS } from '../../ui/tier-badge.js'
import { formatMonth, formatNumber } from '../../format.js'
import { StackedBars, type StackLayer } from './charts.js'
import { useConsole } from '../console-context.js'
import { ChartCard } from '../ui/chart-card.js'
import { monthLabels } from './month-labels.js'

const TIERS: { tier: Tier; tone: StackLayer['tone'] }[] = [
  { tier: 'new', tone: 'sunken' },
  { tier: 'occasional', tone: 'warn' },
  { tier: 'regular', tone: 'accent' },
  { tier: 'vip', tone: 'vip' },
]

export function TierMixCard({ overview }: { overview: InsightsOverview }) {
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
      empty={total === 0 && 'No visits yet to sort customers into tiers.'}
      chart={(labelledBy) => (
        <StackedBars
          labelledBy={labelledBy}
          format={(value) => formatNumber(value, locale)}
          categories={labels}
          layers={TIERS.map(({ tier, tone }) => ({ name: TIER_WORDS[tier], tone, values: months.map((month) => month.tiers[tier]) }))}
          yTitle="Customers seen in the 90 days to each month’s end"
        />
      )}
      // Listed top to bottom, as the bars stack.
      legend={[...TIERS].reverse().map(({ tier, tone }) => ({ label: TIER_WORDS[tier], tone, mark: 'bar' as const }))}
      numbers={{
        rows: months,
        rowKey: (month) => month.month,
        columns: [
          { head: 'Month', rowHead: true, cell: (month) => formatMonth(month.month, locale) },
          ...TIERS.map(({ tier }) => ({ head: TIER_WORDS[tier], numeric: true, cell: (month: (typeof months)[number]) => formatNumber(month.tiers[tier], locale) })),
        ],
      }}
    />
  )
}
