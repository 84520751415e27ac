import { Fragment, useId, type ReactNode } from 'react'
import styles from '../console.module.css'

export interface Column<T> {
  head: string
  cell(row: T): ReactNode
  /** Figures (money, counts, shares): right-aligned, heading included. A function says it row by row, for a row of words among figures. */
  numeric?: boolean | ((row: T) => boolean)
  /** A tick box or a mark: centred, heading included. */
  centered?: boolean
  /** The cell names its row (a `th scope="row"`). */
  rowHead?: boolean
  className?: string | ((row: T) => string | undefined)
}

/** A total under the rows: its words span the columns up to the first one given a figure. */
export interface TableFoot {
  label: ReactNode
  /** Figures by column head. */
  cells: Record<string, ReactNode>
}

/** Rows listed apart under a heading of their own, after the others (archived items). */
export interface RowGroup<T> {
  title: string
  rows: readonly T[]
}

export interface TableProps<T> {
  columns: Column<T>[]
  rows: readonly T[]
  rowKey(row: T, index: number): string | number
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
  /** What a row shows across every column instead of its cells, such as the form that changes it. */
  wideRow?(row: T): ReactNode
  groups?: readonly RowGroup<T>[]
  foot?: TableFoot
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined

/** The console's one table: a head row, one row per item, numbers right-aligned, and words when there is nothing to list. */
export function Table<T>({ columns, rows, rowKey, labelledBy, caption, captionClassName, empty, compact = false, scroll = false, busy, className, rowClassName, isCurrent, wideRow, groups = [], foot }: TableProps<T>) {
  const captionId = useId()
  if (rows.length === 0 && groups.every((group) => group.rows.length === 0) && empty !== undefined) return <p className={styles.empty}>{empty}</p>
  const line = (row: T, index: number) => {
    const wide = wideRow?.(row)
    return (
      <tr key={rowKey(row, index)} className={wide ? undefined : rowClassName?.(row)} aria-current={isCurrent?.(row) ? 'true' : undefined}>
        {wide ? <td colSpan={columns.length}>{wide}</td> : columns.map((column) => <Cell key={column.head} column={column} row={row} />)}
      </tr>
    )
  }
  const table = (
    <table className={classes(styles.table, compact && styles.compact, className)} aria-labelledby={labelledBy ?? (caption ? captionId : undefined)} aria-busy={busy}>
      {caption && (
        <caption id={captionId} className={captionClassName ?? 'visually-hidden'}>
          {caption}
        </caption>
      )}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.head} scope="col" className={classes(column.numeric && styles.num, column.centered && styles.center)}>
              {column.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(line)}
        {groups.map(
          (group) =>
            group.rows.length > 0 && (
              <Fragment key={group.title}>
                <tr>
                  <th scope="rowgroup" colSpan={columns.length} className={styles.groupHead}>
                    {group.title}
                  </th>
                </tr>
                {group.rows.map(line)}
              </Fragment>
            ),
        )}
      </tbody>
      {foot && <Foot columns={columns} foot={foot} />}
    </table>
  )
  return scroll ? <div className={styles.tableWrap}>{table}</div> : table
}

function Cell<T>({ column, row }: { column: Column<T>; row: T }) {
  const numeric = typeof column.numeric === 'function' ? column.numeric(row) : column.numeric
  const own = typeof column.className === 'function' ? column.className(row) : column.className
  const className = classes(numeric && styles.num, column.centered && styles.center, own)
  return column.rowHead ? (
    <th scope="row" className={className}>
      {column.cell(row)}
    </th>
  ) : (
    <td className={className}>{column.cell(row)}</td>
  )
}

function Foot<T>({ columns, foot }: { columns: Column<T>[]; foot: TableFoot }) {
  const given = columns.map((column) => column.head in foot.cells)
  const first = given.indexOf(true)
  const span = first === -1 ? columns.length : first
  const last = given.lastIndexOf(true)
  const after = columns.length - 1 - last
  return (
    <tfoot>
      <tr>
        <th scope="row" colSpan={span}>
          {foot.label}
        </th>
        {first !== -1 &&
          columns.slice(first, last + 1).map((column) => (
            <td key={column.head} className={column.numeric ? styles.num : undefined}>
              {foot.cells[column.head]}
            </td>
          ))}
        {first !== -1 && after > 0 && <td colSpan={after} />}
      </tr>
    </tfoot>
  )
}
