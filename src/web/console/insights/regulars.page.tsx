import { useMutation } from '@tanstack/react-query'
import { RefreshCw } from 'lucide-react'
import { call, client } from '../../api/client.js'
import type { Answer } from '../../api/schema.js'
import { keys, queryClient, useLapsing } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { formatCalendarDay, formatCount, formatPhoneTail, formatRelativeDays } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import { Table } from '../ui/table.js'
import regularsStyles from './regulars.module.css'
import { likelihoodWords, rhythmWords, usualWords, WHY_WORDS } from '../words.js'
import { PageHead } from '../ui/page-head.js'

/** /console/regulars: regulars the visit model says are slipping away, with what to greet them with. */
export function RegularsPage() {
  const { locationId, scopeName, owner, money } = useConsole()
  const lapsing = useLapsing(locationId)
  const locale = money.locale
  const regulars = lapsing.data?.regulars ?? []
  const refit = useMutation({
    mutationFn: () => call(client.POST('/insights/bgnbd/refit', { body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.insights }),
  })

  return (
    <>
      <PageHead title="Regulars" scope={scopeName} />
      <div className={regularsStyles.intro}>
        <p className={styles.lead}>
          Regulars who have stopped coming as often as they used to, most at risk first. When one comes in, their card at the counter says “Welcome back”; a word from someone who knows
          them does the rest.
        </p>
        <div className={regularsStyles.model}>
          <p aria-live="polite">{lapsing.data ? <FitWords fit={lapsing.data.fit} locale={locale} /> : '\u00a0'}</p>
          {owner && (
            <button type="button" className={styles.button} onClick={() => refit.mutate()} disabled={refit.isPending}>
              <RefreshCw size={18} aria-hidden="true" className={refit.isPending ? regularsStyles.spinning : undefined} />
              {refit.isPending ? 'Refitting…' : 'Refit now'}
            </button>
          )}
        </div>
      </div>
      {refit.error ? <ErrorMessage error={refit.error} /> : null}
      {lapsing.isError ? (
        <ErrorMessage error={lapsing.error}>
          <p>The list of regulars could not load. Try again in a minute.</p>
        </ErrorMessage>
      ) : !lapsing.data ? (
        <div className={styles.placeholder} aria-busy="true" aria-label="Loading regulars" />
      ) : regulars.length === 0 ? (
        <p className={styles.empty}>
          {lapsing.data.fit ? 'No regulars are slipping away right now. When a regular misses their usual rhythm, they show up here.' : 'The visit model has not been fitted yet, so nobody can be flagged.'}
        </p>
      ) : (
        <Table
          scroll
          className={regularsStyles.table}
          caption="Lapsing regulars, most at risk first"
          rows={regulars}
          rowKey={(regular) => regular.customerId}
          columns={[
            {
              head: 'Customer',
              rowHead: true,
              cell: (regular) => (
                <>
                  <span className={regularsStyles.name}>{regular.displayName}</span>
                  {regular.phoneLast4 && <span className={regularsStyles.tail}> {formatPhoneTail(regular.phoneLast4)}</span>}
                  <span className={regularsStyles.sub}>{formatCount(regular.visits, 'visit', 'visits', locale)} in all</span>
                </>
              ),
            },
            {
              head: 'Rhythm',
              // One phrase, "usually every 2 days · last visit 5 weeks ago", set on two lines.
              cell: (regular) => (
                <>
                  <span className={styles.nowrap}>{capitalise(rhythmWords(regular.rhythmDays, locale))} · </span>
                  <br />
                  <span className={styles.nowrap}>last visit {formatRelativeDays(-regular.daysSinceLastVisit, locale)}</span>
                </>
              ),
            },
            {
              head: 'Outlook',
              cell: (regular) => (
                <>
                  <span className={regularsStyles.chance}>{capitalise(likelihoodWords(regular.pAlive, locale))}</span>
                  {regular.why && <span className={`${regularsStyles.sub} ${styles.nowrap}`}>{WHY_WORDS[regular.why]}</span>}
                </>
              ),
            },
            { head: 'Their usual', cell: (regular) => usualWords(regular.usual) ?? <span className={styles.muted}>No usual yet</span> },
            { head: 'Served most by', cell: (regular) => regular.servedMostBy ?? <span className={styles.muted}>Nobody in particular</span> },
            { head: 'Home', cell: (regular) => regular.homeLocationName },
          ]}
        />
      )}
    </>
  )
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function FitWords({ fit, locale }: { fit: Answer<'/insights/bgnbd/refit', 'post'> | null; locale: string }) {
  if (!fit) return <>The visit model has not been fitted yet. It fits nightly; owners can fit it now.</>
  return (
    <>
      Visit model fitted on {formatCount(fit.customers, 'customer', 'customers', locale)} and {formatCount(fit.repeatVisits, 'repeat visit', 'repeat visits', locale)}, up to{' '}
      {formatCalendarDay(fit.calibrationEnd, locale)}.
    </>
  )
}
