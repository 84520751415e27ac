import { useEffect, useRef } from 'react'

/** Keys from a barcode scanner come faster than anyone types, and end with Enter (UI.md). */
export const SCAN_KEY_GAP_MS = 40
export const SCAN_MIN_LENGTH = 6

type Field = HTMLInputElement | HTMLTextAreaElement

interface Burst {
  text: string
  lastAt: number
  /** The field the burst started in and its value before, to take a scan back out of a note. */
  field: Field | null
  before: string
}

const isField = (target: EventTarget | null): target is Field => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement

/** Sets a field's value the way typing does, so React sees it. */
function restoreValue(field: Field, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set
  setter?.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * Listens on the whole document for scanner bursts: SCAN_MIN_LENGTH or more characters less than SCAN_KEY_GAP_MS
 * apart, ended by Enter. `onScan` gets the code wherever focus is; a burst that landed in another text field (a
 * note) is taken back out of it. `scanField` is the field meant for codes (the search box), which keeps its text.
 */
export function useScanner(onScan: (code: string) => void, scanField?: { readonly current: HTMLElement | null }) {
  const handler = useRef(onScan)
  handler.current = onScan
  useEffect(() => {
    let burst: Burst | null = null
    const onKeyDown = (event: KeyboardEvent) => {
      const now = event.timeStamp
      if (event.key === 'Enter') {
        const scanned = burst && now - burst.lastAt < SCAN_KEY_GAP_MS && burst.text.length >= SCAN_MIN_LENGTH ? burst : null
        burst = null
        if (!scanned) return
        event.preventDefault()
        event.stopPropagation()
        if (scanned.field && scanned.field !== scanField?.current) restoreValue(scanned.field, scanned.before)
        handler.current(scanned.text)
        return
      }
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) {
        burst = null
        return
      }
      if (burst && now - burst.lastAt < SCAN_KEY_GAP_MS) {
        burst.text += event.key
        burst.lastAt = now
      } else {
        const field = isField(event.target) ? event.target : null
        burst = { text: event.key, lastAt: now, field, before: field?.value ?? '' }
      }
    }
    document.addEventListener('keydown', onKeyDown, { capture: true })
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [scanField])
}
