import { useId, type ReactNode } from 'react'
import styles from '../console.module.css'

export interface Column<T> {
  head: string
  cell(row: T): ReactNode
  /** Figures (money, counts, shares): right-aligned, heading included. */
  numeric?: boolean
  /** The cell names its row (a `th scope="row"`). */
  rowHead?: boolean
  className?: string | ((row: T) => string | undefined)
}

interface TableProps<T> {
  columns: Column<T>[]
  rows: readonly T[]
  rowKey(row: T): string | number
  /** The id of a heading that names the table, instead of a caption. */
  labelledBy?: string
  /** Read out to screen readers; shown only when it has a class of its own. */
  caption?: string
  captionClassName?: string
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode
  /** Tighter rows for the numbers under a chart. */
  compact?: boolean
  /** Scrolls sideways inside its card when narrower than the table. */
  scroll?: boolean
  busy?: boolean
  className?: string
  rowClassName?(row: T): string | undefined
  /** The row for where the person is now (their location), marked for screen readers too. */
  isCurrent?(row: T): boolean
}

/** The console's one table: a head row, one row per item, numbers right-aligned, and words when there is nothing to list. */
export function Table<T>({ columns, rows, rowKey, labelledBy, caption, captionClassName, empty, compact = false, scroll = false, busy, className, rowClassName, isCurrent }: TableProps<T>) {
  const captionId = useId()
  if (rows.length === 0 && empty !== undefined) return <p className={styles.empty}>{empty}</p>
  const classes = [styles.table, compact && styles.compact, className].filter(Boolean).join(' ')
  const table = (
    <table className={classes} aria-labelledby={labelledBy ?? (caption ? captionId : undefined)} aria-busy={busy}>
      {caption && (
        <caption id={captionId} className={captionClassName ?? 'visually-hidden'}>
          {caption}
        </caption>
      )}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.head} scope="col" className={column.numeric ? styles.num : undefined}>
              {column.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)} aria-current={isCurrent?.(row) ? 'true' : undefined}>
            {columns.map((column) => {
              const own = typeof column.className === 'function' ? column.className(row) : column.className
              const className = [column.numeric && styles.num, own].filter(Boolean).join(' ') || undefined
              return column.rowHead ? (
                <th key={column.head} scope="row" className={className}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.head} className={className}>
                  {column.cell(row)}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
  return scroll ? <div className={styles.tableWrap}>{table}</div> : table
}
