import { Eye } from 'lucide-react'
import { useId, useState } from 'react'
import { useGestureSignals } from '../../api/queries.js'
import type { StaffSignals } from './insights.wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { formatCount, formatDecimal, formatMoney, formatNumber } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import signalStyles from './signals.module.css'
import { flagWords } from '../words.js'

const PERIODS = [30, 90] as const
type Period = (typeof PERIODS)[number]

/** Flagged people first, then whoever gave the most. */
const byAttention = (a: StaffSignals, b: StaffSignals) => b.flags.length - a.flags.length || b.gestures - a.gestures || a.staffName.localeCompare(b.staffName)

/** /console/signals: patterns in who gives what, per staff member, as things worth a look. */
export function SignalsPage() {
  const { locationId, scopeName, locations, money } = useConsole()
  const [days, setDays] = useState<Period>(30)
  const signals = useGestureSignals(locationId, days)
  const tableId = useId()
  const periodName = useId()
  const locale = money.locale
  const rows = [...(signals.data ?? [])].sort(byAttention)
  const flagged = rows.filter((row) => row.flags.length > 0).length
  const placeName = (id: string) => locations.find((location) => location.id === id)?.name ?? ''
  // Per-shift outliers need three or more peers at the same location who differ; say once where there were not.
  const unscored = [...new Set(rows.filter((row) => row.gesturesPerShiftScore === null && row.gestures > 0).map((row) => placeName(row.locationId)))].filter(Boolean)

  return (
    <>
      <div className={styles.pageHead}>
        <h1 className={styles.title}>Signals</h1>
        <p className={styles.scope}>{scopeName}</p>
      </div>
      <p className={styles.lead}>
        Patterns in gestures, compared with peers at the same location. A flag is worth a look and a friendly question, not a verdict: a regular’s birthday week or a run of
        spilt drinks explains a lot.
      </p>
      <fieldset className={styles.choice}>
        <legend>Period</legend>
        <div className={styles.segments}>
          {PERIODS.map((period) => (
            <label key={period} className={period === days ? styles.segmentOn : styles.segment}>
              <input type="radio" name={periodName} checked={period === days} onChange={() => setDays(period)} />
              Last {period} days
            </label>
          ))}
        </div>
      </fieldset>
      {signals.isError ? (
        <ErrorMessage error={signals.error} />
      ) : !signals.data ? (
        <div className={signalStyles.placeholder} aria-busy="true" aria-label="Loading signals" />
      ) : rows.length === 0 ? (
        <p className={styles.empty}>No shifts in this period, so there is nothing to compare yet.</p>
      ) : (
        <>
          <p className={styles.reading} aria-live="polite">
            {flagged === 0
              ? `Nothing stands out in the last ${days} days.`
              : `${formatCount(flagged, 'person has', 'people have', locale)} something worth a look in the last ${days} days, out of ${rows.length}.`}
          </p>
          <div className={styles.tableWrap}>
            <table className={styles.table} aria-labelledby={tableId}>
              <caption id={tableId} className="visually-hidden">
                Gestures per staff member, last {days} days
              </caption>
              <thead>
                <tr>
                  <th scope="col">Staff</th>
                  {!locationId && <th scope="col">Location</th>}
                  <th scope="col" className={styles.num}>
                    Shifts
                  </th>
                  <th scope="col" className={styles.num}>
                    Gestures
                  </th>
                  <th scope="col" className={styles.num}>
                    Value
                  </th>
                  <th scope="col" className={styles.num}>
                    Per shift
                  </th>
                  <th scope="col">Most to one customer</th>
                  <th scope="col">Worth a look</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.staffId}>
                    <th scope="row">{row.staffName}</th>
                    {!locationId && <td>{placeName(row.locationId)}</td>}
                    <td className={styles.num}>{formatNumber(row.shifts, locale)}</td>
                    <td className={styles.num}>{formatNumber(row.gestures, locale)}</td>
                    <td className={styles.num}>{formatMoney(row.valueMinor, money)}</td>
                    <td className={styles.num}>
                      {formatDecimal(row.gesturesPerShift, locale)} · {formatMoney(row.valuePerShiftMinor, money)}
                    </td>
                    <td>
                      {row.topCustomer ? (
                        <>
                          {row.topCustomer.customerName ?? 'A guest'}: {row.topCustomer.gestures} of {row.gestures}
                        </>
                      ) : (
                        <span className={styles.muted}>None</span>
                      )}
                    </td>
                    <td>
                      {row.flags.length === 0 ? (
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
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
