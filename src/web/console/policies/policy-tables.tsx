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
      <Table
        compact
        labelledBy={captionId}
        rows={[
          ...LIMIT_FIELDS.map((field) => ({ limit: LIMIT_WORDS[field], money: true, staff: formatMoney(chain.staff[field], money), manager: formatMoney(chain.manager[field], money) })),
          { limit: LIMIT_WORDS.allowedTypes, money: false, staff: types(chain.staff), manager: types(chain.manager) },
        ]}
        rowKey={(row) => row.limit}
        columns={[
          { head: 'Limit', rowHead: true, cell: (row) => row.limit },
          { head: 'Staff', numeric: (row) => row.money, cell: (row) => row.staff },
          { head: 'Managers', numeric: (row) => row.money, cell: (row) => row.manager },
        ]}
      />
    </section>
  )
}
