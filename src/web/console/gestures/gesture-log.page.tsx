import { useId, useMemo, useState } from 'react'
import { useBudgets, useGestureLog, useLocations, useStaff, type GestureFilter } from '../../api/queries.js'
import type { Gesture, GestureReason, GestureType, StaffName } from '../../api/wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { BudgetList } from '../../ui/budget-list.js'
import { useConsole } from '../console-context.js'
import { localDay, startOfDayString } from '../../../domain/browser.js'
import { MAIN_TYPES, MORE_TYPES, REASON_WORDS, REASONS, TYPE_WORDS } from '../../ui/gesture-words.js'
import { formatCount, formatDateClock, formatMoney, type MoneyFormat } from '../../format.js'
import styles from './gesture-log.page.module.css'
import { Segments } from '../ui/segments.js'
import { Table } from '../ui/table.js'
import consoleStyles from '../console.module.css'

type Period = 'today' | '7d' | '30d'
const PERIODS: { value: Period; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
]
const ROWS = 200

/** The first instant of a period, in the location's zone for "today". */
export function periodStart(period: Period, now: Date, timeZone: string): string {
  if (period === 'today') return startOfDayString(localDay(now, timeZone), timeZone).toISOString()
  const days = period === '7d' ? 7 : 30
  return new Date(now.getTime() - days * 86_400_000).toISOString()
}

/** The gesture log for managers and owners at /console/gestures: who gave what, why, and what it cost. */
export function GestureLogPage() {
  return <GestureLog />
}

function statusWords(gesture: Gesture, staff: StaffName[] | undefined): string {
  const by = staff?.find((member) => member.id === gesture.decidedBy)?.firstName
  switch (gesture.status) {
    case 'granted':
      return 'Given'
    case 'pending_approval':
      return 'Waiting'
    case 'approved':
      return by ? `Approved by ${by}` : 'Approved'
    case 'declined':
      return by ? `Declined by ${by}` : 'Declined'
    case 'expired':
      return 'Expired'
  }
}

function GestureLog() {
  const { actor, locationId, money, locations } = useConsole()
  const [staffId, setStaffId] = useState('')
  const [type, setType] = useState<GestureType | ''>('')
  const [reason, setReason] = useState<GestureReason | ''>('')
  const [period, setPeriod] = useState<Period>('7d')

  // Another location has other staff: the staff filter starts again.
  const [shownFor, setShownFor] = useState(locationId)
  if (shownFor !== locationId) {
    setShownFor(locationId)
    setStaffId('')
  }
  const staffLocation = locationId || actor.locationId
  const staff = useStaff(staffLocation)
  const zone = locations.find((location) => location.id === staffLocation)?.timeZone ?? actor.timeZone
  const from = useMemo(() => periodStart(period, new Date(), zone), [period, zone])
  const filter: GestureFilter = {
    locationId: locationId || undefined,
    staffId: staffId || undefined,
    type: type || undefined,
    reason: reason || undefined,
    from,
    limit: ROWS,
  }
  const log = useGestureLog(filter)
  const totals = log.data?.totals
  const summary = totals
    ? `${formatCount(totals.count, 'gesture', 'gestures', money.locale)} · ${formatMoney(totals.givenValueMinor, money)} given · ${totals.pendingCount} waiting`
    : '…'

  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        <h1 className={consoleStyles.title}>Gestures</h1>
        <form className={styles.filters} onSubmit={(event) => event.preventDefault()} aria-label="Filters">
          <Filter label="Staff" any="Everyone" value={staffId} onChange={setStaffId} options={(staff.data ?? []).map((member) => ({ value: member.id, label: member.firstName }))} />
          <Filter<GestureType> label="Type" any="Any type" value={type} onChange={setType} options={[...MAIN_TYPES, ...MORE_TYPES].map((candidate) => ({ value: candidate, label: TYPE_WORDS[candidate] }))} />
          <Filter<GestureReason> label="Reason" any="Any reason" value={reason} onChange={setReason} options={REASONS.map((candidate) => ({ value: candidate, label: REASON_WORDS[candidate] }))} />
          <Segments<Period>
            className={styles.period}
            legend="Period"
            options={PERIODS.map((option) => option.value)}
            value={period}
            onChange={setPeriod}
            label={(value) => PERIODS.find((option) => option.value === value)!.label}
          />
        </form>

        <p className={styles.summary} aria-live="polite">
          {summary}
        </p>
        {log.error ? <ErrorMessage error={log.error} /> : null}

        <Table
          scroll
          caption="Gestures, newest first"
          busy={log.isFetching}
          empty={log.data && 'No gestures match. Try a longer period or fewer filters.'}
          rows={log.data?.gestures ?? []}
          rowKey={(gesture) => gesture.id}
          rowClassName={(gesture) => (gesture.status === 'declined' || gesture.status === 'expired' ? styles.notGiven : undefined)}
          columns={[
            {
              head: 'When',
              className: styles.when,
              cell: (gesture) => <time dateTime={gesture.requestedAt}>{formatDateClock(gesture.requestedAt, money.locale, zoneOf(gesture, locations, actor.timeZone))}</time>,
            },
            ...(locationId ? [] : [{ head: 'Location', className: consoleStyles.nowrap, cell: (gesture: Gesture) => gesture.locationName }]),
            { head: 'Staff', className: consoleStyles.nowrap, cell: (gesture) => gesture.staffName },
            { head: 'Customer', className: consoleStyles.nowrap, cell: (gesture) => gesture.customerName ?? <span className={consoleStyles.muted}>Guest</span> },
            { head: 'What', className: consoleStyles.nowrap, cell: (gesture) => TYPE_WORDS[gesture.type] },
            { head: 'Why', className: consoleStyles.nowrap, cell: (gesture) => REASON_WORDS[gesture.reason] },
            { head: 'Value', numeric: true, className: 'money', cell: (gesture) => formatMoney(gesture.valueMinor, money) },
            { head: 'Status', cell: (gesture) => <span className={styles[`status_${gesture.status}`]}>{statusWords(gesture, staff.data)}</span> },
            { head: 'Note', className: styles.noteCell, cell: (gesture) => (gesture.decisionNote ? `${gesture.note ?? ''}${gesture.note ? ' · ' : ''}Manager: “${gesture.decisionNote}”` : (gesture.note ?? '')) },
          ]}
          foot={
            totals && {
              label: `${summary}${totals.count > (log.data?.gestures.length ?? 0) ? ` (showing the latest ${log.data?.gestures.length})` : ''}`,
              cells: { Value: <span className="money">{formatMoney(totals.givenValueMinor, money)}</span> },
            }
          }
        />
      </div>
      <BudgetsPanel locationId={staffLocation} money={money} />
    </div>
  )
}

interface FilterProps<T extends string> {
  label: string
  /** The first choice, which filters nothing out. */
  any: string
  value: T | ''
  onChange(value: T | ''): void
  options: { value: T; label: string }[]
}

/** One of the log's filters: a labelled choice, its first option meaning any. */
function Filter<T extends string>({ label, any, value, onChange, options }: FilterProps<T>) {
  const id = useId()
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T | '')}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

function zoneOf(gesture: Gesture, locations: { id: string; timeZone: string }[] | undefined, fallback: string): string {
  return locations?.find((location) => location.id === gesture.locationId)?.timeZone ?? fallback
}

function BudgetsPanel({ locationId, money }: { locationId: string; money: MoneyFormat }) {
  const budgets = useBudgets(locationId)
  const locations = useLocations()
  const headingId = useId()
  const name = locations.data?.find((location) => location.id === locationId)?.name
  return (
    <aside className={styles.budgets} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.panelTitle}>
        Budgets today{name ? ` · ${name}` : ''}
      </h2>
      {budgets.error ? <ErrorMessage error={budgets.error} /> : null}
      <BudgetList budgets={budgets.data ?? []} money={money} />
    </aside>
  )
}
