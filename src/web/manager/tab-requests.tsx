import { useMutation, useQuery } from '@tanstack/react-query'
import { Check, NotebookTabs, ShieldAlert } from 'lucide-react'
import { useId } from 'react'
import { call, client } from '../api/client.js'
import { queryClient } from '../api/queries.js'
import type { Actor } from '../api/wire.js'
import type { Answer } from '../api/schema.js'
import { ErrorMessage } from '../ui/error-message.js'
import { useToast } from '../ui/toast.js'
import ui from '../ui/ui.module.css'
import { formatClock, formatMoney, formatTimeLeft, type MoneyFormat } from '../format.js'
import styles from './manager.page.module.css'

type TabRequest = Answer<'/tab-approvals', 'get'>['approvals'][number]

export const tabKeys = {
  approvals: ['tabs', 'approvals'] as const,
  open: (locationId: string) => ['tabs', 'open', locationId] as const,
}

/** Charges the counter could not put on a tab without passing its limit, answered in one tap. */
export function TabRequests({ money, now, timeZone }: { money: MoneyFormat; now: number; timeZone: string }) {
  const requests = useQuery({ queryKey: tabKeys.approvals, queryFn: ({ signal }) => call(client.GET('/tab-approvals', { signal })) })
  if (requests.error) return <ErrorMessage error={requests.error} />
  const waiting = requests.data?.approvals ?? []
  if (waiting.length === 0) return null
  return (
    <ul className={styles.cards} aria-label="Tab requests">
      {waiting.map((request) => (
        <li key={request.id}>
          <TabRequestCard request={request} money={money} now={now} timeZone={timeZone} />
        </li>
      ))}
    </ul>
  )
}

function TabRequestCard({ request, money, now, timeZone }: { request: TabRequest; money: MoneyFormat; now: number; timeZone: string }) {
  const titleId = useId()
  const { show } = useToast()
  const answer = useMutation({
    mutationFn: (approve: boolean) => call(client.POST('/tab-approvals/{id}/decision', { params: { path: { id: request.id } }, body: { approve } })),
    onSuccess: async (_, approve) => {
      show(approve ? `Approved: ${formatMoney(request.amountMinor, money)} on ${request.customerName}'s tab.` : `Declined: ${request.staffName} takes payment now.`)
      await queryClient.invalidateQueries({ queryKey: ['tabs'] })
    },
  })
  const wouldBe = request.balanceMinor + request.amountMinor
  const left = formatTimeLeft(request.expiresAt, now)
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.ask}>
        <NotebookTabs size={24} aria-hidden="true" /> {request.staffName} asks: put it on {request.customerName}&apos;s tab
      </h2>
      <p className={styles.value}>
        <span className="money">{formatMoney(request.amountMinor, money)}</span>
      </p>
      <p className={styles.limit}>
        <ShieldAlert size={20} aria-hidden="true" />
        <span>
          The tab would owe {formatMoney(wouldBe, money)}, over its limit of {formatMoney(request.limitMinor, money)}.
        </span>
      </p>
      <p className={styles.meta}>
        Asked {formatClock(new Date(request.requestedAt), money.locale, timeZone)} · <strong>{left ?? 'no answer in time: expired'}</strong>
      </p>
      {answer.error ? <ErrorMessage error={answer.error} /> : null}
      <div className={styles.actions}>
        <button type="button" className={`${ui.primary} ${styles.approve}`} disabled={answer.isPending || left === null} onClick={() => answer.mutate(true)}>
          <Check size={24} aria-hidden="true" />
          Approve {formatMoney(request.amountMinor, money)} on the tab
        </button>
        <button type="button" className={ui.button} disabled={answer.isPending} onClick={() => answer.mutate(false)}>
          Decline
        </button>
      </div>
    </article>
  )
}

/** Tabs with money on them: what to settle before closing, same-day tabs first. */
export function OpenTabs({ actor, money }: { actor: Actor; money: MoneyFormat }) {
  const headingId = useId()
  const tabs = useQuery({ queryKey: tabKeys.open(actor.locationId), queryFn: ({ signal }) => call(client.GET('/tabs/open', { params: { query: { locationId: actor.locationId } }, signal })) })
  const rows = [...(tabs.data?.tabs ?? [])].sort((a, b) => Number(b.sameDay) - Number(a.sameDay) || a.customerName.localeCompare(b.customerName))
  return (
    <section className={styles.today} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.todayTitle}>
        Open tabs
      </h2>
      {tabs.error ? <ErrorMessage error={tabs.error} /> : null}
      {tabs.data && rows.length === 0 && <p className={styles.empty}>No tab owes anything. Nothing to settle before closing.</p>}
      <ul className={styles.budgets}>
        {rows.map((row) => (
          <li key={row.account.id} className={styles.budget}>
            <span className={styles.budgetName}>{row.customerName}</span>
            <span className={`money ${styles.budgetUse}`}>
              {formatMoney(row.balanceMinor, money)} of {formatMoney(row.account.limitMinor, money)}
            </span>
            <span className={styles.budgetLeft}>{row.sameDay ? 'settle before closing' : 'house account'}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
