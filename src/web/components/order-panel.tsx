import { useMutation } from '@tanstack/react-query'
import { CreditCard, Trash2, X } from 'lucide-react'
import { useEffect, useId, useState } from 'react'
import { api } from '../api/client.js'
import { keys, queryClient } from '../api/queries.js'
import type { Catalog, Order, OrderRequest } from '../api/types.js'
import { formatMoney } from '../format.js'
import { useOrder } from '../order/order-context.js'
import { ErrorMessage } from './error-message.js'
import styles from './order-panel.module.css'
import ui from './ui.module.css'

interface OrderPanelProps {
  catalog: Catalog | undefined
  customer: { id: string; displayName: string } | null
  signedIn: string
}

interface Toast {
  id: number
  text: string
}

const TOAST_MS = 4_000

const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? name

/** The current order: lines, total and Charge, pinned to the bottom-right where the thumb is. */
export function OrderPanel({ catalog, customer, signedIn }: OrderPanelProps) {
  const { order, totalMinor, remove, clear } = useOrder()
  const [toast, setToast] = useState<Toast | null>(null)
  const titleId = useId()
  const hintId = useId()
  const money = (minor: number) => (catalog ? formatMoney(minor, catalog) : '')

  const charge = useMutation({
    mutationFn: ({ key, body }: { key: string; body: OrderRequest }) =>
      api<Order>('/orders', { method: 'POST', headers: { 'Idempotency-Key': key }, body }),
    onSuccess: async (placed) => {
      clear()
      setToast({ id: Date.now(), text: `Charged ${money(placed.totalMinor)}${customer ? ` for ${customer.displayName}` : ''}.` })
      if (placed.customerId) await queryClient.invalidateQueries({ queryKey: keys.card(placed.customerId) })
    },
  })

  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => setToast(null), TOAST_MS)
    return () => clearTimeout(timer)
  }, [toast])

  const submit = () => {
    if (!order.idempotencyKey || order.lines.length === 0) return
    charge.mutate({
      key: order.idempotencyKey,
      body: {
        customerId: customer?.id ?? null,
        lines: order.lines.map((line) => ({
          catalogItemId: line.catalogItemId,
          quantity: line.quantity,
          modifierIds: line.modifiers.map((modifier) => modifier.id),
        })),
      },
    })
  }
  const empty = order.lines.length === 0

  return (
    <aside className={styles.panel} aria-label="Current order">
      <div className={styles.head}>
        <h2 id={titleId} className={styles.title}>
          {customer ? `Order for ${firstWord(customer.displayName)}` : 'Walk-in order'}
        </h2>
        {order.startedBy && order.startedBy !== signedIn && <p className={styles.meta}>Started by {order.startedBy}</p>}
      </div>
      <div className={styles.lines}>
        {empty ? (
          <p id={hintId} className={styles.empty}>
            Tap an item on the menu{customer ? ', or Ring the usual,' : ''} to start the order.
          </p>
        ) : (
          <ul aria-labelledby={titleId} className={styles.list}>
            {order.lines.map((line) => (
              <li key={line.key} className={styles.line}>
                <div className={styles.lineText}>
                  <span className={styles.lineName}>
                    {line.quantity > 1 && <span className="money">{line.quantity} × </span>}
                    {line.name}
                  </span>
                  {line.modifiers.length > 0 && <span className={styles.meta}>{line.modifiers.map((modifier) => modifier.name).join(', ')}</span>}
                </div>
                <span className={`money ${styles.linePrice}`}>{money(line.unitPriceMinor * line.quantity)}</span>
                <button type="button" className={`${ui.quiet} ${styles.remove}`} onClick={() => remove(line.key)} aria-label={`Remove ${line.name}`}>
                  <X size={20} aria-hidden="true" />
                  <span aria-hidden="true">Remove</span>
                </button>
              </li>
            ))}
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
        <div className={styles.total}>
          <span>Total</span>
          <span className="money">{money(totalMinor)}</span>
        </div>
        {charge.error ? (
          <ErrorMessage error={charge.error}>
            <span className={styles.retry}> Tap Charge to try again; it will not charge twice.</span>
          </ErrorMessage>
        ) : null}
        <div role="status" aria-live="polite" className={styles.toastRegion}>
          {toast && (
            <p key={toast.id} className={styles.toast}>
              {toast.text}
            </p>
          )}
        </div>
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
