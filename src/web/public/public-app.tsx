import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { CouponPage } from './coupon.page.js'
import styles from './public.module.css'

/** Customers' pages: no sign-in, no counter code, no router; the path picks the page. */
export function mount(root: HTMLElement): void {
  const path = window.location.pathname
  const coupon = path.match(/^\/c\/([A-Za-z0-9_-]+)\/?$/)
  createRoot(root).render(<StrictMode>{coupon ? <CouponPage token={coupon[1]!} /> : <Missing />}</StrictMode>)
}

function Missing() {
  return (
    <main className={styles.page}>
      <section className={styles.card}>
        <h1 className={styles.business}>Nothing here</h1>
        <p>This link is not one we know. If someone gave it to you, ask them to send it again.</p>
      </section>
    </main>
  )
}
