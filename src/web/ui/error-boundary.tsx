import { Component, type ErrorInfo, type ReactNode } from 'react'
import ui from './ui.module.css'
import styles from './sign-in-needed.module.css'

/** A screen that broke says so and offers a reload, instead of going blank in front of a queue. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <main className={styles.main}>
        <section className={styles.box} aria-labelledby="broken-title">
          <h1 id="broken-title" className={styles.title}>
            This screen hit a problem
          </h1>
          <p className={styles.lead}>Reload to carry on. Anything charged is saved; an order not yet charged needs ringing again.</p>
          <button type="button" className={ui.primary} onClick={() => window.location.reload()}>
            Reload
          </button>
        </section>
      </main>
    )
  }
}
