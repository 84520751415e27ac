import { useMutation, useQuery } from '@tanstack/react-query'
import { Check, Clock3, MessageSquareX, ShieldAlert } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { call, client, isApiError } from '../api/client.js'
import { keys, queryClient, useBudgets, useCatalog, useGestureLog, useLocations, useSession, useStaff, type GestureFilter } from '../api/queries.js'
import type { Actor, Gesture, StaffName } from '../api/wire.js'
import type { Answer } from '../api/schema.js'
import { ErrorMessage } from '../ui/error-message.js'
import { BudgetList } from '../ui/budget-list.js'
import { SignInNeeded } from '../ui/sign-in-needed.js'
import { ToastRegion, useToast } from '../ui/toast.js'
import ui from '../ui/ui.module.css'
import { useNow } from '../ui/use-now.js'
import { limitInWords, REASON_WORDS, TYPE_WORDS } from '../ui/gesture-words.js'
import { firstName, formatClock, formatMoney, formatTimeLeft, type MoneyFormat } from '../format.js'
import { OfflineBanner, useLiveEvent } from '../ui/live-events.js'
import { OpenTabs, TabRequests } from './tab-requests.js'
import styles from './manager.page.module.css'
import { SignedIn } from '../console/ui/signed-in.js'

const firstWord = (name: string | null | undefined) => (name ? firstName(name) : '')

/** The manager's phone at /m: requests from the counter, answered in one tap, and today's budgets. */
export function ManagerPage() {
  const session = useSession()
  const { id } = useParams()
  const here = id ? `/m/approvals/${id}` : '/m'
  if (session.isPending) return <div className={styles.screen} aria-busy="true" />
  if (session.isError) {
    return (
      <main className={styles.main}>
        <ErrorMessage error={session.error} />
      </main>
    )
  }
  if (!session.data || session.data.role === 'staff') return <SignInNeeded actor={session.data ?? null} next={here} what="Approvals" />
  return <Approvals actor={session.data} focusId={id ?? null} />
}

function Approvals({ actor, focusId }: { actor: Actor; focusId: string | null }) {
  const filter: GestureFilter = { status: 'pending_approval', locationId: actor.role === 'owner' ? undefined : actor.locationId, limit: 100 }
  const log = useGestureLog(filter)
  const catalog = useCatalog()
  const locations = useLocations()
  const staff = useStaff(actor.locationId)
  const { show } = useToast()
  const now = useNow(1_000)
  const money: MoneyFormat = catalog.data ?? { currency: 'USD', locale: 'en-US' }
  const locationName = locations.data?.find((location) => location.id === actor.locationId)?.name

  useLiveEvent((message) => {
    const gestureId = message.data.gestureId
    if (message.topic !== 'approval.requested' || !gestureId) return
    // Said in words through the polite live region, as well as shown: the phone may be in a pocket.
    call(client.GET('/gestures/{id}', { params: { path: { id: gestureId } } }))
      .then((gesture) => {
        const what = `${TYPE_WORDS[gesture.type]}${gesture.customerName ? ` for ${gesture.customerName}` : ''}`
        show(`New request from ${firstWord(gesture.staffName) || 'the counter'}: ${what} (${formatMoney(gesture.valueMinor, money)}).`, { tone: 'info', ms: 6_000 })
      })
      .catch(() => show('A new request just arrived.', { tone: 'info' }))
  })

  const waiting = (log.data?.gestures ?? [])
    .filter((gesture) => gesture.status === 'pending_approval')
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))
  const focused = focusId && log.data && !waiting.some((gesture) => gesture.id === focusId) ? focusId : null

  return (
    <div className={styles.screen}>
      <OfflineBanner className={styles.offline} />
      <header className={styles.bar}>
        <span className={styles.brand}>{actor.role === 'owner' ? 'All locations' : (locationName ?? 'Usual')}</span>
        <SignedIn className={styles.barRight} whoClassName={styles.who} name={actor.firstName} />
      </header>
      <main className={styles.main}>
        <h1 className={styles.title}>Approvals ({log.data ? waiting.length : '…'})</h1>
        {log.error ? <ErrorMessage error={log.error} /> : null}
        {focused && <AnsweredRequest id={focused} staff={staff.data} money={money} timeZone={actor.timeZone} />}
        <TabRequests money={money} now={now} timeZone={actor.timeZone} />
        {log.data && waiting.length === 0 && <p className={styles.empty}>Nothing waiting. Requests from the counter appear here the moment they are sent.</p>}
        <ul className={styles.cards}>
          {waiting.map((gesture) => (
            <li key={gesture.id}>
              <RequestCard gesture={gesture} own={gesture.staffId === actor.staffId} money={money} now={now} staff={staff.data} timeZone={actor.timeZone} highlighted={gesture.id === focusId} />
            </li>
          ))}
        </ul>
        <Today actor={actor} money={money} />
        <OpenTabs actor={actor} money={money} />
        <p className={styles.links}>
          <Link to="/console/gestures">Gesture log</Link>
          <span aria-hidden="true"> · </span>
          <Link to="/counter">Counter</Link>
        </p>
      </main>
      <div className={styles.toast}>
        <ToastRegion />
      </div>
    </div>
  )
}

interface RequestCardProps {
  gesture: Gesture
  /** The signed-in manager asked it: another manager answers (the server refuses a self-approval). */
  own: boolean
  money: MoneyFormat
  now: number
  staff: StaffName[] | undefined
  timeZone: string
  highlighted: boolean
}

/** Drops an answered request from every cached list at once, so the card leaves without a flash. */
function forget(gestureId: string) {
  queryClient.setQueriesData<Answer<'/gestures', 'get'>>({ queryKey: keys.gestures }, (log) =>
    log && 'gestures' in log ? { ...log, gestures: log.gestures.filter((gesture) => gesture.id !== gestureId) } : log,
  )
  void queryClient.invalidateQueries({ queryKey: keys.gestures })
  void queryClient.invalidateQueries({ queryKey: ['budgets'] })
}

function RequestCard({ gesture, own, money, now, staff, timeZone, highlighted }: RequestCardProps) {
  const titleId = useId()
  const reasonId = useId()
  const card = useRef<HTMLElement>(null)
  const [declining, setDeclining] = useState(false)
  const [note, setNote] = useState('')
  const { show } = useToast()
  const asker = firstWord(gesture.staffName) || 'Someone'
  const what = `${TYPE_WORDS[gesture.type]}${gesture.customerName ? ` for ${gesture.customerName}` : ''}`
  const value = formatMoney(gesture.valueMinor, money)
  const left = gesture.expiresAt ? formatTimeLeft(gesture.expiresAt, now) : null
  const lapsed = gesture.expiresAt !== null && left === null
  const limit = limitInWords(gesture, money)

  useEffect(() => {
    if (highlighted) card.current?.scrollIntoView({ block: 'center' })
  }, [highlighted])

  const answer = useMutation({
    mutationFn: (body: { approve: boolean; note?: string | null }) =>
      call(client.POST('/gestures/{id}/approval', { params: { path: { id: gesture.id } }, body })),
    onSuccess: ({ gesture: decided }) => {
      show(decided.status === 'approved' ? `Approved: ${asker}’s ${what} (${value}). ${asker} sees it now.` : `Declined: ${asker}’s ${what}. ${asker} sees your words now.`)
      forget(gesture.id)
    },
  })

  const conflict = isApiError(answer.error) && answer.error.status === 409 ? answer.error : null
  const decidedBy = conflict && typeof conflict.problem.decidedBy === 'string' ? conflict.problem.decidedBy : null
  const decidedByName = decidedBy ? (staff?.find((member) => member.id === decidedBy)?.firstName ?? 'another manager') : null

  return (
    <article ref={card} className={highlighted ? styles.cardHighlighted : styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.ask}>
        {own ? `You asked: ${what}` : `${asker} asks: ${what}`}
      </h2>
      <p className={styles.value}>
        <span className="money">{value}</span>
        <span className={styles.reason}> · reason: {REASON_WORDS[gesture.reason]}</span>
      </p>
      {limit && (
        <p className={styles.limit}>
          <ShieldAlert size={20} aria-hidden="true" />
          {limit}
        </p>
      )}
      {gesture.note && <blockquote className={styles.note}>“{gesture.note}”</blockquote>}
      <p className={styles.meta}>
        <Clock3 size={18} aria-hidden="true" />
        <span>
          Asked <time dateTime={gesture.requestedAt}>{formatClock(new Date(gesture.requestedAt), money.locale, timeZone)}</time>
          {gesture.locationName ? ` at ${gesture.locationName}` : ''} · <strong className={lapsed ? styles.lapsed : undefined}>{lapsed ? 'no answer in time: expired' : left}</strong>
        </span>
      </p>
      {conflict ? (
        <div className={ui.error} role="alert">
          <span>
            {conflict.code === 'approval.already_decided'
              ? `Already answered by ${decidedByName ?? 'another manager'}${typeof conflict.problem.currentStatus === 'string' ? ` (${conflict.problem.currentStatus})` : ''}.`
              : conflict.detail}
          </span>
        </div>
      ) : answer.error ? (
        <ErrorMessage error={answer.error} />
      ) : null}
      {own && !conflict && <p className={styles.meta}>Another manager answers your own request.</p>}
      {!own && !conflict && (
        <div className={styles.actions}>
          <button type="button" className={`${ui.primary} ${styles.approve}`} disabled={answer.isPending || lapsed} onClick={() => answer.mutate({ approve: true })}>
            <Check size={24} aria-hidden="true" />
            Approve {value}
          </button>
          {declining ? (
            <form
              className={styles.decline}
              onSubmit={(event) => {
                event.preventDefault()
                answer.mutate({ approve: false, note: note.trim() || null })
              }}
            >
              <label htmlFor={reasonId} className={ui.label}>
                Your reason for {asker} <span className={ui.optional}>(optional)</span>
              </label>
              <textarea
                id={reasonId}
                className={ui.input}
                rows={2}
                maxLength={280}
                value={note}
                placeholder="Let’s offer a repair first"
                onChange={(event) => setNote(event.target.value)}
                autoFocus
              />
              <div className={styles.declineButtons}>
                <button type="button" className={ui.button} onClick={() => setDeclining(false)}>
                  Back
                </button>
                <button type="submit" className={ui.button} disabled={answer.isPending || lapsed}>
                  <MessageSquareX size={24} aria-hidden="true" />
                  Decline
                </button>
              </div>
            </form>
          ) : (
            <button type="button" className={ui.button} disabled={lapsed} onClick={() => setDeclining(true)}>
              Decline with a reason
            </button>
          )}
        </div>
      )}
    </article>
  )
}

/** A link to a request already answered (or lapsed): say so instead of showing nothing. */
function AnsweredRequest({ id, staff, money, timeZone }: { id: string; staff: StaffName[] | undefined; money: MoneyFormat; timeZone: string }) {
  const gesture = useQuery({ queryKey: keys.gesture(id), queryFn: ({ signal }) => call(client.GET('/gestures/{id}', { params: { path: { id } }, signal })) })
  if (gesture.error) return <ErrorMessage error={gesture.error} />
  if (!gesture.data) return null
  const g = gesture.data
  const by = staff?.find((member) => member.id === g.decidedBy)?.firstName
  const when = g.decidedAt ? ` at ${formatClock(new Date(g.decidedAt), money.locale, timeZone)}` : ''
  const words =
    g.status === 'approved'
      ? `was approved${by ? ` by ${by}` : ''}${when}`
      : g.status === 'declined'
        ? `was declined${by ? ` by ${by}` : ''}${when}`
        : g.status === 'expired'
          ? 'lapsed after 10 minutes without an answer'
          : 'was given within their limits'
  return (
    <p className={styles.answered} role="status">
      {firstWord(g.staffName)}’s {TYPE_WORDS[g.type]} request ({formatMoney(g.valueMinor, money)}) {words}.
    </p>
  )
}

function Today({ actor, money }: { actor: Actor; money: MoneyFormat }) {
  const budgets = useBudgets(actor.locationId)
  const headingId = useId()
  return (
    <section className={styles.today} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.todayTitle}>
        Today
      </h2>
      {budgets.error ? <ErrorMessage error={budgets.error} /> : null}
      <BudgetList budgets={budgets.data ?? []} money={money} showLeft />
    </section>
  )
}
