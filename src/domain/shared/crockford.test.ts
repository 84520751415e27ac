import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CROCKFORD_ALPHABET, checkCharacter, groupCode, hasValidCheck, newCode, normalizeCode } from './crockford.js'

const payload = fc.array(fc.constantFrom(...CROCKFORD_ALPHABET), { minLength: 4, maxLength: 16 }).map((chars) => chars.join(''))

describe('Crockford codes', () => {
  it('accepts a freshly made code and reads it back however it is typed', () => {
    const code = newCode(12, (n) => randomBytes(n))

    expect(hasValidCheck(normalizeCode(groupCode(code).toLowerCase()))).toBe(true)
  })

  it('reads O as zero and I and L as one', () => {
    expect(normalizeCode('o1-il')).toBe('0111')
  })

  it('catches every single mistyped character', () => {
    fc.assert(
      fc.property(payload, fc.nat(), fc.integer({ min: 1, max: 31 }), (body, at, shift) => {
        const code = body + checkCharacter(body)
        const index = at % code.length
        const wrong = CROCKFORD_ALPHABET[(CROCKFORD_ALPHABET.indexOf(code[index]!) + shift) % 32]!
        const typo = code.slice(0, index) + wrong + code.slice(index + 1)
        return hasValidCheck(typo) === false
      }),
    )
  })

  // Luhn mod N's one blind spot: swapping the first and last characters of the alphabet ('0' and 'Z').
  it('catches a swap of two different adjacent characters other than 0 and Z', () => {
    fc.assert(
      fc.property(payload, fc.nat(), (body, at) => {
        const code = body + checkCharacter(body)
        const index = at % (code.length - 1)
        fc.pre(code[index] !== code[index + 1])
        fc.pre(!(new Set([code[index], code[index + 1]]).has('0') && new Set([code[index], code[index + 1]]).has('Z')))
        const swapped = code.slice(0, index) + code[index + 1] + code[index] + code.slice(index + 2)
        return hasValidCheck(swapped) === false
      }),
    )
  })
})
