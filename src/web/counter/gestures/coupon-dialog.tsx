import type { Coupon } from '../../api/wire.js'
import { IssuedCoupon } from './issued-coupon.js'
import { Sheet, SheetDone } from '../../ui/sheet.js'
import sheet from '../../ui/sheet.module.css'

interface CouponDialogProps {
  coupon: Coupon
  /** "Jill Okafor", or "the guest". */
  who: string
  /** How it came about, and what to do with it now. */
  lead: string
  locale: string
  timeZone: string
  onClose(): void
}

/** A free drink card just issued, given at once or approved by a manager while the counter kept serving. */
export function CouponDialog({ coupon, who, lead, locale, timeZone, onClose }: CouponDialogProps) {
  return (
    <Sheet title={`Free drink card for ${who}`} side onClose={onClose}>
      <p className={sheet.lead}>{lead}</p>
      <IssuedCoupon coupon={coupon} locale={locale} timeZone={timeZone} />
      <SheetDone onDone={onClose} />
    </Sheet>
  )
}
