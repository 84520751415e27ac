import { CircleCheck, ShieldAlert } from 'lucide-react'
import type { Policies } from '../../api/wire.js'
import { formatMoney, type MoneyFormat } from '../../format.js'
import { isUnlimited, type Preview } from '../../ui/gesture-words.js'
import notice from '../../ui/notice.module.css'

interface GesturePreviewProps {
  id: string
  preview: Preview | null
  /** The giver's own policy, once it has loaded. */
  mine: Policies['mine'] | undefined
  policiesFailed: boolean
  leftTodayMinor: number | null
  money: MoneyFormat
}

/** The live line under the sheet: within the giver's limits, or which limit it would pass. */
export function GesturePreview({ id, preview, mine, policiesFailed, leftTodayMinor, money }: GesturePreviewProps) {
  const tone = preview ? (preview.outcome === 'grant' ? notice.ok : notice.warn) : notice.waiting
  return (
    <div id={id} aria-live="polite" className={`${tone} ${notice.withIcon}`}>
      {preview ? (
        <>
          {preview.outcome === 'grant' ? <CircleCheck size={24} aria-hidden="true" /> : <ShieldAlert size={24} aria-hidden="true" />}
          <span>{preview.text}</span>
        </>
      ) : policiesFailed ? (
        <span>Can’t check your limits right now; the server will decide when you tap.</span>
      ) : mine ? (
        <span>
          Your limit: {describeLimit(mine.maxPerGestureMinor, money)} per gesture
          {leftTodayMinor !== null ? `, ${describeLimit(leftTodayMinor, money)} left today` : ''}.
        </span>
      ) : (
        <span>Checking your limits…</span>
      )}
    </div>
  )
}

function describeLimit(minor: number, money: MoneyFormat): string {
  return isUnlimited(minor) ? 'no limit' : formatMoney(minor, money)
}
