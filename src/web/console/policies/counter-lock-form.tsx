import { useMutation } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { useToast } from '../../ui/toast.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import policyStyles from './policies.module.css'
import { COUNTER_LOCK_MINUTES } from '../../../domain/browser.js'

/** Owners set how long a counter tablet waits without a touch before it locks (UI.md: set in policy, 3 min by default). */
export function CounterLockForm({ saved }: { saved: number }) {
  const { owner } = useConsole()
  const { show } = useToast()
  const [typed, setTyped] = useState<string | null>(null)
  const titleId = useId()
  const inputId = useId()
  const hintId = useId()
  const save = useMutation({
    mutationFn: (lockAfterMinutes: number) => call(client.PUT('/policies/counter', { body: { lockAfterMinutes } })),
    onSuccess: async (lock) => {
      setTyped(null)
      show(`Counters now lock after ${lock.lockAfterMinutes} min without a touch.`)
      await queryClient.invalidateQueries({ queryKey: keys.policies })
    },
  })
  const value = typed ?? String(saved)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(Number(value))
  }
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h3 id={titleId} className={styles.cardTitle}>
          Counter lock
        </h3>
      </div>
      <form className={policyStyles.lockForm} onSubmit={submit} noValidate>
        <label htmlFor={inputId}>Lock a counter tablet after this many minutes without a touch</label>
        <input
          id={inputId}
          className={policyStyles.lockInput}
          type="number"
          inputMode="numeric"
          min={COUNTER_LOCK_MINUTES.min}
          max={COUNTER_LOCK_MINUTES.max}
          value={value}
          disabled={!owner}
          aria-describedby={hintId}
          aria-invalid={save.isError || undefined}
          onChange={(event) => {
            setTyped(event.target.value)
            if (save.isError) save.reset()
          }}
        />
        <p id={hintId} className={styles.note}>
          {COUNTER_LOCK_MINUTES.min} to {COUNTER_LOCK_MINUTES.max} minutes, for every location. It warns 20 seconds before, and keeps the order and the open card for the next person.
          {!owner && ' Owners set it.'}
        </p>
        {save.isError && <ErrorMessage error={save.error} />}
        {owner && (
          <button type="submit" className={styles.primaryButton} disabled={save.isPending || value === String(saved)}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        )}
      </form>
    </section>
  )
}
