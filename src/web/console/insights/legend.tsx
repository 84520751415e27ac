import { useId } from 'react'
import { svgId } from './chart-scale.js'
import styles from './charts.module.css'
import { Hatch, type Tone, fill } from './chart-frame.js'

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
