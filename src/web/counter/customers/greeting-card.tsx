import { useMutation } from '@tanstack/react-query'
import { Cake, CalendarCheck, CircleAlert, Coffee, HandHeart, History, NotebookPen, UserPen } from 'lucide-react'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { call, client } from '../../api/client.js'
import { keys, queryClient, useCard } from '../../api/queries.js'
import type { Catalog, CatalogItem, GreetingCard as Card, Modifier } from '../../api/wire.js'
import { formatCount, formatDate, formatDateTime, formatDuration, formatMoney, formatRelativeDays, type MoneyFormat } from '../../format.js'
import { StampLine } from '../loyalty/stamp-line.js'
import { TabLine } from '../loyalty/tab-line.js'
import type { SheetPrefill } from '../gestures/gesture-sheet.js'
import { unitPrice } from '../order/order-context.js'
import { EditCustomerDialog } from './edit-customer-dialog.js'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from './greeting-card.module.css'
import { TierBadge, TIER_WORDS } from '../../ui/tier-badge.js'
import ui from '../../ui/ui.module.css'

interface GreetingCardProps {
  customerId: string
  catalog: Catalog | undefined
  timeZone: string
  onRing(item: CatalogItem, modifiers: Modifier[]): void
  /** Opens the gesture sheet over the card (+Stamp opens it on an extra stamp). */
  onGesture(prefill?: SheetPrefill): void
  /** Managers and owners may put the customer's details right; staff see no Edit button at all. */
  canEdit?: boolean
}

/** Who is at the counter: name first and largest, then what they usually have, ready to ring in one tap. */
export function GreetingCard({ customerId, catalog, timeZone, onRing, onGesture, canEdit = false }: GreetingCardProps) {
  const card = useCard(customerId)
  const headingId = useId()
  const [writing, setWriting] = useState(false)
  const [editing, setEditing] = useState(false)

  if (card.isPending) return <CardSkeleton />
  if (card.isError) {
    return (
      <section className={styles.card} aria-label="Customer">
        <ErrorMessage error={card.error} />
      </section>
    )
  }

  const { customer } = card.data
  const locale = catalog?.locale ?? 'en-US'
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId} className={styles.name}>
          {customer.displayName}
        </h2>
        <TierBadge tier={card.data.tier} />
      </div>
      <Introductions card={card.data} />
      <ul className={styles.facts}>
        {card.data.lastVisit ? (
          <li>
            <History size={24} aria-hidden="true" />
            Last visit {formatRelativeDays(-card.data.lastVisit.daysAgo, locale)} · {card.data.lastVisit.locationName}
          </li>
        ) : (
          <li>
            <History size={24} aria-hidden="true" />
            First visit: welcome them in
          </li>
        )}
        {card.data.outlook?.lapsing && (
          // Shown only when the visit model says this regular is slipping away (UI.md §2); the words carry it, not the colour.
          <li className={styles.welcomeBack}>
            <CircleAlert size={24} aria-hidden="true" />
            <span>
              <strong>Welcome back:</strong> first visit in {formatDuration(card.data.outlook.daysSinceLastVisit, locale)}
            </span>
          </li>
        )}
        <li>
          <CalendarCheck size={24} aria-hidden="true" />
          {formatCount(card.data.visits90, 'visit', 'visits', locale)} in the last 90 days
        </li>
        {card.data.birthdayInDays !== null && (
          <li className={styles.birthday}>
            <Cake size={24} aria-hidden="true" />
            Birthday {formatRelativeDays(card.data.birthdayInDays, locale)}
          </li>
        )}
      </ul>
      <Usual card={card.data} catalog={catalog} onRing={onRing} />
      {(card.data.stamps || card.data.tab) && (
        <div className={styles.ledgers}>
          {card.data.stamps && (
            <StampLine
              customerId={customerId}
              firstName={firstName(customer.displayName)}
              stamps={card.data.stamps}
              onBonus={() => onGesture({ type: 'bonus_stamp', valueMinor: card.data.stamps!.stampValueMinor, from: 'one stamp' })}
            />
          )}
          {card.data.tab && <TabLine customerId={customerId} firstName={firstName(customer.displayName)} tab={card.data.tab} money={catalog ?? { currency: 'USD', locale }} />}
        </div>
      )}
      <Perks card={card.data} money={catalog ?? { currency: 'USD', locale }} />
      <div className={styles.actions}>
        <button type="button" className={ui.button} onClick={() => onGesture()}>
          <HandHeart size={24} aria-hidden="true" />
          Gesture
        </button>
        {canEdit && (
          <button type="button" className={ui.button} onClick={() => setEditing(true)} aria-haspopup="dialog">
            <UserPen size={24} aria-hidden="true" />
            Edit
          </button>
        )}
      </div>
      <Notes
        notes={card.data.notes}
        locale={locale}
        timeZone={timeZone}
        form={writing ? <NoteForm customerId={customerId} onDone={() => setWriting(false)} /> : null}
        action={
          <button type="button" className={ui.button} onClick={() => setWriting(true)} aria-expanded={writing} disabled={writing}>
            <NotebookPen size={24} aria-hidden="true" />
            Note
          </button>
        }
      />
      <RecentOrders card={card.data} catalog={catalog} locale={locale} timeZone={timeZone} />
      {editing && <EditCustomerDialog customer={customer} locale={locale} onClose={() => setEditing(false)} />}
    </section>
  )
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name

/** What this customer's tier gets here, in a line: "Regular: tab up to $30 · birthday reward". */
function Perks({ card, money }: { card: Card; money: MoneyFormat }) {
  const { perks } = card
  const parts = [
    perks.tabLimitMinor > 0 && `tab up to ${formatMoney(perks.tabLimitMinor, money)}`,
    perks.birthdayReward && 'birthday reward',
    perks.welcomeBackMinor > 0 && `welcome back up to ${formatMoney(perks.welcomeBackMinor, money)}`,
  ].filter((part): part is string => Boolean(part))
  if (parts.length === 0 && !perks.birthdayRewardDue) return null
  return (
    <p className={styles.perks}>
      {perks.birthdayRewardDue && (
        <span className={styles.birthday}>
          <Cake size={20} aria-hidden="true" /> Birthday reward due
        </span>
      )}
      {parts.length > 0 && (
        <span>
          <span className={styles.perksTier}>{TIER_WORDS[card.tier]} perks:</span> {parts.join(' · ')}
        </span>
      )}
    </p>
  )
}

function Introductions({ card }: { card: Card }) {
  const { pronunciation, household } = card.customer
  const people = household.map((member) => (member.relation ? `${member.name} (${member.relation})` : member.name)).join(', ')
  if (!pronunciation && !people) return null
  return (
    <p className={styles.say}>
      {pronunciation && (
        <span>
          say “<span className={styles.pronunciation}>{pronunciation}</span>”
        </span>
      )}
      {pronunciation && people && <span aria-hidden="true"> · </span>}
      {people && <span>with {people}</span>}
    </p>
  )
}

type UsualChoice = NonNullable<Card['usual']['choice']>
type Note = Card['notes'][number]

const describe = (choice: UsualChoice) => [choice.name, ...choice.modifiers.map((modifier) => modifier.name)].join(', ')

function resolve(choice: UsualChoice, catalog: Catalog | undefined): { item: CatalogItem; modifiers: Modifier[] } | null {
  const item = catalog?.items.find((candidate) => candidate.id === choice.catalogItemId)
  if (!item || !catalog) return null
  const modifiers = choice.modifiers.map((chosen) => catalog.modifiers.find((modifier) => modifier.id === chosen.id))
  if (modifiers.some((modifier) => !modifier)) return null
  return { item, modifiers: modifiers as Modifier[] }
}

function Usual({ card, catalog, onRing }: { card: Card; catalog: Catalog | undefined; onRing: GreetingCardProps['onRing'] }) {
  const { usual } = card
  const money = catalog ?? { currency: 'USD', locale: 'en-US' }
  if (usual.kind === 'usual' && usual.choice) {
    const resolved = resolve(usual.choice, catalog)
    const window = usual.confidence ? Math.round(usual.choice.orders / usual.confidence) : null
    return (
      <div className={styles.usual}>
        <p className={styles.usualWhat}>
          <Coffee size={24} aria-hidden="true" />
          <span>
            The usual: <strong>{describe(usual.choice)}</strong>
          </span>
        </p>
        {window !== null && (
          <p className={styles.confidence}>
            {usual.choice.orders} of the last {window} orders
          </p>
        )}
        <button type="button" className={`${ui.primary} ${styles.ring}`} disabled={!resolved} onClick={() => resolved && onRing(resolved.item, resolved.modifiers)}>
          Ring the usual
          {resolved && <span className="money">{formatMoney(unitPrice(resolved.item, resolved.modifiers), money)}</span>}
        </button>
        {!resolved && catalog && <p className={styles.confidence}>Not on today’s menu: pick something from the menu.</p>}
      </div>
    )
  }
  if (usual.kind === 'favourites' && usual.favourites.length > 0) {
    return (
      <div className={styles.usual}>
        <p className={styles.usualWhat}>
          <Coffee size={24} aria-hidden="true" />
          <span>No single usual yet. Favourites:</span>
        </p>
        <div className={styles.favourites}>
          {usual.favourites.slice(0, 3).map((choice) => {
            const resolved = resolve(choice, catalog)
            return (
              <button
                key={[choice.catalogItemId, ...choice.modifiers.map((modifier) => modifier.id)].join('|')}
                type="button"
                className={`${ui.button} ${styles.favourite}`}
                disabled={!resolved}
                onClick={() => resolved && onRing(resolved.item, resolved.modifiers)}
              >
                <span>{describe(choice)}</span>
                {resolved && <span className="money">{formatMoney(unitPrice(resolved.item, resolved.modifiers), money)}</span>}
              </button>
            )
          })}
        </div>
      </div>
    )
  }
  return <p className={styles.noUsual}>No usual yet: ring from the menu, and it will learn.</p>
}

function NoteForm({ customerId, onDone }: { customerId: string; onDone(): void }) {
  const [body, setBody] = useState('')
  const id = useId()
  const save = useMutation({
    mutationFn: (text: string) => call(client.POST('/customers/{id}/notes', { params: { path: { id: customerId } }, body: { body: text } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.card(customerId) })
      onDone()
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (body.trim()) save.mutate(body.trim())
  }
  return (
    <form className={styles.noteForm} onSubmit={submit}>
      <label htmlFor={id} className={ui.label}>
        New note
      </label>
      <textarea id={id} className={ui.input} rows={2} maxLength={500} value={body} onChange={(event) => setBody(event.target.value)} autoFocus />
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <div className={styles.noteActions}>
        <button type="button" className={ui.button} onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className={ui.button} disabled={save.isPending || !body.trim()}>
          Save note
        </button>
      </div>
    </form>
  )
}

interface NotesProps {
  notes: Note[]
  locale: string
  timeZone: string
  action: ReactNode
  form: ReactNode
}

function Notes({ notes, locale, timeZone, action, form }: NotesProps) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className={styles.block}>
      <div className={styles.blockHead}>
        <h3 id={headingId} className={styles.blockTitle}>
          Notes
        </h3>
        {action}
      </div>
      {form}
      {notes.length === 0 && !form && <p className={styles.meta}>Nothing yet. Jot what helps next time: names, training, allergies.</p>}
      <ul className={styles.notes}>
        {notes.map((note) => (
          <li key={note.id} className={styles.note}>
            <p>{note.body}</p>
            <p className={styles.meta}>
              {note.staffName} · {note.locationName} · <time dateTime={note.createdAt}>{formatDate(note.createdAt, locale, timeZone)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}

function RecentOrders({ card, catalog, locale, timeZone }: { card: Card; catalog: Catalog | undefined; locale: string; timeZone: string }) {
  const headingId = useId()
  const money = catalog ?? { currency: 'USD', locale }
  return (
    <section aria-labelledby={headingId} className={styles.block}>
      <h3 id={headingId} className={styles.blockTitle}>
        Recent orders
      </h3>
      {card.recentOrders.length === 0 ? (
        <p className={styles.meta}>No orders yet.</p>
      ) : (
        <ul className={styles.orders} aria-labelledby={headingId}>
          {card.recentOrders.slice(0, 5).map((order) => (
            <li key={order.id} className={styles.order}>
              <span className={styles.orderWhat}>
                {order.lines
                  .map((line) => `${line.quantity > 1 ? `${line.quantity} × ` : ''}${[line.name, ...line.modifiers.map((modifier) => modifier.name)].join(', ')}`)
                  .join('; ')}
              </span>
              <span className="money">{formatMoney(order.totalMinor, money)}</span>
              <span className={styles.meta}>
                <time dateTime={order.placedAt}>{formatDateTime(order.placedAt, locale, timeZone)}</time> · {order.locationName}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function CardSkeleton() {
  return (
    <div className={styles.skeleton} aria-hidden="true">
      <div className={styles.skeletonName} />
      <div className={styles.skeletonLine} />
      <div className={styles.skeletonLine} />
      <div className={styles.skeletonButton} />
    </div>
  )
}
