import type { ReactNode } from 'react'
import styles from './public.module.css'
import type { PublicLoad } from './use-public.js'

/** A message on a card of its own: a link we do not know, a page that did not load, a request received. */
export function PublicNotice({ title, children, status = false }: { title: string; children: ReactNode; status?: boolean }) {
  return (
    <main className={styles.page}>
      <section className={styles.card} role={status ? 'status' : undefined}>
        <h1 className={styles.business}>{title}</h1>
        <p>{children}</p>
      </section>
    </main>
  )
}

interface LoadedProps<T> {
  load: PublicLoad<T>
  /** What to say when the link is not one we know (a 404): a title, and what to do instead. */
  missing: { title: string; help: string }
  /** The title when it did not load for another reason; the server's words follow. */
  failed: string
  children(data: T): ReactNode
}

/** A public page once its data has come: a busy page before, and a notice if the link is unknown or the load failed. */
export function Loaded<T>({ load, missing, failed, children }: LoadedProps<T>) {
  if (load.state === 'loading') return <main className={styles.page} aria-busy="true" />
  if (load.state === 'error') {
    return <PublicNotice title={load.missing ? missing.title : failed}>{load.missing ? missing.help : `${load.detail} Try again in a moment.`}</PublicNotice>
  }
  return children(load.data)
}
