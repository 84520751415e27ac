import { useId } from 'react'
import styles from '../console.module.css'

interface SegmentsProps<T extends string | number> {
  legend: string
  options: readonly T[]
  value: T
  onChange(value: T): void
  label(value: T): string
  legendHidden?: boolean
  /** The fieldset's own look where a page lays its choices out differently (a legend above, not beside). */
  className?: string
}

/** A choice of one of a few options as segmented radio buttons: the chart's window, what a table slices by. */
export function Segments<T extends string | number>({ legend, options, value, onChange, label, legendHidden = false, className }: SegmentsProps<T>) {
  const name = useId()
  return (
    <fieldset className={className ?? styles.choice}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      <div className={styles.segments}>
        {options.map((option) => (
          <label key={option} className={option === value ? styles.segmentOn : styles.segment}>
            <input type="radio" name={name} checked={option === value} onChange={() => onChange(option)} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
