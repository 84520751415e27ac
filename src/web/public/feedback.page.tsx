import { Lightbulb, MessageCircleWarning, Send, Star, ThumbsUp, type LucideIcon } from 'lucide-react'
import { useEffect, useId, useState, type FormEvent } from 'react'
import { call, client, isApiError } from '../api/client.js'
import type { Answer } from '../api/schema.js'
import type { FeedbackKind } from '../api/wire.js'
import { feedbackFieldError } from './feedback-words.js'
import starStyles from '../ui/stars.module.css'
import styles from './public.module.css'
import { usePublic } from './use-public.js'
import { Loaded } from './public-page.js'

const KINDS: { kind: FeedbackKind; label: string; prompt: string; icon: LucideIcon }[] = [
  { kind: 'praise', label: 'Praise', prompt: 'What went well?', icon: ThumbsUp },
  { kind: 'problem', label: 'Problem', prompt: 'What happened?', icon: MessageCircleWarning },
  { kind: 'idea', label: 'Idea', prompt: 'What should we try?', icon: Lightbulb },
]

/** A customer's feedback at /f/:source, in a minute on their phone: what kind, how many stars, what, who, and where to reply. */
export function FeedbackPage({ source }: { source: string }) {
  const load = usePublic(source, (signal) => call(client.GET('/public/feedback/{source}', { params: { path: { source } }, signal })))

  return (
    <Loaded load={load} missing={{ title: 'This feedback link is not valid', help: 'Check that the whole link was copied, or tell us at the counter.' }} failed="We could not open this page">
      {(form) => <Form source={source} form={form} />}
    </Loaded>
  )
}

function Form({ source, form }: { source: string; form: Answer<'/public/feedback/{source}', 'get'> }) {
  const [kind, setKind] = useState<FeedbackKind | null>(null)
  const [rating, setRating] = useState<number | null>(null)
  const [text, setText] = useState('')
  const [staffId, setStaffId] = useState('')
  const [email, setEmail] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null)
  const [thanks, setThanks] = useState<string | null>(null)
  const ids = { text: useId(), email: useId(), error: useId(), kind: useId() }
  const chosen = KINDS.find((option) => option.kind === kind)

  useEffect(() => {
    document.title = `Feedback · ${form.business} ${form.locationName}`
  }, [form])

  const send = async (event: FormEvent) => {
    event.preventDefault()
    if (!kind) return setError({ field: 'kind', message: 'Choose praise, a problem or an idea first.' })
    if (!text.trim()) return setError({ field: 'text', message: 'Tell us in a few words.' })
    setSending(true)
    setError(null)
    try {
      const answer = await call(
        client.POST('/public/feedback/{source}', {
          params: { path: { source } },
          body: { kind, rating, text: text.trim(), staffId: staffId || null, email: email.trim() || null },
        }),
      )
      setThanks(answer.thanks)
    } catch (problem) {
      setError(isApiError(problem) ? feedbackFieldError(problem) : { field: null, message: 'Something went wrong. Try again in a moment.' })
    } finally {
      setSending(false)
    }
  }

  if (thanks) {
    return (
      <main className={styles.page} lang={form.locale}>
        <section className={styles.card} aria-labelledby="feedback-thanks">
          <h1 id="feedback-thanks" className={styles.business}>
            Thank you
          </h1>
          <p className={styles.message} role="status">
            {thanks}
          </p>
        </section>
      </main>
    )
  }

  const invalid = (field: string) => (error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': ids.error } : {})
  return (
    <main className={styles.page} lang={form.locale}>
      <form className={`${styles.card} ${styles.form}`} onSubmit={send} aria-labelledby="feedback-title" noValidate>
        <h1 id="feedback-title" className={styles.business}>
          How was {form.locationName} today?
        </h1>
        <fieldset className={styles.group} {...invalid('kind')}>
          <legend className={styles.legend}>Is it…</legend>
          <div className={styles.choices}>
            {KINDS.map((option) => (
              <label key={option.kind} className={option.kind === kind ? styles.choiceOn : styles.choice}>
                <input type="radio" name={ids.kind} value={option.kind} checked={option.kind === kind} onChange={() => setKind(option.kind)} />
                <option.icon size={22} aria-hidden="true" />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className={styles.group} {...invalid('rating')}>
          <legend className={styles.legend}>
            Rating <span className={styles.optional}>optional</span>
          </legend>
          <div className={styles.stars}>
            {[1, 2, 3, 4, 5].map((stars) => (
              <label key={stars} className={styles.star} title={`${stars} ${stars === 1 ? 'star' : 'stars'}`}>
                <input type="radio" name={`${ids.kind}-rating`} value={stars} checked={rating === stars} onChange={() => setRating(stars)} onClick={() => rating === stars && setRating(null)} />
                <Star size={32} aria-hidden="true" className={rating !== null && stars <= rating ? starStyles.starOn : starStyles.starOff} />
                <span className="visually-hidden">
                  {stars} {stars === 1 ? 'star' : 'stars'}
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className={styles.group}>
          <label htmlFor={ids.text} className={styles.legend}>
            {chosen?.prompt ?? 'What would you like to tell us?'}
          </label>
          <textarea id={ids.text} className={styles.textarea} rows={4} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} {...invalid('text')} />
        </div>

        {form.staff.length > 0 && (
          <fieldset className={styles.group} {...invalid('staffId')}>
            <legend className={styles.legend}>
              Who helped you? <span className={styles.optional}>optional</span>
            </legend>
            <div className={styles.choices}>
              {[...form.staff, { id: '', firstName: 'Not sure' }].map((member) => (
                <label key={member.id || 'none'} className={member.id === staffId ? styles.choiceOn : styles.choice}>
                  <input type="radio" name={`${ids.kind}-staff`} value={member.id} checked={member.id === staffId} onChange={() => setStaffId(member.id)} />
                  {member.firstName}
                </label>
              ))}
            </div>
          </fieldset>
        )}

        <div className={styles.group}>
          <label htmlFor={ids.email} className={styles.legend}>
            Your email, if you would like a reply <span className={styles.optional}>optional</span>
          </label>
          <input id={ids.email} className={styles.input} type="email" autoComplete="email" inputMode="email" value={email} onChange={(event) => setEmail(event.target.value)} {...invalid('email')} />
          <p className={styles.hint}>
            We use it only to answer you. <a href="/privacy">Ask for a copy of your data, or its erasure</a>.
          </p>
        </div>

        {error && (
          <p id={ids.error} className={styles.formError} role="alert">
            {error.message}
          </p>
        )}
        <button type="submit" className={`${styles.button} ${styles.send}`} disabled={sending}>
          <Send size={22} aria-hidden="true" />
          {sending ? 'Sending…' : 'Send'}
        </button>
      </form>
    </main>
  )
}
