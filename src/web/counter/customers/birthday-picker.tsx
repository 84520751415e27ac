import { useId, useMemo, type ReactNode } from 'react'
import { DAYS_IN_MONTH } from './customer-edit.js'
import styles from './edit-customer-dialog.module.css'
import ui from '../../ui/ui.module.css'

interface BirthdayPickerProps {
  /** "1" to "12", or "" for none; the day likewise. */
  month: string
  day: string
  error: ReactNode
  locale: string
  onChange(next: { month: string; day: string }): void
}

/** A birthday as month and day, with no year (UI.md §3). */
export function BirthdayPicker({ month, day, error, locale, onChange }: BirthdayPickerProps) {
  const monthId = useId()
  const dayId = useId()
  const errorId = `${monthId}-error`
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })
    return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 15))))
  }, [locale])
  const dayCount = month ? DAYS_IN_MONTH[Number(month) - 1]! : 31

  return (
    <fieldset className={styles.birthday} aria-describedby={error ? errorId : undefined}>
      <legend className={ui.label}>
        Birthday <span className={ui.optional}>(optional, no year)</span>
      </legend>
      <div className={styles.birthdayPickers}>
        <label htmlFor={monthId} className="visually-hidden">
          Birthday month
        </label>
        <select
          id={monthId}
          className={ui.input}
          value={month}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const next = event.target.value
            onChange({ month: next, day: day && next && Number(day) > DAYS_IN_MONTH[Number(next) - 1]! ? '' : day })
          }}
        >
          <option value="">Month</option>
          {months.map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={dayId} className="visually-hidden">
          Birthday day
        </label>
        <select id={dayId} className={ui.input} value={day} aria-invalid={error ? true : undefined} onChange={(event) => onChange({ month, day: event.target.value })}>
          <option value="">Day</option>
          {Array.from({ length: dayCount }, (_, index) => (
            <option key={index} value={String(index + 1)}>
              {index + 1}
            </option>
          ))}
        </select>
        {(month || day) && (
          <button type="button" className={ui.quiet} onClick={() => onChange({ month: '', day: '' })}>
            Clear
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className={ui.fieldError}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
