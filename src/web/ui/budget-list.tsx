import type { Answer } from '../api/schema.js'
import { formatMoney, type MoneyFormat } from '../format.js'
import styles from './budget-list.module.css'

export type Budget = Answer<'/budgets', 'get'>[number]

/** Today's gesture budgets, one person a row with a meter that turns amber when the budget is used up. */
export function BudgetList({ budgets, money, showLeft = false }: { budgets: Budget[]; money: MoneyFormat; showLeft?: boolean }) {
  return (
    <ul className={styles.list}>
      {budgets.map((row) => {
        const share = row.budgetMinor > 0 ? Math.min(1, row.spentMinor / row.budgetMinor) : 0
        return (
          <li key={row.staffId} className={styles.budget}>
            <span className={styles.name}>
              {row.firstName}
              {row.role === 'manager' && <span className={styles.role}> (manager)</span>}
            </span>
            <span className={`money ${styles.use}`}>
              {formatMoney(row.spentMinor, money)} of {formatMoney(row.budgetMinor, money)}
              {showLeft ? ' given' : ''}
            </span>
            <span className={styles.meter} aria-hidden="true">
              <span className={share >= 1 ? styles.fillFull : styles.fill} style={{ width: `${Math.round(share * 100)}%` }} />
            </span>
            {showLeft && <span className={`money ${styles.left}`}>{formatMoney(row.remainingMinor, money)} left</span>}
          </li>
        )
      })}
    </ul>
  )
}
