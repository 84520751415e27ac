import { useEffect, useId, useRef, useState } from 'react'
import { Sheet, SheetDone } from '../ui/sheet.js'
import sheet from '../ui/sheet.module.css'
import { useNow } from '../ui/use-now.js'
import { DEFAULT_COUNTER_LOCK } from '../../domain/browser.js'

/** A shared tablet locks itself after the owner's policy (3 min unless set) without a touch or a key, warning 20 s before. */
export const IDLE_LOCK_MS = DEFAULT_COUNTER_LOCK.lockAfterMinutes * 60_000
export const IDLE_WARNING_MS = 20_000
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Calls `onLock` once after `idleMs` without activity; from `warningMs` before, `warningUntil` says when.
 * Any touch or key, or `keepWorking`, starts the wait again.
 */
export function useIdleLock(onLock: () => void, { idleMs = IDLE_LOCK_MS, warningMs = IDLE_WARNING_MS } = {}) {
  const [warningUntil, setWarningUntil] = useState<number | null>(null)
  const lastActivity = useRef(Date.now())
  const lock = useRef(onLock)
  lock.current = onLock
  const keepWorking = () => {
    lastActivity.current = Date.now()
    setWarningUntil(null)
  }
  useEffect(() => {
    let locked = false
    const onActivity = () => {
      lastActivity.current = Date.now()
      setWarningUntil(null)
    }
    for (const type of ACTIVITY) document.addEventListener(type, onActivity, { capture: true, passive: true })
    const timer = setInterval(() => {
      const idle = Date.now() - lastActivity.current
      if (idle >= idleMs && !locked) {
        locked = true
        lock.current()
      } else if (idle >= idleMs - warningMs) setWarningUntil(lastActivity.current + idleMs)
    }, 1_000)
    return () => {
      clearInterval(timer)
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity, { capture: true })
    }
  }, [idleMs, warningMs])
  return { warningUntil, keepWorking }
}

/** "Still there?": the counter is about to lock; the order and the open card will be kept (WCAG 2.2.1). */
export function IdleWarning({ until, onKeepWorking }: { until: number; onKeepWorking(): void }) {
  const textId = useId()
  const now = useNow(500)
  const seconds = Math.max(0, Math.ceil((until - now) / 1000))
  return (
    <Sheet title="Still there?" side role="alertdialog" describedBy={textId} onClose={onKeepWorking}>
      <p id={textId} className={sheet.lead}>
        The counter locks in {seconds} s. The order and the open card stay as they are for whoever signs in next.
      </p>
      <SheetDone onDone={onKeepWorking}>Keep working</SheetDone>
    </Sheet>
  )
}
