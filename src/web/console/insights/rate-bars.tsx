import { linear } from './chart-scale.js'
import styles from './charts.module.css'
import { Frame, type Tone, fill, useWidth } from './chart-frame.js'

export interface RateRow {
  label: string
  value: number
  tone: Tone
  /** A 95% interval drawn as a whisker on this bar. */
  interval?: [number, number] | null
}

/** Horizontal bars of rates on a 0–100% axis, each named at its left and valued at its right. */
export function RateBars({ rows, labelledBy, format }: { rows: RateRow[]; labelledBy: string; format: (share: number) => string }) {
  const [box, width] = useWidth()
  // Row labels are 16 px semibold, wider than axis text.
  const labelWidth = Math.max(...rows.map((row) => row.label.length * 9.5)) + 16
  const top = 8
  const rowHeight = 48
  const bar = 28
  const axis = 28
  const height = top + rows.length * rowHeight + axis
  const x = linear([0, 1], [labelWidth, width - 64])
  const ticks = [0, 0.25, 0.5, 0.75, 1]
  return (
    <Frame box={box} width={width} height={height} labelledBy={labelledBy}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className={styles.grid} x1={x(tick)} x2={x(tick)} y1={top} y2={height - axis} />
          <text x={x(tick)} y={height - 8} textAnchor="middle">
            {format(tick)}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = top + index * rowHeight + (rowHeight - bar) / 2
        const middle = y + bar / 2
        const [low, high] = row.interval ? row.interval.map((value) => Math.min(1, Math.max(0, value))) as [number, number] : [row.value, row.value]
        return (
          <g key={row.label}>
            <text x={labelWidth - 12} y={middle} dominantBaseline="central" textAnchor="end" className={styles.label}>
              {row.label}
            </text>
            <rect x={x(0)} y={y} width={Math.max(1, x(row.value) - x(0))} height={bar} rx="3" fill={fill(row.tone)} />
            {row.interval && (
              <g className={styles.whisker}>
                <line x1={x(low)} x2={x(high)} y1={middle} y2={middle} />
                <line x1={x(low)} x2={x(low)} y1={middle - 9} y2={middle + 9} />
                <line x1={x(high)} x2={x(high)} y1={middle - 9} y2={middle + 9} />
              </g>
            )}
            <text x={Math.max(x(row.value), x(high)) + 8} y={middle} dominantBaseline="central" className={styles.value}>
              {format(row.value)}
            </text>
          </g>
        )
      })}
      <line className={styles.baseline} x1={x(0)} x2={x(0)} y1={top} y2={height - axis} />
    </Frame>
  )
}
