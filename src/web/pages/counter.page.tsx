import { Lock, ScanLine } from 'lucide-react'
import { useRef, useState } from 'react'
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom'
import { api } from '../api/client.js'
import { keys, queryClient, useCard, useCatalog, useLocations, useSession } from '../api/queries.js'
import type { Actor, SearchResult } from '../api/types.js'
import { CatalogGrid } from '../components/catalog-grid.js'
import { Clock } from '../components/clock.js'
import { CustomerSearch } from '../components/customer-search.js'
import { ErrorMessage } from '../components/error-message.js'
import { GreetingCard } from '../components/greeting-card.js'
import { NewCustomerForm } from '../components/new-customer-form.js'
import { OrderPanel } from '../components/order-panel.js'
import ui from '../components/ui.module.css'
import { useOrder } from '../order/order-context.js'
import type { LockState } from './lock.page.js'
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
  const searchInput = useRef<HTMLInputElement>(null)
  const catalog = useCatalog()
  const locations = useLocations()
  const card = useCard(customerId)
  const { add } = useOrder()
  const locationName = locations.data?.find((candidate) => candidate.id === actor.locationId)?.name

  const openCustomer = (id: string) => {
    setParams({ c: id })
    setQuery('')
    setCreating(null)
  }
  const closeCustomer = () => setParams({})
  const lock = async () => {
    await api('/session', { method: 'DELETE' }).catch(() => undefined)
    navigate('/counter/lock', { state: { returnTo: params.toString() ? `?${params.toString()}` : '' } satisfies LockState })
    queryClient.setQueryData(keys.session, null)
  }

  const customer = customerId && card.data ? { id: customerId, displayName: card.data.customer.displayName } : null
  const searching = query.trim().length > 0

  return (
    <div className={styles.screen}>
      <header className={styles.bar}>
        <span className={styles.brand}>
          Usual<span className={styles.place}> · {locationName ?? '…'}</span>
        </span>
        <span className={styles.barRight}>
          <Clock timeZone={actor.timeZone} locale={catalog.data?.locale} />
          <span className={styles.who}>{actor.firstName}</span>
          <button type="button" className={ui.button} onClick={lock}>
            <Lock size={24} aria-hidden="true" />
            Lock
          </button>
        </span>
      </header>
      <main className={styles.main}>
        <div className={styles.left}>
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
            />
          ) : (
            <div className={styles.hint}>
              <ScanLine size={48} aria-hidden="true" />
              <p className={styles.hintTitle}>Type a name, phone or card code</p>
              <p>A whole phone number or a card scan opens the customer at once.</p>
            </div>
          )}
        </div>
        <section className={styles.menu} aria-label="Menu">
          {catalog.data ? (
            <CatalogGrid catalog={catalog.data} onAdd={(item, modifiers) => add(item, modifiers, actor.firstName)} />
          ) : catalog.error ? (
            <ErrorMessage error={catalog.error} />
          ) : null}
        </section>
      </main>
      <OrderPanel catalog={catalog.data} customer={customer} signedIn={actor.firstName} />
    </div>
  )
}
