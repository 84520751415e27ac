import { useId, type ReactNode } from 'react'
import styles from '../console.module.css'

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

/** One insight: a title, its one-line reading, the chart (or what stands in for it) and its numbers folded away. */
export function ChartCard({ testId, title, reading, actions, chart, numbers, foot }: ChartCardProps) {
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

/** What a card shows instead of a chart when there is nothing to draw yet: what will show, and when. */
export const ChartEmpty = ({ children }: { children: ReactNode }) => <p className={styles.empty}>{children}</p>
