import { useQuery } from '@tanstack/react-query'
import { Check, Copy, Mail, Printer } from 'lucide-react'
import { useState } from 'react'
import { call, client, isApiError } from '../../api/client.js'
import type { Coupon } from '../../api/wire.js'
import { formatWeekdayDate } from '../../format.js'
import styles from './issued-coupon.module.css'
import ui from '../../ui/ui.module.css'

export const couponToken = (coupon: Pick<Coupon, 'link'>) => coupon.link.split('/c/')[1] ?? ''

/** Copies text where the Clipboard API is missing too (a tablet on plain http over the LAN). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Fall through to the old way.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  const copied = document.execCommand('copy')
  area.remove()
  return copied
}

interface IssuedCouponProps {
  coupon: Coupon
  locale: string
  timeZone: string
}

/** Sends the coupon's link by email through the outbox. */
function EmailCoupon({ couponId }: { couponId: string }) {
  const [email, setEmail] = useState('')
  const [state, setState] = useState<{ kind: 'idle' | 'sending' | 'sent' } | { kind: 'error'; message: string }>({ kind: 'idle' })
  return (
    <form
      className={styles.email}
      onSubmit={async (event) => {
        event.preventDefault()
        setState({ kind: 'sending' })
        try {
          await call(client.POST('/coupons/{id}/email', { params: { path: { id: couponId } }, body: { email } }))
          setState({ kind: 'sent' })
        } catch (error) {
          setState({ kind: 'error', message: isApiError(error) ? error.detail : 'Could not send it. Try again.' })
        }
      }}
    >
      <label className={styles.emailLabel}>
        Email it to
        <input className={ui.input} type="email" value={email} required onChange={(event) => setEmail(event.target.value)} placeholder="name@example.com" />
      </label>
      <button type="submit" className={ui.button} disabled={state.kind === 'sending'}>
        <Mail size={24} aria-hidden="true" />
        Send
      </button>
      <p role="status" className={styles.meta}>
        {state.kind === 'sent' ? `On its way to ${email}.` : state.kind === 'error' ? state.message : ''}
      </p>
    </form>
  )
}

/** A coupon just issued: the code big enough to read aloud, its QR code, Print, Copy link and Email. */
export function IssuedCoupon({ coupon, locale, timeZone }: IssuedCouponProps) {
  const token = couponToken(coupon)
  const [copied, setCopied] = useState<boolean | null>(null)
  const page = useQuery({
    queryKey: ['coupons', 'public', token],
    queryFn: ({ signal }) => call(client.GET('/public/coupons/{token}', { params: { path: { token } }, signal })),
    enabled: token !== '',
    staleTime: Infinity,
  })
  const url = `${window.location.origin}${coupon.link}`

  return (
    <div className={styles.coupon}>
      <div className={styles.qr} aria-hidden={page.data ? undefined : true}>
        {page.data ? (
          <div className={styles.qrSvg} role="img" aria-label="QR code for the coupon page" dangerouslySetInnerHTML={{ __html: page.data.qrSvg }} />
        ) : (
          <div className={styles.qrSkeleton} />
        )}
      </div>
      <div className={styles.words}>
        <p className={styles.benefit}>{coupon.benefit}</p>
        <p className={styles.codeLabel}>Code</p>
        <p className={styles.code}>
          {coupon.code}
        </p>
        <p className={styles.meta}>Valid until {formatWeekdayDate(coupon.expiresAt, locale, timeZone)}</p>
        <div className={styles.actions}>
          <button type="button" className={ui.button} onClick={() => window.open(`${coupon.link}?print=1`, '_blank', 'noopener')}>
            <Printer size={24} aria-hidden="true" />
            Print
          </button>
          <button type="button" className={ui.button} onClick={async () => setCopied(await copyText(url))}>
            {copied ? <Check size={24} aria-hidden="true" /> : <Copy size={24} aria-hidden="true" />}
            Copy link
          </button>
        </div>
        <EmailCoupon couponId={coupon.id} />
        <p role="status" className={styles.meta}>
          {copied === true ? 'Link copied: paste it into a text or email.' : copied === false ? `Copy did not work here. The link is ${url}` : ''}
        </p>
      </div>
    </div>
  )
}
