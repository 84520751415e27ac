import { useEffect, useState, type ReactNode } from 'react'
import { currencySymbol, moneyInputValue, parseMoneyInput, type MoneyFormat } from '../format.js'
import { FieldFrame } from './field.js'
import styles from './money-input.module.css'

export interface MoneyInputProps {
  /** The amount in minor units (450 is 4.50); null while nothing that reads as money is typed. */
  valueMinor: number | null
  /** With the words as typed, so a form can tell an empty field from one that does not read yet. */
  onChange(valueMinor: number | null, typed: string): void
  money: MoneyFormat
  id?: string
  /** Fills its form column like a text input, rather than sitting inline beside its label. */
  wide?: boolean
  /** A counter target: as tall as a button, in the labels' size. */
  large?: boolean
  placeholderMinor?: number
  invalid?: boolean
  describedBy?: string
  label?: string
}

const shown = (valueMinor: number | null, money: MoneyFormat) => (valueMinor === null ? '' : moneyInputValue(valueMinor, money))

/** Money typed as the business writes it ("4.50", "4,50") and handed on as integer minor units; tidied to "4.50" on leaving. */
export function MoneyInput({ valueMinor, onChange, money, id, wide = false, large = false, placeholderMinor, invalid, describedBy, label }: MoneyInputProps) {
  const [text, setText] = useState(() => shown(valueMinor, money))
  // An amount set from outside (a reset, a step, a prefill) shows at once; one being typed stays as typed.
  useEffect(() => {
    if (parseMoneyInput(text, money) !== valueMinor) setText(shown(valueMinor, money))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [valueMinor])
  const type = (typed: string) => {
    setText(typed)
    onChange(parseMoneyInput(typed, money), typed)
  }
  return (
    <span className={[styles.amount, wide && styles.wide, large && styles.large].filter(Boolean).join(' ')}>
      <span className={styles.symbol} aria-hidden="true">
        {currencySymbol(money)}
      </span>
      <input
        id={id}
        className={styles.input}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        placeholder={placeholderMinor === undefined ? undefined : moneyInputValue(placeholderMinor, money)}
        onChange={(event) => type(event.target.value)}
        onBlur={() => {
          const minor = parseMoneyInput(text, money)
          if (minor !== null) setText(moneyInputValue(minor, money))
        }}
        aria-label={label}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
      />
    </span>
  )
}

/** A labelled MoneyInput with its error under it, like a Field. */
export function MoneyField({ label, error, optional, note, ...input }: Omit<MoneyInputProps, 'id' | 'wide' | 'large' | 'invalid' | 'describedBy' | 'label'> & { label: string; error?: string; optional?: boolean; note?: ReactNode }) {
  return (
    <FieldFrame label={label} error={error} optional={optional} note={note}>
      {(control) => <MoneyInput id={control.id} wide invalid={control.invalid} describedBy={control.describedBy} {...input} />}
    </FieldFrame>
  )
}
