import { describe, expect, it } from 'vitest'
import { checkCharacter } from '../../../domain/browser.js'
import { readRedemption } from './redemption.js'

const payload = '7KQ49XM2HT3B'
const code = payload + checkCharacter(payload)
const token = 'lidj5lYJw9_Hg3VTKSO89Z8DXEOqvtMWvzMQzGPY0gg'

describe('readRedemption', () => {
  it('reads a grouped, lower-case code as typed at the counter', () => {
    expect(readRedemption(`${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)} ${code.slice(8)}`)).toEqual({ code })
  })

  it('catches a single mistyped character before anything is sent', () => {
    const typo = (code[0] === '8' ? '9' : '8') + code.slice(1)

    expect(readRedemption(typo)).toBe('typo')
  })

  it('treats a short or long code as a typo', () => {
    expect(readRedemption(code.slice(0, 12))).toBe('typo')
  })

  it('takes the token out of a scanned coupon link', () => {
    expect(readRedemption(`https://cafe.example/c/${token}?print=1`)).toEqual({ token })
  })

  it('takes a pasted bare token', () => {
    expect(readRedemption(token)).toEqual({ token })
  })

  it('reads nothing from blank input', () => {
    expect(readRedemption('   ')).toBeNull()
  })
})
