import type { Catalog, GestureType, GreetingCard } from '../../api/wire.js'
import { unitPrice } from '../order/order-context.js'

/** A value the sheet suggests, and the item it came from ("from Croissant"), if any. */
export interface SuggestedValue {
  minor: number
  from: string | null
}

/** A drink's worth: the customer's usual when we know it, else the middle of the coffee menu. */
function drinkValue(card: GreetingCard | undefined, catalog: Catalog): SuggestedValue {
  const choice = card?.usual.kind === 'usual' ? card.usual.choice : null
  const item = choice && catalog.items.find((candidate) => candidate.id === choice.catalogItemId)
  if (choice && item) {
    const modifiers = catalog.modifiers.filter((modifier) => choice.modifiers.some((chosen) => chosen.id === modifier.id))
    return { minor: unitPrice(item, modifiers), from: item.name }
  }
  const prices = catalog.items
    .filter((candidate) => candidate.category === 'Coffee')
    .map((candidate) => candidate.priceMinor)
    .sort((a, b) => a - b)
  return { minor: prices[Math.floor(prices.length / 2)] ?? 0, from: null }
}

/** What a type is worth when the giver has not typed a value: a drink, two steps of discount, or nothing. */
export function defaultValue(type: GestureType, card: GreetingCard | undefined, catalog: Catalog, step: number): SuggestedValue {
  switch (type) {
    case 'comp_item':
    case 'recovery_coupon':
    case 'birthday':
      return drinkValue(card, catalog)
    case 'discount':
      return { minor: step * 2, from: null }
    default:
      return { minor: 0, from: null }
  }
}
