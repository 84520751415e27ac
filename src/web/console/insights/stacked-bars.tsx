import { linear, niceTicks } from './chart-scale.js'
import styles from './charts.module.css'
import { Frame, type Tone, ValueAxis, fill, textWidth, useWidth } from './chart-frame.js'

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
