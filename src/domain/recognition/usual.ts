import type { OrderLine } from '../orders/index.js'

export const USUAL_WINDOW = 20
export const USUAL_MIN_CONFIDENCE = 0.4

export interface UsualChoice {
  catalogItemId: string
  name: string
  modifiers: OrderLine['modifiers']
  usualKey: string
  /** Orders (of the window) that contained it. */
  orders: number
}

export type Usual =
  | { kind: 'usual'; choice: UsualChoice; confidence: number }
  | { kind: 'favourites'; favourites: UsualChoice[]; confidence: number }
  | { kind: 'none' }

/**
 * The usual: the item+modifiers found in the largest share of the customer's last 20 orders
 * (newest first); its share is the confidence. Ties go to the choice ordered most recently.
 * Below the threshold there is no usual, only the top 3 favourites.
 */
export function deriveUsual(ordersNewestFirst: { lines: OrderLine[] }[], options = { window: USUAL_WINDOW, threshold: USUAL_MIN_CONFIDENCE }): Usual {
  const window = ordersNewestFirst.slice(0, options.window)
  if (window.length === 0) return { kind: 'none' }
  const counts = new Map<string, UsualChoice & { newest: number }>()
  window.forEach((order, index) => {
    for (const line of order.lines) {
      const seen = counts.get(line.usualKey)
      if (seen?.newest === index) continue
      if (seen) seen.orders += 1
      else counts.set(line.usualKey, { catalogItemId: line.catalogItemId, name: line.name, modifiers: line.modifiers, usualKey: line.usualKey, orders: 1, newest: index })
    }
  })
  const ranked = [...counts.values()].sort((a, b) => b.orders - a.orders || a.newest - b.newest)
  const strip = ({ newest: _newest, ...choice }: UsualChoice & { newest: number }): UsualChoice => choice
  const top = ranked[0]!
  const confidence = top.orders / window.length
  if (confidence >= options.threshold) return { kind: 'usual', choice: strip(top), confidence }
  return { kind: 'favourites', favourites: ranked.slice(0, 3).map(strip), confidence }
}
