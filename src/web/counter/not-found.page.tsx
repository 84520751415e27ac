import { Link } from 'react-router-dom'
import ui from '../ui/ui.module.css'
import styles from './lock/lock.page.module.css'

export function NotFoundPage() {
  return (
    <main className={styles.main}>
      <section className={styles.section} aria-labelledby="missing-title">
        <h1 id="missing-title" className={styles.title}>
          Nothing here yet
        </h1>
        <p className={styles.lead}>This page is not part of the counter. The counter is one tap away.</p>
        <Link to="/counter" className={ui.primary}>
          Go to the counter
        </Link>
      </section>
    </main>
  )
}
