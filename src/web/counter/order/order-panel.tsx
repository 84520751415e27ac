import { useMutation } from '@tanstack/react-query'
import { Clock3, CreditCard, Gift, HandHeart, NotebookTabs, Trash2, Undo2, X } from 'lucide-react'
import { useId, useState } from 'react'
import { call, client } from '../../api/client.js'
import { keys, queryClient, useCard } from '../../api/queries.js'
import type { Actor, Catalog, GreetingCard } from '../../api/wire.js'
import type { Answer, Body } from '../../api/schema.js'
import { useLiveEvent } from '../../ui/live-events.js'
import { useNow } from '../../ui/use-now.js'
import { useGestureRequests } from '../gestures/gesture-requests.js'
import { formatClock, formatMoney } from '../../format.js'
import { useOrder } from './order-context.js'
import { CompLine } from '../gestures/comp-line.js'
import { ErrorMessage } from '../../ui/error-message.js'
import type { SheetPrefill } from '../gestures/gesture-sheet.js'
import styles from './order-panel.module.css'
import { ToastRegion, useToast } from '../../ui/toast.js'
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

const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? name

/** The current order: lines, total and Charge, pinned to the bottom-right where the thumb is. */
type OrderRequest = Body<'/orders', 'post'>
/** Just after Charge or Put on tab: the order with the stamps it earned or the tab balance. */
type PlacedOrder = Answer<'/orders', 'post'>
type NeedsApproval = Extract<Awaited<ReturnType<typeof placeOrder>>, { outcome: 'needs_approval' }>

const placeOrder = (key: string, body: OrderRequest) =>
  call(client.POST('/orders', { headers: { 'Idempotency-Key': body.payment === 'tab' ? `${key}:tab` : key }, body }))

export function OrderPanel({ catalog, customer, actor, onGesture, id }: OrderPanelProps) {
  const { order, totalMinor, remove, clear, renewKey } = useOrder()
  const { show } = useToast()
  const requests = useGestureRequests()
  const [openLine, setOpenLine] = useState<string | null>(null)
  const [compLine, setCompLine] = useState<string | null>(null)
  const titleId = useId()
  const hintId = useId()
  const money = (minor: number) => (catalog ? formatMoney(minor, catalog) : '')
  const signedIn = actor.firstName

  const card = useCard(customer?.id ?? null)
  const tab = tabChoice(card.data, totalMinor)
  const [lastCharged, setLastCharged] = useState<PlacedOrder | null>(null)
  const [tabRequest, setTabRequest] = useState<NeedsApproval | null>(null)

  const charge = useMutation({
    mutationFn: ({ key, body }: { key: string; body: OrderRequest }) => placeOrder(key, body),
    onSuccess: async (placed) => {
      if ('outcome' in placed) {
        setTabRequest(placed)
        show(`Over the tab limit: asked a manager to allow ${money(placed.wouldBeMinor)} of ${money(placed.capMinor)}.`, { tone: 'info', ms: 6_000 })
        return
      }
      clear()
      setLastCharged(placed)
      show(chargedWords(placed, customer?.displayName ?? null, money))
      if (placed.customerId) await queryClient.invalidateQueries({ queryKey: keys.card(placed.customerId) })
    },
  })

  useLiveEvent((message) => {
    if (!tabRequest || message.data.tabApprovalId !== tabRequest.approval.id) return
    if (message.topic === 'approval.decided' && message.data.status === 'approved') {
      clear()
      setTabRequest(null)
      show(`Approved: on ${customer ? firstWord(customer.displayName) : 'the'}'s tab.`)
      if (message.data.customerId) void queryClient.invalidateQueries({ queryKey: keys.card(message.data.customerId) })
    } else if (message.topic === 'approval.decided' || message.topic === 'approval.expired') {
      setTabRequest(null)
      renewKey()
      show(message.topic === 'approval.expired' ? 'No manager answered: take payment now instead.' : 'A manager declined the tab: take payment now instead.', { tone: 'warn', ms: 8_000 })
    }
  })

  const submit = (payment: 'paid' | 'tab' = 'paid') => {
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
        ...(payment === 'tab' && { payment }),
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
        {tabRequest && (
          <ul className={styles.waiting} aria-label="Waiting for a manager">
            <li className={styles.chip}>
              <Clock3 size={20} aria-hidden="true" className={styles.chipIcon} />
              <span className={styles.chipTitle}>Waiting for a manager · tab limit {money(tabRequest.capMinor)}</span>
              <span className={styles.chipWhat}>
                Put {money(tabRequest.approval.amountMinor)} on the tab ({money(tabRequest.wouldBeMinor)} owed)
              </span>
              <button
                type="button"
                className={styles.chipCancel}
                onClick={() => {
                  setTabRequest(null)
                  renewKey()
                }}
                aria-label="Cancel waiting: tab request"
              >
                Cancel
              </button>
            </li>
          </ul>
        )}
        {lastCharged && <UndoCharge order={lastCharged} money={money} onDone={() => setLastCharged(null)} />}
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
          <button type="button" className={`${ui.button} ${styles.tab}`} onClick={() => submit('tab')} disabled={empty || charge.isPending || tabRequest !== null}>
            <NotebookTabs size={24} aria-hidden="true" />
            {tab.overLimit ? `Ask a manager (tab limit ${money(tab.limitMinor)})` : 'Put on tab'}
          </button>
        )}
        <button
          type="button"
          className={`${ui.primary} ${styles.charge}`}
          onClick={() => submit()}
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

function chargedWords(order: PlacedOrder, customerName: string | null, money: (minor: number) => string): string {
  const who = customerName ? ` for ${customerName}` : ''
  const head = order.status === 'tab' && order.tab ? `On the tab${who}: ${money(order.tab.balanceMinor)} of ${money(order.tab.limitMinor)}.` : `Charged ${money(order.totalMinor)}${who}.`
  const stamp = order.stamps?.earned ? ` +${order.stamps.earned} stamp${order.stamps.earned > 1 ? 's' : ''}.` : ''
  return head + stamp
}

/** The server allows an undo for two minutes after Charge; the button stays that long and counts down. */
const UNDO_MS = 2 * 60_000

function UndoCharge({ order, money, onDone }: { order: PlacedOrder; money: (minor: number) => string; onDone(): void }) {
  const now = useNow(1_000)
  const { show } = useToast()
  const left = Math.max(0, Date.parse(order.placedAt) + UNDO_MS - now)
  const undo = useMutation({
    mutationFn: () => call(client.POST('/orders/{id}/undo', { params: { path: { id: order.id } } })),
    onSuccess: async () => {
      show(`Undone: the ${money(order.totalMinor)} order is voided.`)
      onDone()
      if (order.customerId) await queryClient.invalidateQueries({ queryKey: keys.card(order.customerId) })
    },
  })
  if (left === 0 && !undo.error) {
    queueMicrotask(onDone)
    return null
  }
  const seconds = Math.ceil(left / 1_000)
  return (
    <div className={styles.undo}>
      <span>
        Last order <span className="money">{money(order.totalMinor)}</span>
      </span>
      <button type="button" className={ui.button} onClick={() => undo.mutate()} disabled={undo.isPending || left === 0}>
        <Undo2 size={24} aria-hidden="true" />
        Undo <span className={styles.meta}>({Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, '0')})</span>
      </button>
      {undo.error ? <ErrorMessage error={undo.error} /> : null}
    </div>
  )
}
