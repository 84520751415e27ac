import { Gift, Send } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { useBudgets, usePolicies } from '../../api/queries.js'
import type { Actor, Catalog, Coupon, GestureReason, GestureType, GreetingCard } from '../../api/wire.js'
import { useGestureRequests } from './gesture-requests.js'
import { MORE_TYPES, previewGesture, type Preview } from '../../ui/gesture-words.js'
import { firstName, moneyDigits, moneyInputValue } from '../../format.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Sheet } from '../../ui/sheet.js'
import { useToast } from '../../ui/toast.js'
import { CouponDialog } from './coupon-dialog.js'
import { defaultValue } from './gesture-defaults.js'
import { ReasonPicker, TypePicker, ValuePicker } from './gesture-pickers.js'
import { GesturePreview } from './gesture-preview.js'
import styles from './gesture-sheet.module.css'
import { useGiveGesture } from './use-give-gesture.js'
import ui from '../../ui/ui.module.css'

/** What the sheet starts with when it opens from an order line ("On the house", value from the line). */
export interface SheetPrefill {
  type?: GestureType
  valueMinor?: number
  /** Where the value came from: "Croissant". */
  from?: string
  lineKey?: string
}

interface GestureSheetProps {
  actor: Actor
  customer: { id: string; displayName: string } | null
  catalog: Catalog
  card: GreetingCard | undefined
  prefill?: SheetPrefill
  onClose(): void
}

/** The value as typed: what it reads as (null while it does not read as money), and the words. */
interface TypedValue {
  minor: number | null
  typed: string
}


/**
 * The gesture sheet: What, Value, Why, Note, and a live line saying whether it is within the
 * giver's limits. Within them the button reads "Give it"; over them, "Ask a manager" (the server decides).
 */
export function GestureSheet({ actor, customer, catalog, card, prefill, onClose }: GestureSheetProps) {
  const previewId = useId()
  const missingId = useId()
  const valueId = useId()
  const noteId = useId()
  const step = 10 ** moneyDigits(catalog) / 2
  const money = catalog

  const [type, setType] = useState<GestureType | null>(prefill?.type ?? null)
  const [moreOpen, setMoreOpen] = useState(prefill?.type ? MORE_TYPES.includes(prefill.type) : false)
  const [value, setValue] = useState<TypedValue>(() =>
    prefill?.valueMinor !== undefined ? { minor: prefill.valueMinor, typed: moneyInputValue(prefill.valueMinor, money) } : { minor: null, typed: '' },
  )
  const [valueFrom, setValueFrom] = useState<string | null>(prefill?.from ?? null)
  const [touched, setTouched] = useState(prefill?.valueMinor !== undefined)
  const [reason, setReason] = useState<GestureReason | null>(null)
  const [note, setNote] = useState('')
  const [issued, setIssued] = useState<Coupon | null>(null)

  const policies = usePolicies()
  const budgets = useBudgets(actor.role === 'manager' ? actor.locationId : null)
  const requests = useGestureRequests()
  const { show } = useToast()

  const valueMinor = value.minor
  const leftTodayMinor =
    actor.role === 'manager' ? (budgets.data?.find((row) => row.staffId === actor.staffId)?.remainingMinor ?? null) : requests.leftTodayMinor
  const mine = policies.data?.mine
  const customerSpend = customer && card ? { firstName: firstName(customer.displayName), last30dMinor: card.goodwillLast30dMinor } : null
  const preview: Preview | null = type && valueMinor !== null && mine ? previewGesture(mine, { type, valueMinor }, { leftTodayMinor, customer: customerSpend }, money) : null
  const asking = preview?.outcome === 'needs_approval'
  const missing = !type
    ? 'Pick what to give.'
    : valueMinor === null
      ? `Type a value, like ${moneyInputValue(step * 9, money)}.`
      : valueMinor === 0 && type !== 'bonus_stamp'
        ? 'Set a value above zero.'
        : !reason
          ? 'Pick why.'
          : null

  const give = useGiveGesture({
    actor,
    customer,
    money,
    lineKey: prefill?.lineKey,
    askedWords: (what) => `Sent to a manager: ${what}.`,
    onAsked: onClose,
    onGranted: (outcome, what) => {
      if (outcome.coupon) {
        setIssued(outcome.coupon)
        show(`Free drink card given${customer ? ` to ${customer.displayName}` : ''}.`)
        return
      }
      show(`Given: ${what}.`)
      onClose()
    },
  })

  const pickType = (next: GestureType) => {
    setType(next)
    give.reset()
    if (!touched) {
      const suggested = defaultValue(next, card, catalog, step)
      setValue(suggested.minor > 0 ? { minor: suggested.minor, typed: moneyInputValue(suggested.minor, money) } : { minor: null, typed: '' })
      setValueFrom(suggested.from)
    }
    if (next === 'birthday' && !reason) setReason('birthday')
  }
  const changeValue = (next: TypedValue) => {
    setValue(next)
    setTouched(true)
    setValueFrom(null)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (missing || !type || !reason || valueMinor === null || give.isPending) return
    give.mutate({ type, reason, valueMinor, ...(note.trim() ? { note: note.trim() } : {}) })
  }

  const who = customer ? customer.displayName : 'a walk-in guest'
  if (issued) {
    const lead = `Given. Read the code to ${customer ? firstName(customer.displayName) : 'the guest'}, print it, or send the link.`
    return <CouponDialog coupon={issued} who={who} lead={lead} locale={catalog.locale} timeZone={actor.timeZone} onClose={onClose} />
  }
  return (
    <Sheet title={`Gesture for ${who}`} side closable onClose={onClose} onSubmit={submit}>
      <TypePicker
        type={type}
        allowed={(candidate) => !mine || mine.allowedTypes.includes(candidate)}
        moreOpen={moreOpen}
        onMore={() => setMoreOpen((open) => !open)}
        onPick={pickType}
      />
      <ValuePicker
        id={valueId}
        valueMinor={valueMinor}
        invalid={value.typed !== '' && valueMinor === null}
        from={valueFrom}
        step={step}
        money={money}
        onType={(minor, typed) => {
          changeValue({ minor, typed })
          give.reset()
        }}
        onStep={(minor) => changeValue({ minor, typed: moneyInputValue(minor, money) })}
      />
      <ReasonPicker reason={reason} onPick={setReason} />
      <div className={styles.row}>
        <label htmlFor={noteId} className={styles.label}>
          Note
        </label>
        <input
          id={noteId}
          className={ui.input}
          type="text"
          maxLength={280}
          placeholder="What happened? (optional)"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>

      <GesturePreview id={previewId} preview={preview} mine={mine} policiesFailed={policies.isError} leftTodayMinor={leftTodayMinor} money={money} />

      {give.error ? <ErrorMessage error={give.error} /> : null}

      <div className={styles.foot}>
        <p id={missingId} className={styles.missing}>
          {missing}
        </p>
        <div className={styles.buttons}>
          <button type="button" className={ui.button} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={asking ? styles.ask : ui.primary}
            disabled={missing !== null || give.isPending}
            aria-describedby={missing ? missingId : previewId}
          >
            {asking ? <Send size={24} aria-hidden="true" /> : <Gift size={24} aria-hidden="true" />}
            {give.isPending ? (asking ? 'Asking…' : 'Giving…') : asking ? 'Ask a manager' : 'Give it'}
          </button>
        </div>
      </div>
    </Sheet>
  )
}
