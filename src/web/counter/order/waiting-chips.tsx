import { Clock3 } from 'lucide-react'
import type { ReactNode } from 'react'
import type { Actor } from '../../api/wire.js'
import { formatClock } from '../../format.js'
import { useGestureRequests } from '../gestures/gesture-requests.js'
import styles from './order-panel.module.css'
import type { TabRequest } from './use-checkout.js'

interface WaitingChipsProps {
  actor: Actor
  locale: string
  tabRequest: TabRequest | null
  money: (minor: number) => string
  onCancelTab(): void
}

/** "Waiting for a manager · 08:43 [Cancel]": the gestures and the tab this person has asked about (UI.md §2). */
export function WaitingChips({ actor, locale, tabRequest, money, onCancelTab }: WaitingChipsProps) {
  const requests = useGestureRequests()
  return (
    <>
      {requests.pending.length > 0 && (
        <ul className={styles.waiting} aria-label="Waiting for a manager">
          {requests.pending.map((request) => (
            <WaitingChip
              key={request.gestureId}
              title={
                <>
                  Waiting for a manager · <time dateTime={request.requestedAt}>{formatClock(new Date(request.requestedAt), locale, actor.timeZone)}</time>
                </>
              }
              what={request.label}
              cancelLabel={`Cancel waiting: ${request.label}`}
              onCancel={() => requests.cancel(request.gestureId)}
            />
          ))}
        </ul>
      )}
      {tabRequest && (
        <ul className={styles.waiting} aria-label="Waiting for a manager">
          <WaitingChip
            title={`Waiting for a manager · tab limit ${money(tabRequest.capMinor)}`}
            what={`Put ${money(tabRequest.approval.amountMinor)} on the tab (${money(tabRequest.wouldBeMinor)} owed)`}
            cancelLabel="Cancel waiting: tab request"
            onCancel={onCancelTab}
          />
        </ul>
      )}
    </>
  )
}

function WaitingChip({ title, what, cancelLabel, onCancel }: { title: ReactNode; what: string; cancelLabel: string; onCancel(): void }) {
  return (
    <li className={styles.chip}>
      <Clock3 size={20} aria-hidden="true" className={styles.chipIcon} />
      <span className={styles.chipTitle}>{title}</span>
      <span className={styles.chipWhat}>{what}</span>
      <button type="button" className={styles.chipCancel} onClick={onCancel} aria-label={cancelLabel}>
        Cancel
      </button>
    </li>
  )
}
