import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import styles from './toast.module.css'

export type ToastTone = 'ok' | 'warn' | 'info'

export interface Toast {
  id: number
  text: string
  tone: ToastTone
  /** 4 s by default; longer for words someone has to read (a manager's reason). */
  ms: number
}

interface ToastApi {
  toast: Toast | null
  show(text: string, options?: { tone?: ToastTone; ms?: number }): void
  dismiss(): void
}

const ToastContext = createContext<ToastApi | null>(null)

export const TOAST_MS = 4_000

/** One toast at a time, shared by the whole screen; each page places the region where it fits. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Toast | null>(null)
  const show = useCallback((text: string, options: { tone?: ToastTone; ms?: number } = {}) => {
    setToast({ id: Date.now() + Math.random(), text, tone: options.tone ?? 'ok', ms: options.ms ?? TOAST_MS })
  }, [])
  const dismiss = useCallback(() => setToast(null), [])

  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => setToast(null), toast.ms)
    return () => clearTimeout(timer)
  }, [toast])

  const value = useMemo(() => ({ toast, show, dismiss }), [toast, show, dismiss])
  return <ToastContext.Provider value={value}>{children}</ToastContext.Provider>
}

export function useToast(): ToastApi {
  const value = useContext(ToastContext)
  if (!value) throw new Error('useToast needs a ToastProvider')
  return value
}

/** The polite live region the toast appears in: success above the order bar, never over Charge. */
export function ToastRegion({ className }: { className?: string }) {
  const { toast } = useToast()
  return (
    <div role="status" aria-live="polite" className={`${styles.region} ${className ?? ''}`}>
      {toast && (
        <p key={toast.id} className={styles[toast.tone]}>
          {toast.text}
        </p>
      )}
    </div>
  )
}
