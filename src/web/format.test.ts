import { describe, expect, it } from 'vitest'
import { formatTimeLeft, moneyInputValue, parseMoneyInput } from './format.js'

const usd = { currency: 'USD', locale: 'en-US' }
const yen = { currency: 'JPY', locale: 'ja-JP' }

describe('parseMoneyInput', () => {
  it.each([
    ['899.00', 89_900],
    ['899', 89_900],
    ['8.5', 850],
    ['8,50', 850],
    ['$12', 1_200],
    ['1,234.56', 123_456],
    ['1,234', 123_400],
    ['.5', 50],
    ['0', 0],
  ])('reads %s as %i cents', (typed, minor) => {
    expect(parseMoneyInput(typed, usd)).toBe(minor)
  })

  it.each(['', 'abc', '-4', '4.5.6x'])('does not read %j as an amount', (typed) => {
    expect(parseMoneyInput(typed, usd)).toBeNull()
  })

  it('takes whole units in a currency without minor digits', () => {
    expect(parseMoneyInput('500', yen)).toBe(500)
  })
})

describe('moneyInputValue', () => {
  it('writes minor units as an editable amount without symbol or grouping', () => {
    expect(moneyInputValue(123_456, usd)).toBe('1234.56')
  })
})

describe('formatTimeLeft', () => {
  const now = Date.parse('2026-06-01T08:00:00Z')

  it('rounds to the nearest minute, so a fresh 10-minute window never reads 11', () => {
    expect(formatTimeLeft('2026-06-01T08:10:01Z', now)).toBe('10 min left')
    expect(formatTimeLeft('2026-06-01T08:09:01Z', now)).toBe('9 min left')
  })

  it('counts seconds in the last minute', () => {
    expect(formatTimeLeft('2026-06-01T08:00:40Z', now)).toBe('40 s left')
  })

  it('says nothing once the time has passed', () => {
    expect(formatTimeLeft('2026-06-01T07:59:59Z', now)).toBeNull()
  })
})

describe('insight formats', () => {
  it('writes proportions as percentages and differences as points', async () => {
    const { formatPercent, formatPoints, formatPointsBare } = await import('./format.js')

    expect([formatPercent(0.9434, 'en-US'), formatPoints(0.12, 'en-US'), formatPoints(-0.0204, 'en-US'), formatPoints(0.01, 'en-US'), formatPointsBare(-0.1061, 'en-US')]).toEqual([
      '94%',
      '+12 points',
      '−2 points',
      '+1 point',
      '−11',
    ])
  })

  it('writes calendar months and days without shifting them by a zone', async () => {
    const { formatCalendarDay, formatMonth } = await import('./format.js')

    expect([formatMonth('2026-07', 'en-US'), formatMonth('2026-07', 'en-US', { year: false }), formatCalendarDay('2026-10-23', 'en-US')]).toEqual(['Jul 2026', 'Jul', 'Oct 23'])
  })

  it.each([
    [10, '10 days'],
    [37, '5 weeks'],
    [75, '3 months'],
  ])('says %i days as “%s”', async (days, words) => {
    const { formatDuration } = await import('./format.js')

    expect(formatDuration(days, 'en-US')).toBe(words)
  })

  it('rounds money to whole units for chart labels', async () => {
    const { formatMoneyShort } = await import('./format.js')

    expect([formatMoneyShort(6440, usd), formatMoneyShort(-1440, usd)]).toEqual(['$64', '−$14'])
  })
})
