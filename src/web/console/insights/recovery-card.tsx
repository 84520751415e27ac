import type { InsightsOverview } from './insights.wire.js'
import { formatCalendarDay, formatCount, formatNumber, formatPercent } from '../../format.js'
import { RateBars } from './charts.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import { ChartCard } from '../ui/chart-card.js'
import { returnNumbers, returnRows } from './goodwill-card.js'

/** Recovery: did customers with a problem come back more when they got a recovery gesture? */
export function RecoveryCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { result, reading } = overview.recovery
  const percent = (share: number) => formatPercent(share, locale)
  return (
    <ChartCard
      testId="chart-recovery"
      title="Recovery: back within 30 days after a problem"
      reading={reading}
      empty={
        (result.treatedReturnRate === null || result.controlReturnRate === null) &&
        'No problem reports with a recovery gesture and a matched one without yet. Problems customers send from a coupon or receipt count here.'
      }
      chart={(labelledBy) => <RateBars labelledBy={labelledBy} format={percent} rows={returnRows(result, 'Got a recovery gesture', 'No recovery gesture')} />}
      legend={[
        { label: 'Problem answered with a recovery gesture', tone: 'accent', mark: 'bar' },
        { label: 'Similar problem, no gesture', tone: 'muted', mark: 'bar' },
        { label: '95% interval', tone: 'accent', mark: 'interval' },
      ]}
      foot={
        <p className={styles.note}>
          Problems reported from {formatCalendarDay(result.from, locale)} to {formatCalendarDay(result.to, locale)}: {formatCount(result.matched, 'problem', 'problems', locale)} with a recovery gesture
          within 2 days compared with {formatCount(result.controls, 'problem', 'problems', locale)} without one, at the same location, tier and recency.
        </p>
      }
      numbers={returnNumbers(result, locale, { treated: 'Got a recovery gesture', controls: 'No recovery gesture', counted: 'Problems', count: (value) => formatNumber(value, locale) })}
    />
  )
}
