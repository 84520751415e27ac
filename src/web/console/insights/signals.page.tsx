import { Eye } from 'lucide-react'
import { useState } from 'react'
import { useGestureSignals } from '../../api/queries.js'
import type { StaffSignals } from './insights.wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { formatCount, formatDecimal, formatMoney, formatNumber } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import { Table } from '../ui/table.js'
import { Segments } from '../ui/segments.js'
import signalStyles from './signals.module.css'
import { flagWords } from '../words.js'
import { PageHead } from '../ui/page-head.js'

const PERIODS = [30, 90] as const
type Period = (typeof PERIODS)[number]

/** Flagged people first, then whoever gave the most. */
const byAttention = (a: StaffSignals, b: StaffSignals) => b.flags.length - a.flags.length || b.gestures - a.gestures || a.staffName.localeCompare(b.staffName)

/** /console/signals: patterns in who gives what, per staff member, as things worth a look. */
export function SignalsPage() {
  const { locationId, scopeName, locations, money } = useConsole()
  const [days, setDays] = useState<Period>(30)
  const signals = useGestureSignals(locationId, days)
  const locale = money.locale
  const rows = [...(signals.data ?? [])].sort(byAttention)
  const flagged = rows.filter((row) => row.flags.length > 0).length
  const placeName = (id: string) => locations.find((location) => location.id === id)?.name ?? ''
  // Per-shift outliers need three or more peers at the same location who differ; say once where there were not.
  const unscored = [...new Set(rows.filter((row) => row.gesturesPerShiftScore === null && row.gestures > 0).map((row) => placeName(row.locationId)))].filter(Boolean)

  return (
    <>
      <PageHead
        title="Signals"
        scope={scopeName}
        lead={
          <>
            Patterns in gestures, compared with peers at the same location. A flag is worth a look and a friendly question, not a verdict: a regular’s birthday week or a run of
            spilt drinks explains a lot.
          </>
        }
      />
      <Segments<Period> legend="Period" options={PERIODS} value={days} onChange={setDays} label={(period) => `Last ${period} days`} />
      {signals.isError ? (
        <ErrorMessage error={signals.error} />
      ) : !signals.data ? (
        <div className={styles.placeholder} aria-busy="true" aria-label="Loading signals" />
      ) : rows.length === 0 ? (
        <p className={styles.empty}>No shifts in this period, so there is nothing to compare yet.</p>
      ) : (
        <>
          <p className={styles.reading} aria-live="polite">
            {flagged === 0
              ? `Nothing stands out in the last ${days} days.`
              : `${formatCount(flagged, 'person has', 'people have', locale)} something worth a look in the last ${days} days, out of ${rows.length}.`}
          </p>
          <Table
            scroll
            caption={`Gestures per staff member, last ${days} days`}
            rows={rows}
            rowKey={(row) => row.staffId}
            columns={[
              { head: 'Staff', rowHead: true, cell: (row) => row.staffName },
              ...(locationId ? [] : [{ head: 'Location', cell: (row: StaffSignals) => placeName(row.locationId) }]),
              { head: 'Shifts', numeric: true, cell: (row) => formatNumber(row.shifts, locale) },
              { head: 'Gestures', numeric: true, cell: (row) => formatNumber(row.gestures, locale) },
              { head: 'Value', numeric: true, cell: (row) => formatMoney(row.valueMinor, money) },
              { head: 'Per shift', numeric: true, cell: (row) => `${formatDecimal(row.gesturesPerShift, locale)} · ${formatMoney(row.valuePerShiftMinor, money)}` },
              {
                head: 'Most to one customer',
                cell: (row) =>
                  row.topCustomer ? `${row.topCustomer.customerName ?? 'A guest'}: ${row.topCustomer.gestures} of ${row.gestures}` : <span className={styles.muted}>None</span>,
              },
              {
                head: 'Worth a look',
                cell: (row) =>
                  row.flags.length === 0 ? (
                    <span className={styles.muted}>Nothing stands out</span>
                  ) : (
                    <ul className={signalStyles.flags}>
                      {row.flags.map((flag) => (
                        <li key={flag}>
                          <Eye size={16} aria-hidden="true" />
                          {flagWords(flag, row, locale)}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          {unscored.length > 0 && (
            <p className={styles.note}>
              {unscored.join(' and ')}: too few peers, or too little difference between them, to compare anyone per shift there; only the one-customer and own-account
              patterns can show.
            </p>
          )}
        </>
      )}
    </>
  )
}
