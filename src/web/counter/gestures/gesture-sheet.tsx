import { useMutation } from '@tanstack/react-query'
import { ChevronDown, ChevronUp, CircleCheck, Gift, Minus, Plus, Send, ShieldAlert, X } from 'lucide-react'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { call, client } from '../../api/client.js'
import { keys, queryClient, useBudgets, usePolicies } from '../../api/queries.js'
import type { Actor, Catalog, Coupon, GestureInput, GestureReason, GestureType, GreetingCard } from '../../api/wire.js'
import { describeGesture, useGestureRequests } from './gesture-requests.js'
import { isUnlimited, MAIN_TYPES, MORE_TYPES, previewGesture, REASON_WORDS, REASONS, TYPE_WORDS, type Preview } from '../../ui/gesture-words.js'
import { currencySymbol, formatMoney, moneyDigits, moneyInputValue, parseMoneyInput } from '../../format.js'
import { unitPrice, useOrder } from '../order/order-context.js'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from './gesture-sheet.module.css'
import { IssuedCoupon } from './issued-coupon.js'
import { useToast } from '../../ui/toast.js'
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

/** A drink's worth: the customer's usual when we know it, else the middle of the coffee menu. */
function drinkValue(card: GreetingCard | undefined, catalog: Catalog): { minor: number; from: string | null } {
  const choice = card?.usual.kind === 'usual' ? card.usual.choice : null
  const item = choice && catalog.items.find((candidate) => candidate.id === choice.catalogItemId)
  if (choice && item) {
    const modifiers = catalog.modifiers.filter((modifier) => choice.modifiers.some((chosen) => chosen.id === modifier.id))
    return { minor: unitPrice(item, modifiers), from: item.name }
  }
  const prices = catalog.items
    .filter((candidate) => candidate.category === 'Coffee')
    .map((candidate) => candidate.priceMinor)
    .sort((a, b) => a - b)
  return { minor: prices[Math.floor(prices.length / 2)] ?? 0, from: null }
}

function defaultValue(type: GestureType, card: GreetingCard | undefined, catalog: Catalog, step: number): { minor: number; from: string | null } {
  switch (type) {
    case 'comp_item':
    case 'recovery_coupon':
    case 'birthday':
      return drinkValue(card, catalog)
    case 'discount':
      return { minor: step * 2, from: null }
    default:
      return { minor: 0, from: null }
  }
}

const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? name

/**
 * The gesture sheet: What, Value, Why, Note, and a live line saying whether it is within the
 * giver's limits. Within them the button reads "Give it"; over them, "Ask a manager" (the server decides).
 */
export function GestureSheet({ actor, customer, catalog, card, prefill, onClose }: GestureSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const previewId = useId()
  const missingId = useId()
  const valueId = useId()
  const noteId = useId()
  const step = 10 ** moneyDigits(catalog) / 2
  const money = catalog

  const [type, setType] = useState<GestureType | null>(prefill?.type ?? null)
  const [moreOpen, setMoreOpen] = useState(prefill?.type ? MORE_TYPES.includes(prefill.type) : false)
  const [valueText, setValueText] = useState(prefill?.valueMinor !== undefined ? moneyInputValue(prefill.valueMinor, money) : '')
  const [valueFrom, setValueFrom] = useState<string | null>(prefill?.from ?? null)
  const [touched, setTouched] = useState(prefill?.valueMinor !== undefined)
  const [reason, setReason] = useState<GestureReason | null>(null)
  const [note, setNote] = useState('')
  const [issued, setIssued] = useState<Coupon | null>(null)

  const policies = usePolicies()
  const budgets = useBudgets(actor.role === 'manager' ? actor.locationId : null)
  const requests = useGestureRequests()
  const { show } = useToast()
  const { comp } = useOrder()

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  const valueMinor = parseMoneyInput(valueText, money)
  const leftTodayMinor =
    actor.role === 'manager' ? (budgets.data?.find((row) => row.staffId === actor.staffId)?.remainingMinor ?? null) : requests.leftTodayMinor
  const mine = policies.data?.mine
  const preview: Preview | null = type && valueMinor !== null && mine ? previewGesture(mine, { type, valueMinor }, leftTodayMinor, money) : null
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

  const give = useMutation({
    mutationFn: (body: GestureInput) => call(client.POST('/gestures', { body })),
    onSuccess: (outcome) => {
      const what = describeGesture({ ...outcome.gesture, customerName: customer?.displayName ?? null }, money)
      if (outcome.gesture.status === 'pending_approval') {
        requests.add({
          gestureId: outcome.gesture.id,
          staffId: actor.staffId,
          label: what,
          requestedAt: outcome.gesture.requestedAt,
          expiresAt: outcome.gesture.expiresAt,
          lineKey: prefill?.lineKey,
        })
        show(`Sent to a manager: ${what}.`, { tone: 'info', ms: 6_000 })
        onClose()
        return
      }
      requests.noteGrant(outcome.decision)
      void queryClient.invalidateQueries({ queryKey: ['budgets'] })
      if (customer) void queryClient.invalidateQueries({ queryKey: keys.card(customer.id) })
      if (prefill?.lineKey) comp(prefill.lineKey)
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
      const value = defaultValue(next, card, catalog, step)
      setValueText(value.minor > 0 ? moneyInputValue(value.minor, money) : '')
      setValueFrom(value.from)
    }
    if (next === 'birthday' && !reason) setReason('birthday')
  }
  const nudge = (delta: number) => {
    setValueText(moneyInputValue(Math.max(0, (valueMinor ?? 0) + delta), money))
    setTouched(true)
    setValueFrom(null)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (missing || !type || !reason || valueMinor === null || give.isPending) return
    // Absent rather than null: the server's validator coerces a null id to "" (see the report).
    give.mutate({ type, reason, valueMinor, ...(note.trim() ? { note: note.trim() } : {}), ...(customer ? { customerId: customer.id } : {}) })
  }

  const who = customer ? customer.displayName : 'a walk-in guest'
  const allowed = (candidate: GestureType) => !mine || mine.allowedTypes.includes(candidate)
  const typeButton = (candidate: GestureType) => (
    <button key={candidate} type="button" className={styles.chip} aria-pressed={type === candidate} onClick={() => pickType(candidate)}>
      <span>{TYPE_WORDS[candidate]}</span>
      {!allowed(candidate) && <span className={styles.chipNote}>needs a manager</span>}
    </button>
  )

  return (
    <dialog ref={dialog} className={styles.sheet} aria-labelledby={titleId} onCancel={onClose}>
      {issued ? (
        <div className={styles.body}>
          <div className={styles.head}>
            <h2 id={titleId} className={styles.title}>
              Free drink card for {who}
            </h2>
          </div>
          <p className={styles.lead}>
            Given. Read the code to {customer ? firstWord(customer.displayName) : 'the guest'}, print it, or send the link.
          </p>
          <IssuedCoupon coupon={issued} locale={catalog.locale} timeZone={actor.timeZone} />
          <div className={styles.foot}>
            <span />
            <button type="button" className={ui.primary} onClick={onClose} autoFocus>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form className={styles.body} onSubmit={submit}>
          <div className={styles.head}>
            <h2 id={titleId} className={styles.title}>
              Gesture for {who}
            </h2>
            <button type="button" className={ui.quiet} onClick={onClose}>
              <X size={24} aria-hidden="true" />
              Close
            </button>
          </div>

          <fieldset className={styles.row}>
            <legend className={styles.label}>What</legend>
            <div className={styles.chips}>
              {MAIN_TYPES.map(typeButton)}
              <button type="button" className={styles.more} aria-expanded={moreOpen} onClick={() => setMoreOpen((open) => !open)}>
                More
                {moreOpen ? <ChevronUp size={20} aria-hidden="true" /> : <ChevronDown size={20} aria-hidden="true" />}
              </button>
              {moreOpen && MORE_TYPES.map(typeButton)}
            </div>
          </fieldset>

          <div className={styles.row}>
            <label htmlFor={valueId} className={styles.label}>
              Value
            </label>
            <div className={styles.value}>
              <button type="button" className={styles.step} onClick={() => nudge(-step)} aria-label="Value down" disabled={!valueMinor}>
                <Minus size={24} aria-hidden="true" />
              </button>
              <span className={styles.amount}>
                <span className={styles.symbol} aria-hidden="true">
                  {currencySymbol(money)}
                </span>
                <input
                  id={valueId}
                  className={styles.amountInput}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={moneyInputValue(0, money)}
                  value={valueText}
                  aria-invalid={valueText !== '' && valueMinor === null}
                  onChange={(event) => {
                    setValueText(event.target.value)
                    setTouched(true)
                    setValueFrom(null)
                    give.reset()
                  }}
                  onBlur={() => valueMinor !== null && setValueText(moneyInputValue(valueMinor, money))}
                />
              </span>
              <button type="button" className={styles.step} onClick={() => nudge(step)} aria-label="Value up">
                <Plus size={24} aria-hidden="true" />
              </button>
              {valueFrom && <span className={styles.from}>from {valueFrom}</span>}
            </div>
          </div>

          <fieldset className={styles.row}>
            <legend className={styles.label}>Why</legend>
            <div className={styles.chips}>
              {REASONS.map((candidate) => (
                <button key={candidate} type="button" className={styles.chip} aria-pressed={reason === candidate} onClick={() => setReason(candidate)}>
                  {REASON_WORDS[candidate]}
                </button>
              ))}
            </div>
          </fieldset>

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

          <div id={previewId} aria-live="polite" className={preview ? styles[preview.outcome] : styles.waiting}>
            {preview ? (
              <>
                {preview.outcome === 'grant' ? <CircleCheck size={24} aria-hidden="true" /> : <ShieldAlert size={24} aria-hidden="true" />}
                <span>{preview.text}</span>
              </>
            ) : policies.isError ? (
              <span>Can’t check your limits right now; the server will decide when you tap.</span>
            ) : mine ? (
              <span>
                Your limit: {describeLimit(mine.maxPerGestureMinor, money)} per gesture
                {leftTodayMinor !== null ? `, ${describeLimit(leftTodayMinor, money)} left today` : ''}.
              </span>
            ) : (
              <span>Checking your limits…</span>
            )}
          </div>

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
        </form>
      )}
    </dialog>
  )
}

function describeLimit(minor: number, money: Catalog): string {
  return isUnlimited(minor) ? 'no limit' : formatMoney(minor, money)
}
