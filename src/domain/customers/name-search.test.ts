import { describe, expect, it } from 'vitest'
import { checkCharacter } from '../shared/crockford.js'
import { classifyQuery, matchScore, nameTerms, nameTokens, oneEditVariants } from './name-search.js'
import { normalizePhone, phonePrefix, plainE164, tooShortForNumber } from './phone.js'

describe('normalizePhone', () => {
  it.each([
    ['(415) 555-0142', 'US', '+14155550142'],
    ['415.555.0142', 'US', '+14155550142'],
    ['+1 415 555 0142', 'GB', '+14155550142'],
    ['07911 123456', 'GB', '+447911123456'],
    ['+44 7911 123456', 'US', '+447911123456'],
  ])('reads %s in %s as %s', (typed, country, e164) => {
    expect(normalizePhone(typed, country)).toBe(e164)
  })

  it('refuses something that is not a phone number', () => {
    expect(normalizePhone('555', 'US')).toBeUndefined()
  })
})

describe('plainE164', () => {
  it.each([
    ['(415) 555-0142', 'US', '+14155550142'],
    ['1 415 555 0142', 'CA', '+14155550142'],
    ['+44 7911 123456', 'US', '+447911123456'],
    ['07911 123456', 'GB', undefined],
    ['415 555', 'US', undefined],
  ])('reads %s in %s as %s without parsing', (typed, country, e164) => {
    expect(plainE164(typed, country)).toBe(e164)
  })

  it('agrees with the full parse on every valid number it reads', () => {
    for (const [typed, country] of [['(415) 555-0142', 'US'], ['+1 415 555 0142', 'GB'], ['+44 7911 123456', 'US'], ['14155550142', 'US']] as const) {
      expect(plainE164(typed, country)).toBe(normalizePhone(typed, country))
    }
  })
})

describe('tooShortForNumber', () => {
  it('knows the fewest digits a number of the country can have', () => {
    expect(tooShortForNumber('415 55', 'US')).toBe(true)
    expect(tooShortForNumber('1 415 555 014', 'CA')).toBe(true)
    expect(tooShortForNumber('415 555 0142', 'US')).toBe(false)
    expect(tooShortForNumber('0791', 'GB')).toBe(true)
    expect(tooShortForNumber('01 23', 'FR')).toBe(true)
    expect(tooShortForNumber('+44 79', 'US')).toBe(false)
  })

  it('never calls a valid number too short', () => {
    for (const [typed, country] of [
      ['(415) 555-0142', 'US'],
      ['1-415-555-0142', 'US'],
      ['07911 123456', 'GB'],
      ['01 23 45 67 89', 'FR'],
      ['06 6982 1234', 'IT'],
      ['030 901820', 'DE'],
      ['02 9374 4000', 'AU'],
    ] as const) {
      expect(normalizePhone(typed, country), typed).toBeDefined()
      expect(tooShortForNumber(typed, country), typed).toBe(false)
    }
  })
})

describe('phonePrefix', () => {
  it('turns a partly typed national number into an E.164 prefix', () => {
    expect(phonePrefix('415 55', 'US')).toBe('+141555')
    expect(phonePrefix('07700 9', 'GB')).toBe('+4477009')
    expect(phonePrefix('+44 77', 'US')).toBe('+4477')
  })

  it('drops the country’s own trunk prefix, or none where numbers keep their 0', () => {
    expect(phonePrefix('8 912 34', 'RU')).toBe('+791234')
    expect(phonePrefix('06 30 12', 'HU')).toBe('+363012')
    expect(phonePrefix('06 69', 'IT')).toBe('+390669')
    for (const [typed, country] of [['8 912 345 67 89', 'RU'], ['06 6982 1234', 'IT'], ['07911 123456', 'GB']] as const) {
      expect(normalizePhone(typed, country)!.startsWith(phonePrefix(typed.slice(0, 6), country)), typed).toBe(true)
    }
  })
})

describe('nameTokens', () => {
  it('folds accents and case, and drops apostrophes', () => {
    expect(nameTokens("Zoë O'Brien-Smith")).toEqual(['zoe', 'obrien', 'smith'])
  })
})

describe('oneEditVariants', () => {
  it('covers a missing, a swapped, a wrong and an extra letter', () => {
    const variants = oneEditVariants('smth')

    expect(variants).toEqual(expect.arrayContaining(['smith', 'msth', 'smyth', 'sth']))
    expect(variants).not.toContain('smth')
  })
})

describe('classifyQuery', () => {
  it('reads digits as a phone, a checked code as a card, and the rest as a name', () => {
    expect(classifyQuery('415 555').kind).toBe('phone')
    expect(classifyQuery('jill smth')).toMatchObject({ kind: 'name', terms: [{ term: 'jill' }, { term: 'smth' }] })
    expect(classifyQuery('   ').kind).toBe('empty')
  })

  it('reads a card code however it is grouped and cased', () => {
    const code = `7KQ4M2XD${checkCharacter('7KQ4M2XD')}`

    expect(classifyQuery(`${code.slice(0, 3)}-${code.slice(3, 6)} ${code.slice(6).toLowerCase()}`)).toEqual({ kind: 'card', code })
  })

  it('catches a card code with a mistyped character before any lookup', () => {
    const typo = `7KQ4M2XE${checkCharacter('7KQ4M2XD')}`

    expect(classifyQuery(typo).kind).toBe('bad_code')
  })
})

describe('matchScore', () => {
  it('ranks an exact word over a prefix over a typo', () => {
    const [term] = nameTerms('jill')

    expect(matchScore([term!], ['jill'])).toBeGreaterThan(matchScore([term!], ['jillian']))
    expect(matchScore([term!], ['jillian'])).toBeGreaterThan(matchScore([term!], ['jull']))
  })
})
