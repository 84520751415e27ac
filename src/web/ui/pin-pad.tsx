import { Delete } from 'lucide-react'
import { useEffect } from 'react'
import styles from './pin-pad.module.css'

export const PIN_LENGTH = 6

interface PinPadProps {
  name: string
  /** What to type; "{name}, enter your PIN" unless given. */
  prompt?: string
  digits: string
  disabled: boolean
  onChange(digits: string): void
  onNotMe(): void
}

/** Sam, enter your PIN: six dots, 72 px keys, [<] [0] [Not Sam]. A hardware keyboard works too. */
export function PinPad({ name, prompt, digits, disabled, onChange, onNotMe }: PinPadProps) {
  const press = (digit: string) => {
    if (!disabled && digits.length < PIN_LENGTH) onChange(digits + digit)
  }
  const back = () => onChange(digits.slice(0, -1))

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return
      if (/^\d$/.test(event.key)) press(event.key)
      else if (event.key === 'Backspace') back()
      else if (event.key === 'Escape') onNotMe()
      else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  })

  return (
    <div className={styles.pad}>
      <p className={styles.prompt} id="pin-prompt">
        {prompt ?? `${name}, enter your PIN`}
      </p>
      <div className={styles.dots} role="img" aria-label={`${digits.length} of ${PIN_LENGTH} digits entered`}>
        {Array.from({ length: PIN_LENGTH }, (_, index) => (
          <span key={index} className={index < digits.length ? styles.filled : styles.dot} />
        ))}
      </div>
      <div className={styles.keys} role="group" aria-labelledby="pin-prompt">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => (
          <button key={digit} type="button" className={styles.key} onClick={() => press(digit)} disabled={disabled}>
            {digit}
          </button>
        ))}
        <button type="button" className={styles.keyAction} onClick={back} disabled={disabled || digits.length === 0}>
          <Delete size={24} aria-hidden="true" />
          Delete
        </button>
        <button type="button" className={styles.key} onClick={() => press('0')} disabled={disabled}>
          0
        </button>
        <button type="button" className={styles.keyAction} onClick={onNotMe}>
          Not {name}
        </button>
      </div>
    </div>
  )
}
