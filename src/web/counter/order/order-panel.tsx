import { CreditCard, HandHeart, NotebookTabs, Trash2 } from 'lucide-react'
import { useId } from 'react'
import { useCard } from '../../api/queries.js'
import type { Actor, Catalog, GreetingCard } from '../../api/wire.js'
import { firstName, formatMoney, type MoneyFormat } from '../../format.js'
import { useOrder } from './order-context.js'
import { OrderLines } from './order-lines.js'
import { ErrorMessage } from '../../ui/error-message.js'
import type { SheetPrefill } from '../gestures/gesture-sheet.js'
import styles from './order-panel.module.css'
import { ToastRegion } from '../../ui/toast.js'
import { UndoCharge } from './undo-charge.js'
import { useCheckout } from './use-checkout.js'
import { WaitingChips } from './waiting-chips.js'
import ui from '../../ui/ui.module.css'

interface OrderPanelProps {
  catalog: Catalog | undefined
  customer: { id: string; displayName: string } | null
  actor: Actor
  /** Opens the gesture sheet for this order's customer, or for a walk-in guest. */
  onGesture(prefill?: SheetPrefill): void
  /** For the narrow layout's tab that shows this panel. */
  id?: string
}

/** Before the catalog loads there are no lines to price; this only keeps the types whole. */
const NO_CATALOG: MoneyFormat = { currency: 'USD', locale: 'en-US' }

/** The current order: lines, total and Charge, pinned to the bottom-right where the thumb is. */
export function OrderPanel({ catalog, customer, actor, onGesture, id }: OrderPanelProps) {
  const { order, totalMinor, clear } = useOrder()
  const titleId = useId()
  const hintId = useId()
  const money = (minor: number) => (catalog ? formatMoney(minor, catalog) : '')
  const checkout = useCheckout(customer, money)
  const { charge } = checkout
  const card = useCard(customer?.id ?? null)
  const tab = tabChoice(card.data, totalMinor)
  const empty = order.lines.length === 0

  return (
    <aside id={id} className={styles.panel} aria-label="Current order">
      <div className={styles.head}>
        <div className={styles.headText}>
          <h2 id={titleId} className={styles.title}>
            {customer ? `Order for ${firstName(customer.displayName)}` : 'Walk-in order'}
          </h2>
          {order.startedBy && order.startedBy !== actor.firstName && <p className={styles.meta}>Started by {order.startedBy}</p>}
        </div>
        <button type="button" className={`${ui.button} ${styles.gesture}`} onClick={() => onGesture()}>
          <HandHeart size={24} aria-hidden="true" />
          Gesture
        </button>
      </div>
      <div className={styles.lines}>
        {empty ? (
          <p id={hintId} className={styles.empty}>
            Tap an item on the menu{customer ? ', or Ring the usual,' : ''} to start the order.
          </p>
        ) : (
          <>
            <OrderLines labelledBy={titleId} actor={actor} customer={customer} money={catalog ?? NO_CATALOG} onGesture={onGesture} />
            <button
              type="button"
              className={`${ui.quiet} ${styles.clear}`}
              onClick={() => {
                clear()
                charge.reset()
              }}
              disabled={charge.isPending}
            >
              <Trash2 size={24} aria-hidden="true" />
              Clear order
            </button>
          </>
        )}
      </div>
      <div className={styles.foot}>
        <WaitingChips actor={actor} locale={catalog?.locale ?? 'en-US'} tabRequest={checkout.tabRequest} money={money} onCancelTab={checkout.cancelTabRequest} />
        {checkout.lastCharged && <UndoCharge order={checkout.lastCharged} money={money} onDone={checkout.forgetLastCharged} />}
        <div className={styles.total}>
          <span>Total</span>
          <span className="money">{money(totalMinor)}</span>
        </div>
        {charge.error ? (
          <ErrorMessage error={charge.error}>
            <span className={styles.retry}> Tap Charge to try again; it will not charge twice.</span>
          </ErrorMessage>
        ) : null}
        <ToastRegion />
        {tab.offered && (
          <button type="button" className={`${ui.button} ${styles.tab}`} onClick={() => checkout.submit('tab')} disabled={empty || charge.isPending || checkout.tabRequest !== null}>
            <NotebookTabs size={24} aria-hidden="true" />
            {tab.overLimit ? `Ask a manager (tab limit ${money(tab.limitMinor)})` : 'Put on tab'}
          </button>
        )}
        <button
          type="button"
          className={`${ui.primary} ${styles.charge}`}
          onClick={() => checkout.submit()}
          disabled={empty || charge.isPending}
          aria-describedby={empty ? hintId : undefined}
        >
          <span className={styles.chargeLabel}>
            <CreditCard size={24} aria-hidden="true" />
            {charge.isPending ? 'Charging…' : 'Charge'}
          </span>
          {!empty && <span className="money">{money(totalMinor)}</span>}
        </button>
      </div>
    </aside>
  )
}

/** Put on tab is offered when the customer has an open tab, or their tier may open one; past the limit it asks a manager. */
function tabChoice(card: GreetingCard | undefined, totalMinor: number): { offered: boolean; overLimit: boolean; limitMinor: number } {
  if (!card) return { offered: false, overLimit: false, limitMinor: 0 }
  if (card.tab) return { offered: true, overLimit: totalMinor > card.tab.availableMinor, limitMinor: card.tab.limitMinor }
  const limitMinor = card.perks.tabLimitMinor
  return { offered: limitMinor > 0, overLimit: totalMinor > limitMinor, limitMinor }
}
