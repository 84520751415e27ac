import { useMutation } from '@tanstack/react-query'
import { Archive, Award, Check, Lightbulb, MessageCircleWarning, Reply, Send, ThumbsUp, type LucideIcon } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { call, client } from '../../api/client.js'
import { keys, queryClient, useFeedback, useTasks } from '../../api/queries.js'
import type { FeedbackKind } from '../../api/wire.js'
import type { Answer } from '../../api/schema.js'

type FeedbackRow = Answer<'/feedback', 'get'>[number]
type FeedbackTask = Answer<'/tasks', 'get'>[number]
import { ErrorMessage } from '../../ui/error-message.js'
import { useNow } from '../../ui/use-now.js'
import { formatCount, formatDateTime, formatDayTime } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import { StarRating } from '../../ui/star-rating.js'
import inbox from './feedback.module.css'
import { replyStateWords } from '../words.js'
import { PageHead } from '../ui/page-head.js'

const KIND_LOOK: Record<FeedbackKind, { label: string; icon: LucideIcon; className: string }> = {
  praise: { label: 'Praise', icon: ThumbsUp, className: styles.pillOk! },
  problem: { label: 'Problem', icon: MessageCircleWarning, className: styles.pillDanger! },
  idea: { label: 'Idea', icon: Lightbulb, className: styles.pillQuiet! },
}

/** How many messages the inbox loads at a time, newest first; "Show older" loads the next ones. */
const FEEDBACK_PAGE = 100

/** Times read in the zone of the location they happened at, which differ across the chain. */
function useZoneOf() {
  const { locations, timeZone } = useConsole()
  return (locationId: string) => locations.find((location) => location.id === locationId)?.timeZone ?? timeZone
}

/** /console/feedback: what customers said, newest first, with the tasks it set and a reply to each. */
export function FeedbackPage() {
  const { locationId, scopeName, money } = useConsole()
  const feedback = useFeedback(locationId, FEEDBACK_PAGE)
  const tasks = useTasks(locationId)
  const rows = feedback.data?.pages.flat() ?? []
  const waiting = rows.filter((row) => row.contactEmail && !row.firstReplyAt && row.status !== 'closed').length
  return (
    <>
      <PageHead
        title="Feedback"
        scope={`${scopeName}${feedback.data ? ` · ${feedback.hasNextPage ? 'the latest ' : ''}${formatCount(rows.length, 'message', 'messages', money.locale)} · ${waiting} waiting for a reply` : ''}`}
        lead="Praise, problems and ideas from coupons, receipts and the QR codes at each location. Reply the same day, in your own words."
      />
      <TaskList tasks={tasks.data} error={tasks.error} />
      {!feedback.data && feedback.error ? (
        <ErrorMessage error={feedback.error} />
      ) : !feedback.data ? (
        <div className={styles.placeholder} aria-busy="true" aria-label="Loading feedback" />
      ) : rows.length === 0 ? (
        <p className={styles.empty}>No feedback yet. Each coupon links to a feedback page; a QR code at the counter (/f/location-…) works too.</p>
      ) : (
        <>
          <ul className={inbox.list} aria-label="Feedback, newest first">
            {rows.map((row) => (
              <FeedbackItem key={row.id} row={row} />
            ))}
          </ul>
          {feedback.isFetchNextPageError && feedback.error && <ErrorMessage error={feedback.error} />}
          {feedback.hasNextPage && (
            <button type="button" className={`${styles.button} ${inbox.older}`} onClick={() => void feedback.fetchNextPage()} disabled={feedback.isFetchingNextPage}>
              {feedback.isFetchingNextPage ? 'Loading…' : 'Show older'}
            </button>
          )}
        </>
      )}
    </>
  )
}

function TaskList({ tasks, error }: { tasks: FeedbackTask[] | undefined; error: unknown }) {
  const { money } = useConsole()
  const zoneOf = useZoneOf()
  const titleId = useId()
  if (error) return <ErrorMessage error={error} />
  if (!tasks || tasks.length === 0) return null
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.cardTitle}>
        Tasks ({tasks.length})
      </h2>
      <ul className={inbox.tasks}>
        {tasks.map((task) => (
          <li key={task.id}>
            <span className={task.kind === 'recovery' ? styles.pillWarn : styles.pillOk}>{task.kind === 'recovery' ? 'Recovery' : 'Thank you'}</span>
            <strong>{task.title}</strong>
            <span className={styles.muted}>
              {task.locationName} · {task.assigneeName ? `for ${task.assigneeName}` : 'for the owner'} · due {formatDayTime(lastMinuteBefore(task.dueAt), money.locale, zoneOf(task.locationId))}
            </span>
            <TaskDoneButton task={task} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Done once: if someone else marked it done first, the list simply refreshes without it. */
function TaskDoneButton({ task }: { task: FeedbackTask }) {
  const done = useMutation({
    mutationFn: () => call(client.POST('/tasks/{id}/done', { params: { path: { id: task.id } } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keys.feedback }),
  })
  return (
    <span className={inbox.taskAction}>
      <button type="button" className={styles.button} onClick={() => done.mutate()} disabled={done.isPending} aria-label={`Done: ${task.title}`}>
        <Check size={18} aria-hidden="true" />
        {done.isPending ? 'Saving…' : 'Done'}
      </button>
      {done.isError && <ErrorMessage error={done.error} />}
    </span>
  )
}

/** A task due at the end of a day reads "Mon 23:59", not "Tue 00:00". */
const lastMinuteBefore = (iso: string) => new Date(Date.parse(iso) - 60_000).toISOString()

function FeedbackItem({ row }: { row: FeedbackRow }) {
  const { money, actor } = useConsole()
  const zoneOf = useZoneOf()
  const now = useNow(60_000)
  const [replying, setReplying] = useState(false)
  const look = KIND_LOOK[row.kind]
  const state = replyStateWords(row, now)
  const who = row.customerName ?? row.contactEmail ?? 'A customer'
  const firstName = row.customerName?.split(' ')[0] ?? null
  const titleId = useId()
  return (
    <li className={inbox.item} aria-labelledby={titleId}>
      <div className={inbox.head}>
        <span className={look.className}>
          <look.icon size={16} aria-hidden="true" />
          {look.label}
        </span>
        <span id={titleId} className={inbox.where}>
          {row.locationName}
          {row.staffName ? ` · ${row.staffName}` : ''}
        </span>
        {row.rating !== null && <StarRating rating={row.rating} />}
        <span className={state.state === 'waiting' ? inbox.waiting : styles.muted}>{state.words}</span>
        <time className={styles.muted} dateTime={row.receivedAt}>
          {formatDateTime(row.receivedAt, money.locale, zoneOf(row.locationId))}
        </time>
      </div>
      <blockquote className={inbox.text}>“{row.text}”</blockquote>
      <p className={styles.muted}>
        {who}
        {row.customerName && row.contactEmail ? ` · ${row.contactEmail}` : ''}
      </p>
      <div className={inbox.actions}>
        {row.contactEmail && !replying && row.status !== 'closed' && (
          <button type="button" className={styles.button} onClick={() => setReplying(true)}>
            <Reply size={18} aria-hidden="true" />
            {firstName ? `Reply to ${firstName}` : 'Reply'}
          </button>
        )}
        {row.kind === 'praise' && row.staffId && row.staffName && row.staffId !== actor.staffId && <KudosButton row={row} />}
        {row.status !== 'closed' && !replying && <CloseButton row={row} />}
      </div>
      {replying && <ReplyForm row={row} onDone={() => setReplying(false)} />}
    </li>
  )
}

function ReplyForm({ row, onDone }: { row: FeedbackRow; onDone(): void }) {
  const [body, setBody] = useState('')
  const textId = useId()
  const send = useMutation({
    mutationFn: () => call(client.POST('/feedback/{id}/replies', { params: { path: { id: row.id } }, body: { body } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.feedback })
      void queryClient.invalidateQueries({ queryKey: keys.outbox })
      onDone()
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (body.trim()) send.mutate()
  }
  return (
    <form className={inbox.reply} onSubmit={submit}>
      <label htmlFor={textId} className={inbox.replyLabel}>
        Your reply to {row.contactEmail}
      </label>
      <textarea id={textId} className={inbox.replyText} rows={4} maxLength={4000} value={body} onChange={(event) => setBody(event.target.value)} autoFocus />
      {send.isError && <ErrorMessage error={send.error} />}
      <div className={inbox.actions}>
        <button type="submit" className={styles.primaryButton} disabled={send.isPending || !body.trim()}>
          <Send size={18} aria-hidden="true" />
          {send.isPending ? 'Sending…' : 'Send reply'}
        </button>
        <button type="button" className={styles.button} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** Feedback that needs nothing more is closed: it takes no more replies and stops counting as waiting. */
function CloseButton({ row }: { row: FeedbackRow }) {
  const close = useMutation({
    mutationFn: () => call(client.POST('/feedback/{id}/close', { params: { path: { id: row.id } } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keys.feedback }),
  })
  return (
    <>
      <button type="button" className={styles.button} onClick={() => close.mutate()} disabled={close.isPending}>
        <Archive size={18} aria-hidden="true" />
        {close.isPending ? 'Closing…' : 'Close'}
      </button>
      {close.isError && <ErrorMessage error={close.error} />}
    </>
  )
}

function KudosButton({ row }: { row: FeedbackRow }) {
  const give = useMutation({
    mutationFn: () => call(client.POST('/kudos', { body: { staffId: row.staffId!, feedbackId: row.id, note: 'For the praise a customer sent' } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.insights }),
  })
  if (give.isSuccess) return <span className={styles.pillOk}>Kudos sent to {row.staffName}</span>
  return (
    <>
      <button type="button" className={styles.button} onClick={() => give.mutate()} disabled={give.isPending}>
        <Award size={18} aria-hidden="true" />
        Send kudos to {row.staffName}
      </button>
      {give.isError && <ErrorMessage error={give.error} />}
    </>
  )
}
