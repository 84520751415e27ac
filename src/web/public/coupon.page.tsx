import { MessageCircleHeart, Printer } from 'lucide-react'
import { useEffect } from 'react'
import { call, client } from '../api/client.js'
import { formatWeekdayDate } from '../format.js'
import styles from './public.module.css'
import { usePublic } from './use-public.js'
import { Loaded } from './public-page.js'
import type { Answer } from '../api/schema.js'

/** A customer's coupon at /c/:token: the message, the benefit, the code and QR, and how to reach us. `?print=1` prints it. */
export function CouponPage({ token }: { token: string }) {
  const load = usePublic(token, (signal) => call(client.GET('/public/coupons/{token}', { params: { path: { token } }, signal })))
  const ready = load.state === 'ready' ? load.data : null
  useEffect(() => {
    if (!ready) return
    document.title = `${ready.benefit} · ${ready.business}`
    if (new URLSearchParams(window.location.search).get('print') !== '1') return
    // Printed from the counter: wait a frame so the QR code is laid out first.
    const timer = setTimeout(() => window.print(), 250)
    return () => clearTimeout(timer)
  }, [ready])

  return (
    <Loaded load={load} missing={{ title: 'This coupon link is not valid', help: 'Check that the whole link was copied, or ask us at the counter: we can look it up by its code.' }} failed="We could not load your coupon">
      {(coupon) => <Coupon coupon={coupon} />}
    </Loaded>
  )
}

function Coupon({ coupon }: { coupon: Answer<'/public/coupons/{token}', 'get'> }) {
  const until = formatWeekdayDate(coupon.expiresAt, coupon.locale, coupon.timeZone)
  const usable = coupon.status === 'valid'
  return (
    <main className={styles.page} lang={coupon.locale}>
      <article className={styles.card} aria-labelledby="coupon-business">
        <h1 id="coupon-business" className={styles.business}>
          {coupon.business}
        </h1>
        <p className={styles.message}>{coupon.message}</p>
        <p className={styles.benefit}>{coupon.benefit}</p>
        {coupon.status !== 'valid' && (
          <p className={styles.status} role="status">
            {coupon.status === 'redeemed' ? 'Already used' : `Expired on ${until}`}
          </p>
        )}
        <div className={usable ? styles.qr : styles.qrUsed} role="img" aria-label="QR code: show it at the counter" dangerouslySetInnerHTML={{ __html: coupon.qrSvg }} />
        <p className={styles.codeLabel}>Code</p>
        <p className={usable ? styles.code : styles.codeUsed}>{coupon.code}</p>
        {usable && <p className={styles.until}>Valid until {until}</p>}
        <p className={styles.how}>Show this at the counter, or read out the code.</p>
        <nav className={styles.actions} aria-label="Coupon">
          <a className={styles.button} href={coupon.feedbackPath}>
            <MessageCircleHeart size={22} aria-hidden="true" />
            Tell us how we did
          </a>
          <button type="button" className={styles.buttonQuiet} onClick={() => window.print()}>
            <Printer size={22} aria-hidden="true" />
            Print
          </button>
        </nav>
        {coupon.customerCare && <p className={styles.care}>Customer care: {coupon.customerCare}</p>}
      </article>
    </main>
  )
}
