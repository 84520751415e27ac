import { useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react'
import styles from './charts.module.css'

export type Tone = 'accent' | 'muted' | 'warn' | 'vip' | 'border' | 'sunken'

export const fill = (tone: Tone) => `var(--color-${tone === 'muted' ? 'text-muted' : tone})`

/** Follows the width of the chart's box, so text stays at its real size instead of scaling with a viewBox. */
export function useWidth(fallback = 560) {
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
export const textWidth = (text: string) => text.length * 8

export function Frame({ width, height, labelledBy, children, box }: { width: number; height: number; labelledBy: string; children: ReactNode; box: Ref<HTMLDivElement> }) {
  return (
    <div ref={box} className={styles.box}>
      <svg className={styles.svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={labelledBy}>
        {children}
      </svg>
    </div>
  )
}

/** The value axis: a grid line and label per tick (the zero line darker), and the axis title above when given. */
export function ValueAxis({ ticks, y, from, to, format, title }: { ticks: number[]; y: (value: number) => number; from: number; to: number; format: (value: number) => string; title?: string }) {
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

export function Hatch({ id, tone }: { id: string; tone: Tone }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="var(--color-surface)" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={fill(tone)} strokeWidth="3" />
    </pattern>
  )
}
