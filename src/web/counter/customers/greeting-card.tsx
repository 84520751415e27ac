import { Cake, CalendarCheck, CircleAlert, HandHeart, History, NotebookPen, UserPen } from 'lucide-react'
import { useId, useState } from 'react'
import { useCard } from '../../api/queries.js'
import type { Catalog, CatalogItem, Modifier } from '../../api/wire.js'
import { firstName, formatCount, formatDuration, formatRelativeDays } from '../../format.js'
import { StampLine } from '../loyalty/stamp-line.js'
import { TabLine } from '../loyalty/tab-line.js'
import type { SheetPrefill } from '../gestures/gesture-sheet.js'
import { EditCustomerDialog } from './edit-customer-dialog.js'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from './greeting-card.module.css'
import { TierBadge } from '../../ui/tier-badge.js'
import ui from '../../ui/ui.module.css'
import { NoteForm, Notes } from './card-notes.js'
import { Introductions, Perks } from './card-perks.js'
import { RecentOrders } from './card-recent-orders.js'
import { Usual } from './card-usual.js'

export interface GreetingCardProps {
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
