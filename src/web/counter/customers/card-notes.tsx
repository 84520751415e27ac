import { useMutation } from '@tanstack/react-query'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { GreetingCard as Card } from '../../api/wire.js'
import { formatDate } from '../../format.js'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from './greeting-card.module.css'
import ui from '../../ui/ui.module.css'

type Note = Card['notes'][number]

export function NoteForm({ customerId, onDone }: { customerId: string; onDone(): void }) {
  const [body, setBody] = useState('')
  const id = useId()
  const save = useMutation({
    mutationFn: (text: string) => call(client.POST('/customers/{id}/notes', { params: { path: { id: customerId } }, body: { body: text } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.card(customerId) })
      onDone()
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (body.trim()) save.mutate(body.trim())
  }
  return (
    <form className={styles.noteForm} onSubmit={submit}>
      <label htmlFor={id} className={ui.label}>
        New note
      </label>
      <textarea id={id} className={ui.input} rows={2} maxLength={500} value={body} onChange={(event) => setBody(event.target.value)} autoFocus />
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <div className={styles.noteActions}>
        <button type="button" className={ui.button} onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className={ui.button} disabled={save.isPending || !body.trim()}>
          Save note
        </button>
      </div>
    </form>
  )
}

interface NotesProps {
  notes: Note[]
  locale: string
  timeZone: string
  action: ReactNode
  form: ReactNode
}

export function Notes({ notes, locale, timeZone, action, form }: NotesProps) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className={styles.block}>
      <div className={styles.blockHead}>
        <h3 id={headingId} className={styles.blockTitle}>
          Notes
        </h3>
        {action}
      </div>
      {form}
      {notes.length === 0 && !form && <p className={styles.meta}>Nothing yet. Jot what helps next time: names, training, allergies.</p>}
      <ul className={styles.notes}>
        {notes.map((note) => (
          <li key={note.id} className={styles.note}>
            <p>{note.body}</p>
            <p className={styles.meta}>
              {note.staffName} · {note.locationName} · <time dateTime={note.createdAt}>{formatDate(note.createdAt, locale, timeZone)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
