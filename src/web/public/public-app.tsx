import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { CouponPage } from './coupon.page.js'
import { FeedbackPage } from './feedback.page.js'
import { PrivacyPage } from './privacy.page.js'
import { StampCardPage } from './stamp-card.page.js'
import { PublicNotice } from './public-page.js'

/** Customers' pages: no sign-in, no counter code, no router; the path picks the page. */
export function mount(root: HTMLElement): void {
  const path = window.location.pathname
  const coupon = path.match(/^\/c\/([A-Za-z0-9_-]+)\/?$/)
  const feedback = path.match(/^\/f\/([A-Za-z0-9_-]+)\/?$/)
  const stampCard = path.match(/^\/s\/([A-Za-z0-9_-]+)\/?$/)
  const privacy = /^\/privacy\/?$/.test(path)
  const page = coupon ? <CouponPage token={coupon[1]!} /> : stampCard ? <StampCardPage token={stampCard[1]!} /> : feedback ? <FeedbackPage source={feedback[1]!} /> : privacy ? <PrivacyPage /> : <Missing />
  createRoot(root).render(<StrictMode>{page}</StrictMode>)
}

const Missing = () => <PublicNotice title="Nothing here">This link is not one we know. If someone gave it to you, ask them to send it again.</PublicNotice>
