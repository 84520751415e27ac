import { describe, expect, it } from 'vitest'
import { contrast, dark, light, nonTextPairs, textPairs } from './tokens.js'

describe('design tokens', () => {
  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    it.each(textPairs)(`${name}: %s on %s reaches 4.5:1 for text`, (fg, bg) => {
      expect(contrast(theme[fg], theme[bg])).toBeGreaterThanOrEqual(4.5)
    })

    it.each(nonTextPairs)(`${name}: %s on %s reaches 3:1 for controls`, (fg, bg) => {
      expect(contrast(theme[fg], theme[bg])).toBeGreaterThanOrEqual(3)
    })
  }
})
