import { Coffee } from 'lucide-react'
import type { Catalog, CatalogItem, GreetingCard as Card, Modifier } from '../../api/wire.js'
import { formatMoney } from '../../format.js'
import { unitPrice } from '../order/order-context.js'
import styles from './greeting-card.module.css'
import ui from '../../ui/ui.module.css'

type UsualChoice = NonNullable<Card['usual']['choice']>

const describe = (choice: UsualChoice) => [choice.name, ...choice.modifiers.map((modifier) => modifier.name)].join(', ')

function resolve(choice: UsualChoice, catalog: Catalog | undefined): { item: CatalogItem; modifiers: Modifier[] } | null {
  const item = catalog?.items.find((candidate) => candidate.id === choice.catalogItemId)
  if (!item || !catalog) return null
  const modifiers = choice.modifiers.map((chosen) => catalog.modifiers.find((modifier) => modifier.id === chosen.id))
  if (modifiers.some((modifier) => !modifier)) return null
  return { item, modifiers: modifiers as Modifier[] }
}

export function Usual({ card, catalog, onRing }: { card: Card; catalog: Catalog | undefined; onRing(item: CatalogItem, modifiers: Modifier[]): void }) {
  const { usual } = card
  const money = catalog ?? { currency: 'USD', locale: 'en-US' }
  if (usual.kind === 'usual' && usual.choice) {
    const resolved = resolve(usual.choice, catalog)
    const window = usual.confidence ? Math.round(usual.choice.orders / usual.confidence) : null
    return (
      <div className={styles.usual}>
        <p className={styles.usualWhat}>
          <Coffee size={24} aria-hidden="true" />
          <span>
            The usual: <strong>{describe(usual.choice)}</strong>
          </span>
        </p>
        {window !== null && (
          <p className={styles.confidence}>
            {usual.choice.orders} of the last {window} orders
          </p>
        )}
        <button type="button" className={`${ui.primary} ${styles.ring}`} disabled={!resolved} onClick={() => resolved && onRing(resolved.item, resolved.modifiers)}>
          Ring the usual
          {resolved && <span className="money">{formatMoney(unitPrice(resolved.item, resolved.modifiers), money)}</span>}
        </button>
        {!resolved && catalog && <p className={styles.confidence}>Not on today’s menu: pick something from the menu.</p>}
      </div>
    )
  }
  if (usual.kind === 'favourites' && usual.favourites.length > 0) {
    return (
      <div className={styles.usual}>
        <p className={styles.usualWhat}>
          <Coffee size={24} aria-hidden="true" />
          <span>No single usual yet. Favourites:</span>
        </p>
        <div className={styles.favourites}>
          {usual.favourites.slice(0, 3).map((choice) => {
            const resolved = resolve(choice, catalog)
            return (
              <button
                key={[choice.catalogItemId, ...choice.modifiers.map((modifier) => modifier.id)].join('|')}
                type="button"
                className={`${ui.button} ${styles.favourite}`}
                disabled={!resolved}
                onClick={() => resolved && onRing(resolved.item, resolved.modifiers)}
              >
                <span>{describe(choice)}</span>
                {resolved && <span className="money">{formatMoney(unitPrice(resolved.item, resolved.modifiers), money)}</span>}
              </button>
            )
          })}
        </div>
      </div>
    )
  }
  return <p className={styles.noUsual}>No usual yet: ring from the menu, and it will learn.</p>
}
