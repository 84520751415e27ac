import { useId, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react'
import { linear, niceTicks, svgId } from './chart-scale.js'
import styles from './charts.module.css'

/**
 * Small SVG charts for the console. Text is real SVG text in the page (readable, zoomable, found by
 * tests), every series is named by a label or a legend as well as its colour, and each chart sits
 * above a table of the same numbers.
 */

export type Tone = 'accent' | 'muted' | 'warn' | 'vip' | 'border' | 'sunken'

const fill = (tone: Tone) => `var(--color-${tone === 'muted' ? 'text-muted' : tone})`

/** Follows the width of the chart's box, so text stays at its real size instead of scaling with a viewBox. */
function useWidth(fallback = 560) {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const next = Math.floor(element.getBoundingClientRect().width)
      if (next > 0) setWidth(Math.max(260, next))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

/** Roughly how wide a 14 px label is, to leave room for axis text. */
const textWidth = (text: string) => text.length * 8

function Frame({ width, height, labelledBy, children, box }: { width: number; height: number; labelledBy: string; children: ReactNode; box: Ref<HTMLDivElement> }) {
  return (
    <div ref={box} className={styles.box}>
      <svg className={styles.svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={labelledBy}>
        {children}
      </svg>
    </div>
  )
}

export interface LegendItem {
  label: string
  tone: Tone
  /** How the series looks besides its colour. */
  mark: 'bar' | 'hatched' | 'line' | 'dashed' | 'interval'
}

/** A legend in HTML: each entry draws its mark (solid, hatched, dashed) so colour is never the only cue. */
export function Legend({ items }: { items: LegendItem[] }) {
  const id = svgId(useId(), 'legend')
  return (
    <ul className={styles.legend} aria-label="Legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="14" aria-hidden="true" className={styles.swatch}>
            <defs>
              <Hatch id={`${id}-${item.tone}`} tone={item.tone} />
            </defs>
            {item.mark === 'bar' && (
              <rect x="2" y="1" width="24" height="12" rx="2" fill={fill(item.tone)} stroke={item.tone === 'sunken' ? 'var(--color-border)' : undefined} />
            )}
            {item.mark === 'hatched' && <rect x="2" y="1" width="24" height="12" rx="2" fill={`url(#${id}-${item.tone})`} stroke={fill(item.tone)} strokeWidth="1.5" />}
            {item.mark === 'line' && (
              <>
                <line x1="2" x2="26" y1="7" y2="7" stroke={fill(item.tone)} strokeWidth="3" />
                <circle cx="14" cy="7" r="4" fill={fill(item.tone)} />
              </>
            )}
            {item.mark === 'dashed' && (
              <>
                <line x1="2" x2="26" y1="7" y2="7" stroke={fill(item.tone)} strokeWidth="3" strokeDasharray="5 3" />
                <rect x="10" y="3" width="8" height="8" fill={fill(item.tone)} />
              </>
            )}
            {item.mark === 'interval' && (
              <g stroke="var(--color-text)" strokeWidth="2">
                <line x1="4" x2="24" y1="7" y2="7" />
                <line x1="4" x2="4" y1="1" y2="13" />
                <line x1="24" x2="24" y1="1" y2="13" />
              </g>
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}

/** The value axis: a grid line and label per tick (the zero line darker), and the axis title above when given. */
function ValueAxis({ ticks, y, from, to, format, title }: { ticks: number[]; y: (value: number) => number; from: number; to: number; format: (value: number) => string; title?: string }) {
  return (
    <>
      {title && (
        <text x={4} y={12} className={styles.axisTitle}>
          {title}
        </text>
      )}
      {ticks.map((tick) => (
        <g key={tick}>
          <line className={tick === 0 ? styles.baseline : styles.grid} x1={from} x2={to} y1={y(tick)} y2={y(tick)} />
          <text x={from - 8} y={y(tick)} dominantBaseline="central" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
    </>
  )
}

function Hatch({ id, tone }: { id: string; tone: Tone }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="var(--color-surface)" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={fill(tone)} strokeWidth="3" />
    </pattern>
  )
}

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

export interface LineSeries {
  name: string
  values: (number | null)[]
  tone: Tone
  dashed?: boolean
}

/** Rates at a few points (7, 30, 90 days), one line per series, each point labelled with its value. */
export function PointLines({ categories, series, labelledBy, format }: { categories: string[]; series: LineSeries[]; labelledBy: string; format: (share: number) => string }) {
  const [box, width] = useWidth()
  const left = 52
  const right = 24
  const top = 24
  const bottom = 32
  const height = 240
  const step = (width - left - right) / categories.length
  const x = (index: number) => left + step * (index + 0.5)
  const y = linear([0, 1], [height - bottom, top])
  const ticks = [0, 0.25, 0.5, 0.75, 1]
  return (
    <Frame box={box} width={width} height={height} labelledBy={labelledBy}>
      <ValueAxis ticks={ticks} y={y} from={left} to={width - right} format={format} />
      {categories.map((category, index) => (
        <text key={category} x={x(index)} y={height - 8} textAnchor="middle">
          {category}
        </text>
      ))}
      {series.map((line) => {
        const segments: string[] = []
        line.values.forEach((value, index) => {
          const previous = line.values[index - 1]
          if (value !== null && previous !== null && previous !== undefined) segments.push(`M${x(index - 1)},${y(previous)}L${x(index)},${y(value)}`)
        })
        return (
          <g key={line.name}>
            <path d={segments.join('')} fill="none" stroke={fill(line.tone)} strokeWidth="3" strokeDasharray={line.dashed ? '7 5' : undefined} />
            {line.values.map((value, index) =>
              value === null ? null : line.dashed ? (
                <rect key={index} x={x(index) - 5} y={y(value) - 5} width="10" height="10" fill={fill(line.tone)} />
              ) : (
                <circle key={index} cx={x(index)} cy={y(value)} r="6" fill={fill(line.tone)} />
              ),
            )}
          </g>
        )
      })}
      {categories.map((category, index) => {
        // The higher value's label sits above its point and the lower one's below, so close values never collide.
        const points = series
          .map((line) => ({ line, value: line.values[index] ?? null }))
          .filter((point): point is { line: LineSeries; value: number } => point.value !== null)
          .sort((a, b) => b.value - a.value)
        return points.map((point, rank) => {
          const below = rank > 0
          return (
            <text key={`${category}-${point.line.name}`} x={x(index) + 10} y={y(point.value) + (below ? 20 : -10)} className={styles.value}>
              {format(point.value)}
            </text>
          )
        })
      })}
    </Frame>
  )
}

export interface BarSeries {
  name: string
  values: (number | null)[]
  tone: Tone
  hatched?: boolean
}

interface BarsProps {
  categories: string[]
  series: BarSeries[]
  labelledBy: string
  /** For axis ticks and bar labels. */
  format: (value: number) => string
  /** What a missing value says at the baseline ("no estimate"). */
  missing?: string
  xTitle?: string
  yTitle?: string
  height?: number
}

/** Vertical bars, grouped when there is more than one series; negative values hang below the zero line. */
export function Bars({ categories, series, labelledBy, format, missing = 'none', xTitle, yTitle, height = 240 }: BarsProps) {
  const [box, width] = useWidth()
  const hatch = svgId(useId(), 'hatch')
  const values = series.flatMap((line) => line.values).filter((value): value is number => value !== null)
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values, 1), 4)
  const left = Math.max(...ticks.map((tick) => textWidth(format(tick)))) + 14
  const right = 12
  // Room above the tallest bar for its label, and above that for the axis title.
  const top = yTitle ? 44 : 24
  const bottom = xTitle ? 52 : 32
  const y = linear([ticks[0]!, ticks[ticks.length - 1]!], [height - bottom, top])
  const group = (width - left - right) / categories.length
  const gap = Math.min(24, group * 0.25)
  const barWidth = Math.min(72, (group - gap) / series.length)
  const labelled = barWidth >= 34
  return (
    <Frame box={box} width={width} height={height} labelledBy={labelledBy}>
      <defs>
        {series.map((line) => (line.hatched ? <Hatch key={line.name} id={`${hatch}-${line.tone}`} tone={line.tone} /> : null))}
      </defs>
      <ValueAxis ticks={ticks} y={y} from={left} to={width - right} format={format} title={yTitle} />
      {categories.map((category, index) => {
        const start = left + group * index + (group - barWidth * series.length) / 2
        return (
          <g key={category}>
            <text x={left + group * (index + 0.5)} y={height - bottom + 22} textAnchor="middle">
              {category}
            </text>
            {series.map((line, position) => {
              const value = line.values[index] ?? null
              const x = start + barWidth * position
              const middle = x + barWidth / 2
              if (value === null) {
                return (
                  <text key={line.name} x={middle} y={y(0) - 8} textAnchor="middle" className={styles.missing}>
                    {missing}
                  </text>
                )
              }
              const y0 = y(0)
              const y1 = y(value)
              return (
                <g key={line.name}>
                  <rect
                    x={x + 2}
                    y={Math.min(y0, y1)}
                    width={barWidth - 4}
                    height={Math.max(1, Math.abs(y1 - y0))}
                    fill={line.hatched ? `url(#${hatch}-${line.tone})` : fill(line.tone)}
                    stroke={line.hatched ? fill(line.tone) : undefined}
                    strokeWidth={line.hatched ? 1.5 : undefined}
                  />
                  {labelled && (
                    <text x={middle} y={value < 0 ? y1 + 16 : y1 - 6} textAnchor="middle" className={styles.value}>
                      {format(value)}
                    </text>
                  )}
                </g>
              )
            })}
          </g>
        )
      })}
      {xTitle && (
        <text x={left + (width - left - right) / 2} y={height - 6} textAnchor="middle" className={styles.axisTitle}>
          {xTitle}
        </text>
      )}
    </Frame>
  )
}

export interface StackLayer {
  name: string
  values: number[]
  tone: Tone
}

/** Stacked bars, bottom layer first; each segment carries its count when it has room, each bar its total. */
export function StackedBars({ categories, layers, labelledBy, format, yTitle, height = 260 }: { categories: string[]; layers: StackLayer[]; labelledBy: string; format: (value: number) => string; yTitle?: string; height?: number }) {
  const [box, width] = useWidth()
  const totals = categories.map((_, index) => layers.reduce((sum, layer) => sum + (layer.values[index] ?? 0), 0))
  const ticks = niceTicks(0, Math.max(1, ...totals), 4)
  const left = Math.max(...ticks.map((tick) => textWidth(format(tick)))) + 14
  const right = 12
  const top = yTitle ? 44 : 24
  const bottom = 32
  const y = linear([0, ticks[ticks.length - 1]!], [height - bottom, top])
  const group = (width - left - right) / categories.length
  const barWidth = Math.min(64, group * 0.7)
  return (
    <Frame box={box} width={width} height={height} labelledBy={labelledBy}>
      <ValueAxis ticks={ticks} y={y} from={left} to={width - right} format={format} title={yTitle} />
      {categories.map((category, index) => {
        const x = left + group * index + (group - barWidth) / 2
        let base = 0
        return (
          <g key={category}>
            <text x={x + barWidth / 2} y={height - 10} textAnchor="middle">
              {category}
            </text>
            {layers.map((layer) => {
              const value = layer.values[index] ?? 0
              const y0 = y(base)
              const y1 = y(base + value)
              base += value
              if (value <= 0) return null
              return (
                <g key={layer.name}>
                  <rect x={x} y={y1} width={barWidth} height={y0 - y1} fill={fill(layer.tone)} className={layer.tone === 'sunken' ? styles.paleSegment : styles.segment} />
                  {y0 - y1 >= 18 && barWidth >= 28 && (
                    <text x={x + barWidth / 2} y={(y0 + y1) / 2} dominantBaseline="central" textAnchor="middle" className={layer.tone === 'sunken' ? styles.value : styles.inside}>
                      {format(value)}
                    </text>
                  )}
                </g>
              )
            })}
            <text x={x + barWidth / 2} y={y(totals[index]!) - 6} textAnchor="middle" className={styles.value}>
              {format(totals[index]!)}
            </text>
          </g>
        )
      })}
    </Frame>
  )
}
