import { CircleCheck, ShieldAlert, SlidersHorizontal } from 'lucide-react'
import { useEffect, useId, useRef } from 'react'
import { useCard, usePolicies } from '../../api/queries.js'
import type { Actor } from '../../api/wire.js'
import { useGestureRequests } from './gesture-requests.js'
import { previewGesture, REASON_WORDS, REASONS } from '../../ui/gesture-words.js'
import type { MoneyFormat } from '../../format.js'
import type { DraftLine } from '../order/order-context.js'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from '../order/order-panel.module.css'
import type { SheetPrefill } from './gesture-sheet.js'
import { useToast } from '../../ui/toast.js'
import { useGiveGesture } from './use-give-gesture.js'
import { firstName } from '../../format.js'

interface CompLineProps {
  line: DraftLine
  actor: Actor
  customer: { id: string; displayName: string } | null
  money: MoneyFormat
  onDone(): void
  onMore(prefill: SheetPrefill): void
}

/**
 * "On the house" for one order line: the third tap is the reason, and it gives (or asks a manager,
 * when the line is over the limit) at once. UI.md §1.3: line, On the house, reason.
 */
export function CompLine({ line, actor, customer, money, onDone, onMore }: CompLineProps) {
  const headingId = useId()
  const group = useRef<HTMLDivElement>(null)
  const valueMinor = line.unitPriceMinor * line.quantity
  const policies = usePolicies()
  const requests = useGestureRequests()
  const { show } = useToast()
  const card = useCard(customer?.id ?? null)
  const customerSpend = customer && card.data ? { firstName: firstName(customer.displayName), last30dMinor: card.data.goodwillLast30dMinor } : null
  const preview = policies.data ? previewGesture(policies.data.mine, { type: 'comp_item', valueMinor }, { leftTodayMinor: requests.leftTodayMinor, customer: customerSpend }, money) : null

  const give = useGiveGesture({
    actor,
    customer,
    money,
    lineKey: line.key,
    askedWords: () => `Sent to a manager: ${line.name} on the house.`,
    onAsked: onDone,
    onGranted: () => {
      show(`On the house: ${line.name}${customer ? ` for ${customer.displayName}` : ''}.`)
      onDone()
    },
  })

  // The order list scrolls; the reasons are the next tap, so bring them into view.
  useEffect(() => {
    group.current?.scrollIntoView({ block: 'nearest' })
  }, [])

  return (
    <div ref={group} className={styles.comp} role="group" aria-labelledby={headingId}>
      <p id={headingId} className={styles.compTitle}>
        On the house: why?
      </p>
      {preview && (
        <p className={preview.outcome === 'grant' ? styles.compOk : styles.compAsk}>
          {preview.outcome === 'grant' ? <CircleCheck size={20} aria-hidden="true" /> : <ShieldAlert size={20} aria-hidden="true" />}
          {preview.outcome === 'grant' ? 'Within your limit' : preview.text}
        </p>
      )}
      <div className={styles.compReasons}>
        {REASONS.map((reason) => (
          <button key={reason} type="button" className={styles.compReason} disabled={give.isPending} onClick={() => give.mutate({ type: 'comp_item', reason, valueMinor, note: line.name })}>
            {REASON_WORDS[reason]}
          </button>
        ))}
      </div>
      {give.error ? <ErrorMessage error={give.error} /> : null}
      <button type="button" className={styles.compMore} onClick={() => onMore({ type: 'comp_item', valueMinor, from: line.name, lineKey: line.key })}>
        <SlidersHorizontal size={20} aria-hidden="true" />
        Other value or a note
      </button>
    </div>
  )
}
