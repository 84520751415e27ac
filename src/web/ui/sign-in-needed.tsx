import { LogIn } from 'lucide-react'
import type { Actor } from '../api/wire.js'
import styles from './sign-in-needed.module.css'
import ui from './ui.module.css'

/** What a signed-out visitor or a staff member sees on a manager's page: why, and the way in. */
export function SignInNeeded({ actor, next, what }: { actor: Actor | null; next: string; what: string }) {
  const href = `/counter/lock?next=${encodeURIComponent(next)}`
  return (
    <main className={styles.main}>
      <section className={styles.box} aria-labelledby="sign-in-title">
        {actor ? (
          <>
            <h1 id="sign-in-title" className={styles.title}>
              {what} are for managers
            </h1>
            <p className={styles.lead}>
              You are signed in as {actor.firstName}, who is staff. Ask a manager, or sign in as one with their PIN.
            </p>
          </>
        ) : (
          <>
            <h1 id="sign-in-title" className={styles.title}>
              Sign in to see {what.toLowerCase()}
            </h1>
            <p className={styles.lead}>Managers sign in with their PIN, the same as at the counter. You come straight back here.</p>
          </>
        )}
        {/* A full page load: the lock screen reads ?next= and returns here after the PIN. */}
        <a href={href} className={ui.primary}>
          <LogIn size={24} aria-hidden="true" />
          {actor ? 'Sign in as a manager' : 'Sign in'}
        </a>
      </section>
    </main>
  )
}
