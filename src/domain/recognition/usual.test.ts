import { describe, expect, it } from 'vitest'
import type { OrderLine } from '../orders/index.js'
import { usualKeyOf } from '../orders/index.js'
import { deriveUsual } from './usual.js'

const line = (itemId: string, modifierIds: string[] = []): OrderLine => ({
  catalogItemId: itemId,
  name: itemId,
  quantity: 1,
  unitPriceMinor: 100,
  modifiers: modifierIds.map((id) => ({ id, name: id, priceMinor: 0 })),
  usualKey: usualKeyOf(itemId, modifierIds),
  lineTotalMinor: 100,
})
const orders = (...lineLists: OrderLine[][]) => lineLists.map((lines) => ({ lines }))
const repeat = (times: number, lines: OrderLine[]) => Array.from({ length: times }, () => lines)

describe('deriveUsual', () => {
  it('names the item and modifiers found in most recent orders, with its share as confidence', () => {
    const history = orders(...repeat(6, [line('flat-white', ['oat', 'hot'])]), ...repeat(4, [line('latte')]))

    const usual = deriveUsual(history)

    expect(usual).toMatchObject({ kind: 'usual', confidence: 0.6, choice: { catalogItemId: 'flat-white', orders: 6 } })
  })

  it('treats the same modifiers in another order as the same usual', () => {
    const usual = deriveUsual(orders([line('flat-white', ['hot', 'oat'])], [line('flat-white', ['oat', 'hot'])]))

    expect(usual).toMatchObject({ kind: 'usual', confidence: 1 })
  })

  it('treats a different modifier as a different choice', () => {
    const usual = deriveUsual(orders([line('flat-white', ['oat'])], [line('flat-white')], [line('latte')]))

    expect(usual.kind).toBe('favourites')
  })

  it('looks only at the last 20 orders', () => {
    const history = orders(...repeat(8, [line('latte')]), ...repeat(12, [line('mocha')]), ...repeat(30, [line('latte')]))

    expect(deriveUsual(history)).toMatchObject({ kind: 'usual', choice: { catalogItemId: 'mocha' }, confidence: 0.6 })
  })

  it('counts an item once per order even when it was rung twice', () => {
    const history = orders([line('croissant'), line('croissant')], [line('latte')], [line('latte')], [line('tea')])

    expect(deriveUsual(history)).toMatchObject({ choice: { catalogItemId: 'latte' }, confidence: 0.5 })
  })

  it('breaks a tie in favour of the choice ordered most recently', () => {
    const history = orders([line('latte')], [line('mocha')], [line('mocha')], [line('latte')])

    expect(deriveUsual(history)).toMatchObject({ kind: 'usual', choice: { catalogItemId: 'latte' }, confidence: 0.5 })
  })

  it('is a usual at exactly the 0.4 threshold', () => {
    const history = orders(...repeat(2, [line('latte')]), [line('a')], [line('b')], [line('c')])

    expect(deriveUsual(history)).toMatchObject({ kind: 'usual', confidence: 0.4 })
  })

  it('offers the top 3 favourites instead below the threshold', () => {
    const history = orders(...repeat(3, [line('latte')]), ...repeat(2, [line('mocha')]), [line('a')], [line('b')], [line('c')], [line('d')], [line('tea')])

    const usual = deriveUsual(history)

    expect(usual).toMatchObject({ kind: 'favourites', confidence: 0.3 })
    expect(usual.kind === 'favourites' && usual.favourites.map((f) => f.catalogItemId)).toEqual(['latte', 'mocha', 'a'])
  })

  it('has nothing to say about a customer with no orders', () => {
    expect(deriveUsual([])).toEqual({ kind: 'none' })
  })
})
