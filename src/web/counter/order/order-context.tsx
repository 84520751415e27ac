import { createContext, useContext, useMemo, useReducer, type ReactNode } from 'react'
import { newIdempotencyKey } from '../../api/client.js'
import type { CatalogItem, Modifier } from '../../api/wire.js'

export interface DraftLine {
  /** Same item with the same modifiers: tapping it again adds to the quantity. */
  key: string
  catalogItemId: string
  name: string
  modifiers: Modifier[]
  unitPriceMinor: number
  quantity: number
  /** Given on the house (a comp gesture): shown, but not charged. */
  comped?: boolean
}

export interface DraftOrder {
  /** Made when the first line opens the order; every retry of Charge sends the same key. */
  idempotencyKey: string | null
  lines: DraftLine[]
  startedBy: string | null
}

type Action =
  | { type: 'add'; item: CatalogItem; modifiers: Modifier[]; by: string }
  | { type: 'remove'; key: string }
  | { type: 'comp'; key: string }
  | { type: 'clear' }
  | { type: 'renew' }

const empty: DraftOrder = { idempotencyKey: null, lines: [], startedBy: null }

export const unitPrice = (item: CatalogItem, modifiers: Modifier[]): number =>
  modifiers.reduce((sum, modifier) => sum + modifier.priceMinor, item.priceMinor)

function reduce(order: DraftOrder, action: Action): DraftOrder {
  switch (action.type) {
    case 'add': {
      const key = [action.item.id, ...action.modifiers.map((modifier) => modifier.id).sort()].join('|')
      const existing = order.lines.find((line) => line.key === key)
      const lines = existing
        ? order.lines.map((line) => (line === existing ? { ...line, quantity: line.quantity + 1 } : line))
        : [
            ...order.lines,
            {
              key,
              catalogItemId: action.item.id,
              name: action.item.name,
              modifiers: action.modifiers,
              unitPriceMinor: unitPrice(action.item, action.modifiers),
              quantity: 1,
            },
          ]
      return { idempotencyKey: order.idempotencyKey ?? newIdempotencyKey(), lines, startedBy: order.startedBy ?? action.by }
    }
    case 'remove': {
      const lines = order.lines.filter((line) => line.key !== action.key)
      return lines.length === 0 ? empty : { ...order, lines }
    }
    case 'comp': {
      // A new key, so ringing the same item again starts a charged line instead of joining the free one.
      const key = `${action.key}|comp${order.lines.filter((line) => line.comped).length}`
      return { ...order, lines: order.lines.map((line) => (line.key === action.key && !line.comped ? { ...line, key, comped: true } : line)) }
    }
    case 'clear':
      return empty
    case 'renew':
      return order.lines.length === 0 ? order : { ...order, idempotencyKey: newIdempotencyKey() }
  }
}

interface OrderApi {
  order: DraftOrder
  totalMinor: number
  add(item: CatalogItem, modifiers: Modifier[], by: string): void
  remove(key: string): void
  /** Marks a line "On the house": it stays on the order and drops out of the total. */
  comp(key: string): void
  clear(): void
  /** A new key for the same lines: the last try was answered (a tab request declined) and this is a new one. */
  renewKey(): void
}

const OrderContext = createContext<OrderApi | null>(null)

/** Holds the order being rung up above the routes, so locking the counter keeps it. */
export function OrderProvider({ children }: { children: ReactNode }) {
  const [order, dispatch] = useReducer(reduce, empty)
  const value = useMemo<OrderApi>(
    () => ({
      order,
      totalMinor: order.lines.reduce((sum, line) => sum + (line.comped ? 0 : line.unitPriceMinor * line.quantity), 0),
      add: (item, modifiers, by) => dispatch({ type: 'add', item, modifiers, by }),
      remove: (key) => dispatch({ type: 'remove', key }),
      comp: (key) => dispatch({ type: 'comp', key }),
      clear: () => dispatch({ type: 'clear' }),
      renewKey: () => dispatch({ type: 'renew' }),
    }),
    [order],
  )
  return <OrderContext.Provider value={value}>{children}</OrderContext.Provider>
}

export function useOrder(): OrderApi {
  const value = useContext(OrderContext)
  if (!value) throw new Error('useOrder needs an OrderProvider')
  return value
}
