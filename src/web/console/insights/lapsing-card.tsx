import { ArrowRight } from 'lucide-react'
import { useId } from 'react'
import { Link } from 'react-router-dom'
import { useLapsing } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { formatRelativeDays } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import insights from './insights.module.css'
import { usualWords } from '../words.js'
import { ChartEmpty } from '../ui/chart-card.js'

/** A glimpse of the Regulars page: the people most worth a welcome back. */
export function LapsingCard() {
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
        <ChartEmpty>No regulars are slipping away right now.</ChartEmpty>
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
