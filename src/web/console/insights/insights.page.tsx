import { useInsightsOverview } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { formatCalendarDay } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import insights from './insights.module.css'
import { CohortsCard } from './cohorts-card.js'
import { CostCard } from './cost-card.js'
import { FrequencyCard } from './frequency-card.js'
import { GoodwillCard } from './goodwill-card.js'
import { KudosLocationsCard, KudosPeopleCard } from './kudos-cards.js'
import { LapsingCard } from './lapsing-card.js'
import { RecoveryCard } from './recovery-card.js'
import { ReplyTimesCard } from './reply-times-card.js'
import { ReturnCurveCard } from './return-curve-card.js'
import { SlicesCard } from './slices-card.js'
import { TierMixCard } from './tier-mix-card.js'
import { PageHead } from '../ui/page-head.js'

/** /console/insights: each insight is a chart and one sentence that says how sure it is. */
export function InsightsPage() {
  const { locationId, scopeName, money } = useConsole()
  const overview = useInsightsOverview(locationId)
  return (
    <>
      <PageHead title="Insights" scope={`${scopeName}${overview.data ? ` · visits up to ${formatCalendarDay(overview.data.lastDay, money.locale)}` : ''}`} />
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
