import { useId, type ReactNode } from 'react'
import ui from './ui.module.css'

export interface FieldProps {
  label: string
  value: string
  onChange(value: string): void
  error?: string
  optional?: boolean
  required?: boolean
  note?: ReactNode
  type?: string
  inputMode?: 'tel' | 'email' | 'text' | 'numeric' | 'decimal'
  list?: string
  maxLength?: number
  name?: string
  placeholder?: string
  autoComplete?: string
}

/** A labelled text input with its error under it, tied together for screen readers. */
export function Field({ label, value, onChange, error, optional, note, ...input }: FieldProps) {
  const id = useId()
  return (
    <div className={ui.field}>
      <label htmlFor={id} className={ui.label}>
        {label} {optional && <span className={ui.optional}>(optional)</span>}
      </label>
      <input
        id={id}
        className={ui.input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className={ui.fieldError}>
          {error}
        </p>
      )}
      {note}
    </div>
  )
}
