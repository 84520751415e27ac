import { linear } from './chart-scale.js'
import styles from './charts.module.css'
import { Frame, type Tone, ValueAxis, fill, useWidth } from './chart-frame.js'

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
