import { useId } from 'react'
import type { EmpowermentPolicy, Policies } from '../../api/wire.js'
import { TYPE_WORDS } from '../../ui/gesture-words.js'
import { formatMoney } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import policyStyles from './policies.module.css'
import { effectivePolicy } from '../../../domain/browser.js'
import { LIMIT_FIELDS, LIMIT_WORDS, type LimitField } from './policy-preview.js'
import { Table } from '../ui/table.js'
import { ALL_TYPES } from './policy-draft.js'

const LIMIT_COLUMNS: Record<LimitField, string> = { maxPerGestureMinor: 'Per gesture', dailyBudgetMinor: 'Daily', maxPerCustomer30dMinor: 'Per customer' }

interface LocationRow {
  location: { id: string; name: string }
  override: EmpowermentPolicy | undefined
  inForce: EmpowermentPolicy
}

/** The owner's overview: the staff limits in force at each location, its own or the chain's. */
export function EveryLocation({ data, current }: { data: Policies; current: string }) {
  const { locations, money } = useConsole()
  const captionId = useId()
  return (
    <section className={styles.card} aria-labelledby={captionId}>
      <div className={styles.cardHead}>
        <h3 id={captionId} className={styles.cardTitle}>
          Staff limits in force, by location
        </h3>
      </div>
      <p className={styles.note}>A location’s own limits, held inside the chain-wide ones: the smaller of each applies.</p>
      <Table
        compact
        labelledBy={captionId}
        rows={locations.map((location) => {
          const override = data.overrides.find((entry) => entry.scope === location.id && entry.policy.role === 'staff')?.policy
          return { location, override, inForce: effectivePolicy(data.chain.staff, override) }
        })}
        rowKey={(row) => row.location.id}
        isCurrent={(row) => row.location.id === current}
        rowClassName={(row) => (row.location.id === current ? policyStyles.currentRow : undefined)}
        columns={[
          { head: 'Location', rowHead: true, cell: (row) => row.location.name },
          ...LIMIT_FIELDS.map((field) => ({ head: LIMIT_COLUMNS[field], numeric: true, cell: (row: LocationRow) => formatMoney(row.inForce[field], money) })),
          { head: 'Limits', cell: (row) => (row.override ? <span className={styles.pillQuiet}>Own</span> : <span className={`${styles.muted} ${styles.nowrap}`}>Chain-wide</span>) },
        ]}
      />
    </section>
  )
}

/** A manager's read-only view of the owner's chain-wide limits. */
export function ChainLimits({ chain }: { chain: Policies['chain'] }) {
  const { money } = useConsole()
  const captionId = useId()
  const types = (policy: EmpowermentPolicy) =>
    policy.allowedTypes.length === ALL_TYPES.length ? 'Everything' : ALL_TYPES.filter((type) => policy.allowedTypes.includes(type)).map((type) => TYPE_WORDS[type]).join(', ')
  return (
    <section className={styles.card} aria-labelledby={captionId}>
      <div className={styles.cardHead}>
        <h3 id={captionId} className={styles.cardTitle}>
          Chain-wide, set by the owner
        </h3>
      </div>
      <p className={styles.note}>Your location’s limits for staff stay inside these. Ask the owner to change them.</p>
      <table className={`${styles.table} ${styles.compact}`} aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">Limit</th>
            <th scope="col" className={styles.num}>
              Staff
            </th>
            <th scope="col" className={styles.num}>
              Managers
            </th>
          </tr>
        </thead>
        <tbody>
          {LIMIT_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{LIMIT_WORDS[field]}</th>
              <td className={styles.num}>{formatMoney(chain.staff[field], money)}</td>
              <td className={styles.num}>{formatMoney(chain.manager[field], money)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{LIMIT_WORDS.allowedTypes}</th>
            <td>{types(chain.staff)}</td>
            <td>{types(chain.manager)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  )
}
