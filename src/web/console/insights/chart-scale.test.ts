import { describe, expect, it } from 'vitest'
import { contrast, dark, light } from '../../styles/tokens.js'
import { cohortMix, linear, MAX_COHORT_MIX, niceTicks, svgId } from './chart-scale.js'

/** color-mix(in srgb, a p%, b) for #RRGGBB colours, as the browser computes it. */
function mix(a: string, b: string, percent: number): string {
  const channel = (hex: string, offset: number) => parseInt(hex.slice(offset, offset + 2), 16)
  return `#${[1, 3, 5]
    .map((offset) => Math.round((channel(a, offset) * percent + channel(b, offset) * (100 - percent)) / 100))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`
}

describe('niceTicks', () => {
  it('cuts a money axis that dips below zero into round steps that include zero', () => {
    expect(niceTicks(-1440, 9860, 4)).toEqual([-2500, 0, 2500, 5000, 7500, 10000])
  })

  it('covers a small count with whole steps', () => {
    expect(niceTicks(0, 59, 4)).toEqual([0, 20, 40, 60])
  })

  it('steps a count of customers by a round number', () => {
    expect(niceTicks(0, 200, 4)).toEqual([0, 50, 100, 150, 200])
  })

  it('gives an axis even when every value is zero', () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
  })
})

describe('linear', () => {
  it('maps a domain onto pixels, upside down for a y axis', () => {
    const y = linear([0, 1], [200, 20])

    expect([y(0), y(0.5), y(1)]).toEqual([200, 110, 20])
  })
})

describe('svgId', () => {
  it('keeps only characters a url(#…) reference takes', () => {
    expect(svgId('«r1»', 'hatch')).toBe('r1-hatch')
  })
})

describe('cohort heat-map cells', () => {
  it('shade a share in proportion, up to the cap', () => {
    expect([cohortMix(0), cohortMix(0.5), cohortMix(1), cohortMix(1.4)]).toEqual([0, 23, MAX_COHORT_MIX, MAX_COHORT_MIX])
  })

  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    it(`${name}: keep text at 4.5:1 on the darkest cell`, () => {
      const darkest = mix(theme.accent, theme.surface, MAX_COHORT_MIX)

      expect(contrast(theme.text, darkest)).toBeGreaterThanOrEqual(4.5)
    })
  }
})
