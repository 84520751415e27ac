import { useId, type ReactNode } from 'react'
import ui from './ui.module.css'

/** What the control inside a FieldFrame needs to be tied to its label and its error. */
export interface FieldControl {
  id: string
  invalid: boolean
  describedBy: string | undefined
}

interface FieldFrameProps {
  label: string
  error?: ReactNode
  /** Marks the control invalid without an error of its own (a row's error shown elsewhere). */
  invalid?: boolean
  optional?: boolean
  /** Announces the error as it appears, for one that comes back from the server after Save. */
  alert?: boolean
  note?: ReactNode
  children(control: FieldControl): ReactNode
}

/** A label, a control and the error under it, tied together for screen readers. */
export function FieldFrame({ label, error, invalid = false, optional, alert = false, note, children }: FieldFrameProps) {
  const id = useId()
  const errorId = `${id}-error`
  return (
    <div className={ui.field}>
      <label htmlFor={id} className={ui.label}>
        {label} {optional && <span className={ui.optional}>(optional)</span>}
      </label>
      {children({ id, invalid: Boolean(error) || invalid, describedBy: error ? errorId : undefined })}
      {error && (
        <p id={errorId} className={ui.fieldError} role={alert ? 'alert' : undefined}>
          {error}
        </p>
      )}
      {note}
    </div>
  )
}

export interface FieldProps extends Omit<FieldFrameProps, 'children'> {
  value: string
  onChange(value: string): void
  required?: boolean
  type?: string
  inputMode?: 'tel' | 'email' | 'text' | 'numeric' | 'decimal'
  list?: string
  maxLength?: number
  name?: string
  placeholder?: string
  autoComplete?: string
  autoFocus?: boolean
}

/** A labelled text input with its error under it. */
export function Field({ label, value, onChange, error, invalid, optional, alert, note, ...input }: FieldProps) {
  return (
    <FieldFrame label={label} error={error} invalid={invalid} optional={optional} alert={alert} note={note}>
      {(control) => (
        <input
          id={control.id}
          className={ui.input}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={control.invalid ? true : undefined}
          aria-describedby={control.describedBy}
          {...input}
        />
      )}
    </FieldFrame>
  )
}
