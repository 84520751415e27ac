import { useEffect, useId, useRef } from 'react'
import type { Coupon } from '../../api/wire.js'
import styles from './gesture-sheet.module.css'
import { IssuedCoupon } from './issued-coupon.js'
import ui from '../../ui/ui.module.css'

/** A coupon a manager's approval issued while the counter kept serving. */
export function CouponDialog({ coupon, customerName, locale, timeZone, onClose }: { coupon: Coupon; customerName: string | null; locale: string; timeZone: string; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])
  return (
    <dialog ref={dialog} className={styles.sheet} aria-labelledby={titleId} onCancel={onClose}>
      <div className={styles.body}>
        <h2 id={titleId} className={styles.title}>
          Free drink card for {customerName ?? 'the guest'}
        </h2>
        <p className={styles.lead}>A manager approved it. Read the code out, print it, or send the link.</p>
        <IssuedCoupon coupon={coupon} locale={locale} timeZone={timeZone} />
        <div className={styles.foot}>
          <span />
          <button type="button" className={ui.primary} onClick={onClose} autoFocus>
            Done
          </button>
        </div>
      </div>
    </dialog>
  )
}
