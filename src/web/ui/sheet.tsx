import { X } from 'lucide-react'
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react'
import blocks from './blocks.module.css'
import styles from './sheet.module.css'
import ui from './ui.module.css'

interface SheetProps {
  /** The heading, which is also the dialog's accessible name: "Gesture for Jill Okafor". */
  title: ReactNode
  /** Esc, and the Close button when there is one. */
  onClose(): void
  /** Shows a Close button beside the title. */
  closable?: boolean
  /** On the right, so the greeting card stays in view on the left. */
  side?: boolean
  /** Instead of the plain look: a class that composes `sheet` or `sideSheet` from sheet.module.css and sets the size. */
  className?: string
  role?: 'alertdialog'
  describedBy?: string
  /** Makes the body a form. */
  onSubmit?(event: FormEvent<HTMLFormElement>): void
  noValidate?: boolean
  children: ReactNode
}

/** A modal counter dialog: the title (and Close) on top, then the body, as a form when it submits. */
export function Sheet({ title, onClose, closable = false, side = false, className, role, describedBy, onSubmit, noValidate, children }: SheetProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  const head = (
    <div className={blocks.titleRow}>
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {closable && (
        <button type="button" className={ui.quiet} onClick={onClose}>
          <X size={24} aria-hidden="true" />
          Close
        </button>
      )}
    </div>
  )
  return (
    <dialog ref={dialog} className={className ?? (side ? styles.sideSheet : styles.sheet)} role={role} aria-labelledby={titleId} aria-describedby={describedBy} onCancel={onClose}>
      {onSubmit ? (
        <form className={styles.body} onSubmit={onSubmit} noValidate={noValidate}>
          {head}
          {children}
        </form>
      ) : (
        <div className={styles.body}>
          {head}
          {children}
        </div>
      )}
    </dialog>
  )
}

/** The one button that ends a sheet with nothing left to decide: "Done", "Keep working". */
export function SheetDone({ onDone, children = 'Done' }: { onDone(): void; children?: ReactNode }) {
  return (
    <div className={styles.foot}>
      <button type="button" className={ui.primary} onClick={onDone} autoFocus>
        {children}
      </button>
    </div>
  )
}
