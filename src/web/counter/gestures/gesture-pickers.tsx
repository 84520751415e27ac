import { ChevronDown, ChevronUp, Minus, Plus } from 'lucide-react'
import type { GestureReason, GestureType } from '../../api/wire.js'
import type { MoneyFormat } from '../../format.js'
import { MAIN_TYPES, MORE_TYPES, REASON_WORDS, REASONS, TYPE_WORDS } from '../../ui/gesture-words.js'
import { MoneyInput } from '../../ui/money-input.js'
import styles from './gesture-sheet.module.css'

interface TypePickerProps {
  type: GestureType | null
  /** A type the giver's role may not give alone stays listed, marked "needs a manager" (UI.md §2). */
  allowed(type: GestureType): boolean
  moreOpen: boolean
  onMore(): void
  onPick(type: GestureType): void
}

/** "What": the main types, and Replacement, Gift and Other under More. */
export function TypePicker({ type, allowed, moreOpen, onMore, onPick }: TypePickerProps) {
  const typeButton = (candidate: GestureType) => (
    <button key={candidate} type="button" className={styles.chip} aria-pressed={type === candidate} onClick={() => onPick(candidate)}>
      <span>{TYPE_WORDS[candidate]}</span>
      {!allowed(candidate) && <span className={styles.chipNote}>needs a manager</span>}
    </button>
  )
  return (
    <fieldset className={styles.row}>
      <legend className={styles.label}>What</legend>
      <div className={styles.chips}>
        {MAIN_TYPES.map(typeButton)}
        <button type="button" className={styles.more} aria-expanded={moreOpen} onClick={onMore}>
          More
          {moreOpen ? <ChevronUp size={20} aria-hidden="true" /> : <ChevronDown size={20} aria-hidden="true" />}
        </button>
        {moreOpen && MORE_TYPES.map(typeButton)}
      </div>
    </fieldset>
  )
}

/** "Why": one reason, always asked. */
export function ReasonPicker({ reason, onPick }: { reason: GestureReason | null; onPick(reason: GestureReason): void }) {
  return (
    <fieldset className={styles.row}>
      <legend className={styles.label}>Why</legend>
      <div className={styles.chips}>
        {REASONS.map((candidate) => (
          <button key={candidate} type="button" className={styles.chip} aria-pressed={reason === candidate} onClick={() => onPick(candidate)}>
            {REASON_WORDS[candidate]}
          </button>
        ))}
      </div>
    </fieldset>
  )
}

interface ValuePickerProps {
  id: string
  valueMinor: number | null
  /** True while the words typed do not read as money. */
  invalid: boolean
  /** Where the value came from: "Croissant". */
  from: string | null
  step: number
  money: MoneyFormat
  onType(valueMinor: number | null, typed: string): void
  onStep(valueMinor: number): void
}

/** "Value": typed, or stepped up and down by half a unit of money. */
export function ValuePicker({ id, valueMinor, invalid, from, step, money, onType, onStep }: ValuePickerProps) {
  const nudge = (delta: number) => onStep(Math.max(0, (valueMinor ?? 0) + delta))
  return (
    <div className={styles.row}>
      <label htmlFor={id} className={styles.label}>
        Value
      </label>
      <div className={styles.value}>
        <button type="button" className={styles.step} onClick={() => nudge(-step)} aria-label="Value down" disabled={!valueMinor}>
          <Minus size={24} aria-hidden="true" />
        </button>
        <MoneyInput id={id} large valueMinor={valueMinor} onChange={onType} money={money} placeholderMinor={0} invalid={invalid} />
        <button type="button" className={styles.step} onClick={() => nudge(step)} aria-label="Value up">
          <Plus size={24} aria-hidden="true" />
        </button>
        {from && <span className={styles.from}>from {from}</span>}
      </div>
    </div>
  )
}
