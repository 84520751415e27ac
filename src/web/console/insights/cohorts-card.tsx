import { useId } from 'react'
import type { CohortRow, InsightsOverview } from './insights.wire.js'
import { formatMonth, formatNumber, formatPercent } from '../../format.js'
import { cohortShade } from './chart-scale.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import insights from './insights.module.css'
import { ChartCard } from '../ui/chart-card.js'

export function CohortsCard({ overview }: { overview: InsightsOverview }) {
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
      empty={cohorts.length === 0 && 'No customers yet. Each month’s new customers get a row here.'}
      chart={() => (
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
      )}
      foot={<p className={styles.note}>Stronger shading: more of that month’s new customers came back. Each cell also says its share.</p>}
    />
  )
}
