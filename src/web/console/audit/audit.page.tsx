import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Fragment, useId, useState, type FormEvent } from 'react'
import { call, client } from '../../api/client.js'
import { Field } from '../../ui/field.js'
import ui from '../../ui/ui.module.css'
import { formatDateTime } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import audit from './audit.module.css'
import { Table } from '../ui/table.js'
import type { Answer } from '../../api/schema.js'
import { PageHead } from '../ui/page-head.js'
import { Loaded } from '../ui/loaded.js'

interface Filters {
  actorId: string
  action: string
  subjectType: string
  from: string
  to: string
}

const EMPTY: Filters = { actorId: '', action: '', subjectType: '', from: '', to: '' }

/** The filters as a query string; days are whole days on this computer's clock, "to" included. */
function queryOf(filters: Filters, locationId: string): URLSearchParams {
  const query = new URLSearchParams()
  if (filters.actorId) query.set('actorId', filters.actorId)
  if (filters.action.trim()) query.set('action', filters.action.trim())
  if (filters.subjectType.trim()) query.set('subjectType', filters.subjectType.trim())
  if (filters.from) query.set('from', new Date(`${filters.from}T00:00`).toISOString())
  if (filters.to) {
    const end = new Date(`${filters.to}T00:00`)
    end.setDate(end.getDate() + 1)
    query.set('to', end.toISOString())
  }
  if (locationId) query.set('locationId', locationId)
  return query
}

/** /console/audit: who changed what and when, filtered, newest first, with a CSV of the same. */
export function AuditPage() {
  const { locationId, locations, money, timeZone } = useConsole()
  const tableId = useId()
  const [draft, setDraft] = useState<Filters>(EMPTY)
  const [filters, setFilters] = useState<Filters>(EMPTY)
  const [open, setOpen] = useState<string | null>(null)
  const people = useQuery({ queryKey: ['staff'], queryFn: ({ signal }) => call(client.GET('/staff', { signal })) })
  const query = queryOf(filters, locationId)
  const events = useInfiniteQuery({
    queryKey: ['audit', query.toString()],
    initialPageParam: '',
    queryFn: ({ pageParam, signal }) => {
      return call(client.GET('/audit', { params: { query: { ...Object.fromEntries(query), cursor: pageParam } }, signal }))
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })
  const rows = events.data?.pages.flatMap((page) => page.events) ?? []
  const names = new Map((people.data ?? []).map((person) => [person.id, `${person.firstName} ${person.lastName}`.trim()]))
  const placeName = (id: string | null) => (id ? (locations.find((location) => location.id === id)?.name ?? '') : '')
  const set = (key: keyof Filters) => (value: string) => setDraft({ ...draft, [key]: value })

  const apply = (event: FormEvent) => {
    event.preventDefault()
    setFilters(draft)
  }

  return (
    <>
      <PageHead
        title="Audit log"
        actions={
          <a className={`${ui.button} ${ui.quiet}`} href={`/api/v1/audit.csv?${query}`} download>
            Download CSV
          </a>
        }
        lead="Every change anyone made, and every sign-in, newest first. Nothing here can be edited or removed."
      />
      <form className={audit.filters} onSubmit={apply} aria-label="Filter the audit log">
        <div className={ui.field}>
          <label className={ui.label} htmlFor={`${tableId}-who`}>
            Who
          </label>
          <select id={`${tableId}-who`} className={ui.input} value={draft.actorId} onChange={(event) => set('actorId')(event.target.value)}>
            <option value="">Anyone</option>
            {(people.data ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {names.get(person.id)}
              </option>
            ))}
          </select>
        </div>
        <Field label="Action" value={draft.action} onChange={set('action')} placeholder="staff. or gesture.granted" maxLength={100} />
        <Field label="Subject" value={draft.subjectType} onChange={set('subjectType')} placeholder="customer" maxLength={100} />
        <Field label="From" type="date" value={draft.from} onChange={set('from')} />
        <Field label="To" type="date" value={draft.to} onChange={set('to')} />
        <div className={audit.buttons}>
          <button type="submit" className={`${ui.button} ${ui.primary}`}>
            Show
          </button>
          <button
            type="button"
            className={`${ui.button} ${ui.quiet}`}
            onClick={() => {
              setDraft(EMPTY)
              setFilters(EMPTY)
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <Loaded query={events} loading="Loading the audit log">
        {() => (
          <Table
            compact
            empty="Nothing matches these filters."
            scroll
            caption="Audit events, newest first"
            rows={rows}
            rowKey={(event) => event.id}
            columns={[
              { head: 'When', className: styles.nowrap, cell: (event) => formatDateTime(event.at, money.locale, timeZone) },
              { head: 'Who', cell: (event) => event.actor.name ?? (event.actor.type === 'staff' ? 'Former staff' : event.actor.type === 'customer' ? 'A customer' : 'Usual') },
              { head: 'Did', cell: (event) => <code>{event.action}</code> },
              {
                head: 'To',
                cell: (event) => (
                  <>
                    {event.subjectType}
                    {event.subjectId && <small className={audit.id}>{event.subjectId}</small>}
                  </>
                ),
              },
              { head: 'Where', cell: (event) => placeName(event.locationId) },
              { head: 'Details', cell: (event) => <Details event={event} open={open === event.id} onToggle={() => setOpen(open === event.id ? null : event.id)} /> },
            ]}
          />
        )}
      </Loaded>
      {events.hasNextPage && (
        <button type="button" className={`${ui.button} ${ui.quiet}`} disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
          {events.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  )
}

type AuditEvent = Answer<'/audit', 'get'>['events'][number]

/** What an event changed, folded away: the record before and after, as JSON. */
function Details({ event, open, onToggle }: { event: AuditEvent; open: boolean; onToggle(): void }) {
  if (event.before == null && event.after == null) return null
  return (
    <>
      <button type="button" className={`${ui.button} ${ui.quiet}`} aria-expanded={open} onClick={onToggle}>
        {open ? 'Hide' : 'Show'}
      </button>
      {open && (
        <dl className={audit.details}>
          {(
            [
              ['Before', event.before],
              ['After', event.after],
            ] as const
          ).map(
            ([label, record]) =>
              record != null && (
                <Fragment key={label}>
                  <dt>{label}</dt>
                  <dd>
                    <pre>{JSON.stringify(record, null, 2)}</pre>
                  </dd>
                </Fragment>
              ),
          )}
        </dl>
      )}
    </>
  )
}
