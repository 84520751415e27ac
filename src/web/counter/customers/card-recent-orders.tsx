import { useId } from 'react'
import type { Catalog, GreetingCard as Card } from '../../api/wire.js'
import { formatDateTime, formatMoney } from '../../format.js'
import styles from './greeting-card.module.css'

export function RecentOrders({ card, catalog, locale, timeZone }: { card: Card; catalog: Catalog | undefined; locale: string; timeZone: string }) {
  const headingId = useId()
  const money = catalog ?? { currency: 'USD', locale }
  return (
    <section aria-labelledby={headingId} className={styles.block}>
      <h3 id={headingId} className={styles.blockTitle}>
        Recent orders
      </h3>
      {card.recentOrders.length === 0 ? (
        <p className={styles.meta}>No orders yet.</p>
      ) : (
        <ul className={styles.orders} aria-labelledby={headingId}>
          {card.recentOrders.slice(0, 5).map((order) => (
            <li key={order.id} className={styles.order}>
              <span className={styles.orderWhat}>
                {order.lines
                  .map((line) => `${line.quantity > 1 ? `${line.quantity} × ` : ''}${[line.name, ...line.modifiers.map((modifier) => modifier.name)].join(', ')}`)
                  .join('; ')}
              </span>
              <span className="money">{formatMoney(order.totalMinor, money)}</span>
              <span className={styles.meta}>
                <time dateTime={order.placedAt}>{formatDateTime(order.placedAt, locale, timeZone)}</time> · {order.locationName}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
