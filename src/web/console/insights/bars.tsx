import { useId } from 'react'
import { linear, niceTicks, svgId } from './chart-scale.js'
import styles from './charts.module.css'
import { Frame, Hatch, type Tone, ValueAxis, fill, textWidth, useWidth } from './chart-frame.js'

export interface BarSeries {
  name: string
  values: (number | null)[]
  tone: Tone
  hatched?: boolean
}

export interface BarsProps {
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
