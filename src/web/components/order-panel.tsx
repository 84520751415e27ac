import { useMutation } from '@tanstack/react-query'
import { Clock3, CreditCard, Gift, HandHeart, Trash2, X } from 'lucide-react'
import { useId, useState } from 'react'
import { api } from '../api/client.js'
import { keys, queryClient } from '../api/queries.js'
import type { Actor, Catalog, Order, OrderRequest } from '../api/types.js'
import { useGestureRequests } from '../empowerment/gesture-requests.js'
import { formatClock, formatMoney } from '../format.js'
import { useOrder } from '../order/order-context.js'
import { CompLine } from './comp-line.js'
import { ErrorMessage } from './error-message.js'
import type { SheetPrefill } from './gesture-sheet.js'
import styles from './order-panel.module.css'
import { ToastRegion, useToast } from './toast.js'
import ui from './ui.module.css'

interface OrderPanelProps {
  catalog: Catalog | undefined
  customer: { id: string; displayName: string } | null
  actor: Actor
  /** Opens the gesture sheet for this order's customer, or for a walk-in guest. */
  onGesture(prefill?: SheetPrefill): void
  /** For the narrow layout's tab that shows this panel. */
  id?: string
}

const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? name

/** The current order: lines, total and Charge, pinned to the bottom-right where the thumb is. */
export function OrderPanel({ catalog, customer, actor, onGesture, id }: OrderPanelProps) {
  const { order, totalMinor, remove, clear } = useOrder()
  const { show } = useToast()
  const requests = useGestureRequests()
  const [openLine, setOpenLine] = useState<string | null>(null)
  const [compLine, setCompLine] = useState<string | null>(null)
  const titleId = useId()
  const hintId = useId()
  const money = (minor: number) => (catalog ? formatMoney(minor, catalog) : '')
  const signedIn = actor.firstName

  const charge = useMutation({
    mutationFn: ({ key, body }: { key: string; body: OrderRequest }) =>
      api<Order>('/orders', { method: 'POST', headers: { 'Idempotency-Key': key }, body }),
    onSuccess: async (placed) => {
      clear()
      show(`Charged ${money(placed.totalMinor)}${customer ? ` for ${customer.displayName}` : ''}.`)
      if (placed.customerId) await queryClient.invalidateQueries({ queryKey: keys.card(placed.customerId) })
    },
  })

  const submit = () => {
    if (!order.idempotencyKey || order.lines.length === 0) return
    const charged = order.lines.filter((line) => !line.comped)
    if (charged.length === 0) {
      clear()
      show('Nothing to charge: it was all on the house.')
      return
    }
    charge.mutate({
      key: order.idempotencyKey,
      body: {
        customerId: customer?.id ?? null,
        lines: charged.map((line) => ({
          catalogItemId: line.catalogItemId,
          quantity: line.quantity,
          modifierIds: line.modifiers.map((modifier) => modifier.id),
        })),
      },
    })
  }
  const empty = order.lines.length === 0
  const toggleLine = (key: string) => {
    setOpenLine((current) => (current === key ? null : key))
    setCompLine(null)
  }

  return (
    <aside id={id} className={styles.panel} aria-label="Current order">
      <div className={styles.head}>
        <div className={styles.headText}>
          <h2 id={titleId} className={styles.title}>
            {customer ? `Order for ${firstWord(customer.displayName)}` : 'Walk-in order'}
          </h2>
          {order.startedBy && order.startedBy !== signedIn && <p className={styles.meta}>Started by {order.startedBy}</p>}
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
          <ul aria-labelledby={titleId} className={styles.list}>
            {order.lines.map((line) => {
              const open = openLine === line.key
              const lineTotal = line.unitPriceMinor * line.quantity
              return (
                <li key={line.key} className={open ? styles.lineOpen : styles.line}>
                  <button type="button" className={styles.lineButton} aria-expanded={line.comped ? undefined : open} disabled={line.comped} onClick={() => toggleLine(line.key)}>
                    <span className={styles.lineText}>
                      <span className={styles.lineName}>
                        {line.quantity > 1 && <span className="money">{line.quantity} × </span>}
                        {line.name}
                      </span>
                      {line.modifiers.length > 0 && <span className={styles.meta}>{line.modifiers.map((modifier) => modifier.name).join(', ')}</span>}
                      {line.comped && (
                        <span className={styles.compedBadge}>
                          <Gift size={16} aria-hidden="true" />
                          On the house
                        </span>
                      )}
                    </span>
                    <span className={`money ${line.comped ? styles.linePriceComped : styles.linePrice}`}>
                      {line.comped && <span className="visually-hidden">was </span>}
                      {money(lineTotal)}
                    </span>
                  </button>
                  {open && !line.comped && (
                    <div className={styles.lineActions}>
                      {compLine === line.key ? (
                        <CompLine
                          line={line}
                          actor={actor}
                          customer={customer}
                          money={catalog ?? { currency: 'USD', locale: 'en-US' }}
                          onDone={() => {
                            setOpenLine(null)
                            setCompLine(null)
                          }}
                          onMore={(prefill) => {
                            setOpenLine(null)
                            setCompLine(null)
                            onGesture(prefill)
                          }}
                        />
                      ) : (
                        <>
                          <button type="button" className={ui.button} onClick={() => setCompLine(line.key)}>
                            <Gift size={24} aria-hidden="true" />
                            On the house
                          </button>
                          <button type="button" className={ui.quiet} onClick={() => remove(line.key)} aria-label={`Remove ${line.name}`}>
                            <X size={24} aria-hidden="true" />
                            <span aria-hidden="true">Remove</span>
                          </button>
                        </>
                      )}
                    </div>
                  )}
                </li>
              )
            })}
          </ul>
        )}
        {!empty && (
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
        )}
      </div>
      <div className={styles.foot}>
        {requests.pending.length > 0 && (
          <ul className={styles.waiting} aria-label="Waiting for a manager">
            {requests.pending.map((request) => (
              <li key={request.gestureId} className={styles.chip}>
                <Clock3 size={20} aria-hidden="true" className={styles.chipIcon} />
                <span className={styles.chipTitle}>
                  Waiting for a manager · <time dateTime={request.requestedAt}>{formatClock(new Date(request.requestedAt), catalog?.locale ?? 'en-US', actor.timeZone)}</time>
                </span>
                <span className={styles.chipWhat}>{request.label}</span>
                <button type="button" className={styles.chipCancel} onClick={() => requests.cancel(request.gestureId)} aria-label={`Cancel waiting: ${request.label}`}>
                  Cancel
                </button>
              </li>
            ))}
          </ul>
        )}
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
        <button
          type="button"
          className={`${ui.primary} ${styles.charge}`}
          onClick={submit}
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
