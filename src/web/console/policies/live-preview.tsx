import { CircleCheck, ShieldAlert } from 'lucide-react'
import { useId, useState } from 'react'
import type { EmpowermentPolicy, GestureType } from '../../api/wire.js'
import { MoneyInput } from '../../ui/money-input.js'
import { TYPE_WORDS } from '../../ui/gesture-words.js'
import { moneyInputValue } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import policyStyles from './policies.module.css'
import { previewSentence } from './policy-preview.js'
import { ALL_TYPES } from './policy-draft.js'

/** An amount as typed in the preview: what it reads as, and the words (an optional one may be left empty). */
interface Typed {
  minor: number | null
  typed: string
}

const unreadable = (amount: Typed) => amount.minor === null && amount.typed.trim() !== ''

interface LivePreviewProps {
  options: { key: string; label: string }[]
  selected: string
  onSelect(key: string): void
  policyFor(key: string): EmpowermentPolicy
}

/** Try a gesture against the limits as they stand in the forms, saved or not, checked in the server's order. */
export function LivePreview({ options, selected, onSelect, policyFor }: LivePreviewProps) {
  const { money } = useConsole()
  const titleId = useId()
  const ids = { policy: useId(), type: useId(), value: useId(), spent: useId(), customer: useId() }
  const [type, setType] = useState<GestureType>('comp_item')
  const [value, setValue] = useState<Typed>({ minor: 450, typed: '' })
  const [spent, setSpent] = useState<Typed>({ minor: 1_800, typed: '' })
  const [customer, setCustomer] = useState<Typed>({ minor: null, typed: '' })

  const preview =
    value.minor === null || spent.minor === null || unreadable(customer)
      ? null
      : previewSentence({ policy: policyFor(selected), type, valueMinor: value.minor, staffTodayMinor: spent.minor, customerLast30dMinor: customer.minor }, money)

  return (
    <section className={`${styles.card} ${policyStyles.preview}`} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h2 id={titleId} className={policyStyles.sectionTitle}>
          Live preview
        </h2>
        <p className={styles.note}>Reads the limits in the forms above, saved or not.</p>
      </div>
      <div className={policyStyles.previewInputs}>
        <div className={policyStyles.control}>
          <label htmlFor={ids.policy}>Limits of</label>
          <select id={ids.policy} value={selected} onChange={(event) => onSelect(event.target.value)}>
            {options.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className={policyStyles.control}>
          <label htmlFor={ids.type}>What</label>
          <select id={ids.type} value={type} onChange={(event) => setType(event.target.value as GestureType)}>
            {ALL_TYPES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {TYPE_WORDS[candidate]}
              </option>
            ))}
          </select>
        </div>
        <PreviewAmount id={ids.value} label="Value" value={value} onChange={setValue} />
        <PreviewAmount id={ids.spent} label="Already spent today" value={spent} onChange={setSpent} />
        <PreviewAmount id={ids.customer} label="Customer got in 30 days" optional value={customer} onChange={setCustomer} />
      </div>
      <output htmlFor={Object.values(ids).join(' ')} aria-live="polite" className={preview ? (preview.outcome.outcome === 'grant' ? policyStyles.fine : policyStyles.asks) : policyStyles.waiting}>
        {preview ? (
          <>
            {preview.outcome.outcome === 'grant' ? <CircleCheck size={22} aria-hidden="true" /> : <ShieldAlert size={22} aria-hidden="true" />}
            <span>{preview.text}</span>
          </>
        ) : (
          <span>Type the amounts as money, like {moneyInputValue(450, money)}.</span>
        )}
      </output>
    </section>
  )
}

function PreviewAmount({ id, label, value, optional, onChange }: { id: string; label: string; value: Typed; optional?: boolean; onChange(value: Typed): void }) {
  const { money } = useConsole()
  return (
    <div className={policyStyles.control}>
      <label htmlFor={id}>
        {label} {optional && <span className={styles.muted}>(optional)</span>}
      </label>
      <MoneyInput
        id={id}
        money={money}
        valueMinor={value.minor}
        onChange={(minor, typed) => onChange({ minor, typed })}
        placeholderMinor={optional ? 0 : undefined}
        invalid={unreadable(value)}
      />
    </div>
  )
}
