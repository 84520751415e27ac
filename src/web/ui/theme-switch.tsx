import { Monitor, Moon, Sun, type LucideIcon } from 'lucide-react'
import { useState } from 'react'
import { readTheme, setTheme } from '../styles/theme.js'
import styles from './theme-switch.module.css'

type Choice = 'light' | 'dark' | null

const CHOICES: { value: Choice; label: string; icon: LucideIcon }[] = [
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
  { value: null, label: 'System', icon: Monitor },
]

/** Light for a sunny window, dark for an evening bar: chosen per device and kept on it (UI.md §1.7). */
export function ThemeSwitch({ stacked = false }: { stacked?: boolean }) {
  const [current, setCurrent] = useState<Choice>(readTheme)
  return (
    <div className={stacked ? styles.stacked : styles.switch} role="group" aria-label="Theme on this device">
      {CHOICES.map(({ value, label, icon: Icon }) => (
        <button
          key={label}
          type="button"
          className={styles.choice}
          aria-pressed={current === value}
          onClick={() => {
            setTheme(value)
            setCurrent(value)
          }}
        >
          <Icon size={18} aria-hidden="true" />
          {label}
        </button>
      ))}
    </div>
  )
}
