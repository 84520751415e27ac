import { useId, type ReactNode } from 'react'
import styles from '../console.module.css'
import { Table, type TableProps } from './table.js'
import { Legend, type LegendItem } from '../insights/legend.js'

/** The numbers behind a chart: its rows and columns, drawn as a compact Table. */
export type ChartNumbers<T> = Pick<TableProps<T>, 'rows' | 'rowKey' | 'columns'>

interface ChartCardProps<T> {
  testId: string
  title: string
  reading: string
  actions?: ReactNode
  /** Words shown instead of the chart and its legend while there is nothing to draw: what will show, and when. */
  empty?: ReactNode
  /** The chart, given the ids that name it (title and reading). */
  chart: (labelledBy: string) => ReactNode
  /** What each mark in the chart stands for, drawn under it. */
  legend?: LegendItem[]
  /** The same numbers as a table, folded away under the chart. */
  numbers?: ChartNumbers<T>
  foot?: ReactNode
}

/** One insight: a title, its one-line reading, the chart (or what stands in for it) and its numbers folded away. */
export function ChartCard<T>({ testId, title, reading, actions, empty, chart, legend, numbers, foot }: ChartCardProps<T>) {
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
      {empty ? (
        <ChartEmpty>{empty}</ChartEmpty>
      ) : (
        <>
          {chart(`${titleId} ${readingId}`)}
          {legend && <Legend items={legend} />}
        </>
      )}
      {foot}
      {numbers && (
        <details className={styles.numbers}>
          <summary>The numbers</summary>
          <Table compact {...numbers} />
        </details>
      )}
    </section>
  )
}

/** What a card shows instead of a chart when there is nothing to draw yet: what will show, and when. */
export const ChartEmpty = ({ children }: { children: ReactNode }) => <p className={styles.empty}>{children}</p>
