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
