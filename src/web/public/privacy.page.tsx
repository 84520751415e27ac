import { Send } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { call, client, isApiError } from '../api/client.js'
import styles from './public.module.css'
import { PublicNotice } from './public-page.js'

type Kind = 'export' | 'erasure'

const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'export', label: 'A copy of my data' },
  { kind: 'erasure', label: 'Erase my data' },
]

/** /privacy: a customer asks, without an account, for a copy of what is held about them or for its erasure. */
export function PrivacyPage() {
  const ids = { kind: useId(), email: useId(), error: useId() }
  const asked = new URLSearchParams(window.location.search).get('kind')
  const [kind, setKind] = useState<Kind>(asked === 'erasure' ? 'erasure' : 'export')
  const [email, setEmail] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [thanks, setThanks] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    setError(null)
    try {
      const answer = await call(client.POST('/public/privacy-requests', { body: { kind, email } }))
      setThanks(answer.thanks)
    } catch (failure) {
      setError(isApiError(failure) ? failure.detail : 'That did not go through. Try again in a moment.')
    } finally {
      setSending(false)
    }
  }

  if (thanks) {
    return (
      <PublicNotice title="Request received" status>
        {thanks}
      </PublicNotice>
    )
  }
  return (
    <main className={styles.page}>
      <form className={`${styles.card} ${styles.form}`} onSubmit={submit} noValidate>
        <h1 className={styles.business}>Your data</h1>
        <p className={styles.hint}>Ask for a copy of what we hold about you, or for its erasure. The owner checks each request and answers by email.</p>
        <fieldset className={styles.group}>
          <legend className={styles.legend}>What would you like?</legend>
          <div className={styles.choices}>
            {KINDS.map((choice) => (
              <label key={choice.kind} className={choice.kind === kind ? styles.choiceOn : styles.choice}>
                <input type="radio" name={ids.kind} value={choice.kind} checked={choice.kind === kind} onChange={() => setKind(choice.kind)} />
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={styles.group}>
          <label htmlFor={ids.email} className={styles.legend}>
            The email you gave us
          </label>
          <input
            id={ids.email}
            className={styles.input}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
          />
          {kind === 'erasure' && <p className={styles.hint}>Erasure removes your name, contact details, notes and feedback. Past purchases stay in our books without your name.</p>}
        </div>
        {error && (
          <p id={ids.error} className={styles.formError} role="alert">
            {error}
          </p>
        )}
        <button type="submit" className={`${styles.button} ${styles.send}`} disabled={sending}>
          <Send size={22} aria-hidden="true" />
          {sending ? 'Sending…' : 'Send request'}
        </button>
      </form>
    </main>
  )
}
