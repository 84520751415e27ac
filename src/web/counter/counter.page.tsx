import { BellRing, Lock, ScanLine, TicketCheck } from 'lucide-react'
import { useRef, useState } from 'react'
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom'
import { call, client } from '../api/client.js'
import { keys, queryClient, useCard, useCatalog, useLocations, usePolicies, useSession } from '../api/queries.js'
import type { Actor, SearchResult } from '../api/wire.js'
import { CatalogGrid } from './order/catalog-grid.js'
import { Clock } from '../ui/clock.js'
import { CouponDialog } from './gestures/coupon-dialog.js'
import { CustomerSearch } from './customers/customer-search.js'
import { ErrorMessage } from '../ui/error-message.js'
import { GestureSheet, type SheetPrefill } from './gestures/gesture-sheet.js'
import { GreetingCard } from './customers/greeting-card.js'
import { NewCustomerForm } from './customers/new-customer-form.js'
import { OrderPanel } from './order/order-panel.js'
import { RedeemCoupon } from './gestures/redeem-coupon.js'
import ui from '../ui/ui.module.css'
import { useGestureRequests } from './gestures/gesture-requests.js'
import { LiveIndicator, OfflineBanner } from '../ui/live-events.js'
import { useOrder } from './order/order-context.js'
import { useScanner } from './use-scanner.js'
import { isDecisiveMatch } from './customers/use-customer-search.js'
import { IDLE_LOCK_MS, IdleWarning, useIdleLock } from './idle-lock.js'
import { KudosForYou } from './kudos-for-you.js'
import type { LockState } from './lock/lock.page.js'
import styles from './counter.page.module.css'

/** The counter at 1180x820: customer on the left, the menu in the middle, the order on the right. */
export function CounterPage() {
  const session = useSession()
  const location = useLocation()
  if (session.isPending) return <div className={styles.loading} aria-busy="true" />
  if (session.isError) {
    return (
      <main className={styles.loading}>
        <ErrorMessage error={session.error} />
      </main>
    )
  }
  if (!session.data) return <Navigate to="/counter/lock" replace state={{ returnTo: location.search } satisfies LockState} />
  return <Counter actor={session.data} />
}

function Counter({ actor }: { actor: Actor }) {
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const customerId = params.get('c')
  const [query, setQuery] = useState('')
  const [creating, setCreating] = useState<string | null>(null)
  const [prefill, setPrefill] = useState<SheetPrefill | undefined>(undefined)
  const [redeeming, setRedeeming] = useState(false)
  const requests = useGestureRequests()
  const sheetOpen = params.get('sheet') === 'gesture'
  const searchInput = useRef<HTMLInputElement>(null)
  const catalog = useCatalog()
  const locations = useLocations()
  const card = useCard(customerId)
  const { add, order } = useOrder()
  const [pane, setPane] = useState<CounterPane>('card')
  const locationName = locations.data?.find((candidate) => candidate.id === actor.locationId)?.name

  const openCustomer = (id: string) => {
    setParams({ c: id })
    setQuery('')
    setCreating(null)
    // On the narrow layout a picked, scanned or new customer shows at once.
    setPane('card')
  }
  const closeCustomer = () => setParams({})
  // The sheet is part of the address (?c=<id>&sheet=gesture), so locking and unlocking keeps it open.
  const openSheet = (next?: SheetPrefill) => {
    setPrefill(next)
    setParams(customerId ? { c: customerId, sheet: 'gesture' } : { sheet: 'gesture' })
  }
  const closeSheet = () => {
    setPrefill(undefined)
    setParams(customerId ? { c: customerId } : {})
  }
  const lock = async () => {
    await call(client.DELETE('/session')).catch(() => undefined)
    navigate('/counter/lock', { state: { returnTo: params.toString() ? `?${params.toString()}` : '' } satisfies LockState })
    queryClient.setQueryData(keys.session, null)
  }

  const policies = usePolicies()
  const idle = useIdleLock(() => void lock(), { idleMs: policies.data ? policies.data.counter.lockAfterMinutes * 60_000 : IDLE_LOCK_MS })
  // A loyalty card scanned anywhere on the counter is looked up at once (no debounce); a decisive match opens the
  // card, and anything else is left in the search box with its results.
  useScanner(async (code) => {
    setCreating(null)
    try {
      const found = await call(client.GET('/customers', { params: { query: { q: code } } }))
      const [only] = found.results
      if (only && isDecisiveMatch({ query: code, results: found.results })) return openCustomer(only.id)
    } catch {
      // The search box says what went wrong.
    }
    setQuery(code)
  }, searchInput)

  const customer = customerId && card.data ? { id: customerId, displayName: card.data.customer.displayName } : null
  const searching = query.trim().length > 0

  return (
    <div className={styles.screen} data-pane={pane}>
      {idle.warningUntil !== null && <IdleWarning until={idle.warningUntil} onKeepWorking={idle.keepWorking} />}
      <header className={styles.bar}>
        <span className={styles.brand}>
          Usual<span className={styles.place}> · {locationName ?? '…'}</span>
        </span>
        <span className={styles.barRight}>
          {actor.role !== 'staff' && (
            <Link to="/m" className={ui.button}>
              <BellRing size={24} aria-hidden="true" />
              Approvals
            </Link>
          )}
          <button type="button" className={ui.button} onClick={() => setRedeeming(true)}>
            <TicketCheck size={24} aria-hidden="true" />
            Redeem coupon
          </button>
          <Clock timeZone={actor.timeZone} locale={catalog.data?.locale} />
          <LiveIndicator />
          <span className={styles.who}>{actor.firstName}</span>
          <button type="button" className={ui.button} onClick={lock}>
            <Lock size={24} aria-hidden="true" />
            Lock
          </button>
        </span>
      </header>
      <PaneTabs pane={pane} onChange={setPane} lines={order.lines.reduce((sum, line) => sum + line.quantity, 0)} />
      <main className={styles.main}>
        <div id={PANE_IDS.card} className={styles.left}>
          <CustomerSearch
            query={query}
            inputRef={searchInput}
            onQueryChange={(next) => {
              setQuery(next)
              if (next) setCreating(null)
            }}
            onPick={(result: SearchResult) => openCustomer(result.id)}
            onClose={customerId && creating === null ? closeCustomer : undefined}
            onNew={(typed) => {
              setCreating(typed)
              setQuery('')
            }}
          />
          {creating !== null ? (
            <NewCustomerForm
              key={creating}
              typed={creating}
              onCreated={(created) => openCustomer(created.id)}
              onOpen={openCustomer}
              onCancel={() => setCreating(null)}
            />
          ) : searching ? null : customerId ? (
            <GreetingCard
              key={customerId}
              customerId={customerId}
              catalog={catalog.data}
              timeZone={actor.timeZone}
              onRing={(item, modifiers) => add(item, modifiers, actor.firstName)}
              onGesture={openSheet}
              canEdit={actor.role !== 'staff'}
            />
          ) : (
            <>
              <KudosForYou staffId={actor.staffId} firstName={actor.firstName} />
              <div className={styles.hint}>
                <ScanLine size={48} aria-hidden="true" />
                <p className={styles.hintTitle}>Type a name, phone or card code</p>
                <p>A whole phone number or a card scan opens the customer at once.</p>
              </div>
            </>
          )}
        </div>
        <section id={PANE_IDS.menu} className={styles.menu} aria-label="Menu">
          {catalog.data ? (
            <CatalogGrid catalog={catalog.data} onAdd={(item, modifiers) => add(item, modifiers, actor.firstName)} />
          ) : catalog.error ? (
            <ErrorMessage error={catalog.error} />
          ) : null}
        </section>
      </main>
      <OrderPanel id={PANE_IDS.order} catalog={catalog.data} customer={customer} actor={actor} onGesture={openSheet} />
      <OfflineBanner className={styles.offline} />
      {sheetOpen && catalog.data && (!customerId || card.data) && (
        <GestureSheet
          key={customerId ?? 'guest'}
          actor={actor}
          customer={customer}
          catalog={catalog.data}
          card={card.data}
          prefill={prefill}
          onClose={closeSheet}
        />
      )}
      {redeeming && <RedeemCoupon onClose={() => setRedeeming(false)} onGesture={() => openSheet()} />}
      {requests.approvedCoupon && (
        <CouponDialog
          coupon={requests.approvedCoupon.coupon}
          who={requests.approvedCoupon.customerName ?? 'the guest'}
          lead="A manager approved it. Read the code out, print it, or send the link."
          locale={catalog.data?.locale ?? 'en-US'}
          timeZone={actor.timeZone}
          onClose={requests.clearApprovedCoupon}
        />
      )}
    </div>
  )
}

type CounterPane = 'card' | 'menu' | 'order'

const PANE_IDS: Record<CounterPane, string> = { card: 'counter-card', menu: 'counter-menu', order: 'counter-order' }

/**
 * At 200 % zoom (or on a narrow screen) the counter's three columns become tabs, Card | Menu | Order, instead of
 * scrolling sideways (UI.md §5). The tabs are hidden, and every column shown, when there is room.
 */
function PaneTabs({ pane, onChange, lines }: { pane: CounterPane; onChange(pane: CounterPane): void; lines: number }) {
  const labels: Record<CounterPane, string> = { card: 'Card', menu: 'Menu', order: lines > 0 ? `Order (${lines})` : 'Order' }
  return (
    <div className={styles.tabs} role="tablist" aria-label="Counter">
      {(Object.keys(labels) as CounterPane[]).map((candidate) => (
        <button
          key={candidate}
          type="button"
          role="tab"
          aria-selected={pane === candidate}
          aria-controls={PANE_IDS[candidate]}
          className={styles.tab}
          onClick={() => onChange(candidate)}
        >
          {labels[candidate]}
        </button>
      ))}
    </div>
  )
}
