import { tokensCss } from './tokens.js'

const KEY = 'usual.theme'

/** Emits the tokens and applies the device's theme: light for sunny windows, dark for evening bars (set per device). */
export function applyStoredTheme(): void {
  const style = document.createElement('style')
  style.dataset.tokens = ''
  style.textContent = tokensCss()
  document.head.prepend(style)
  const stored = readTheme()
  if (stored) document.documentElement.dataset.theme = stored
}

export function readTheme(): 'light' | 'dark' | null {
  try {
    const value = localStorage.getItem(KEY)
    return value === 'light' || value === 'dark' ? value : null
  } catch {
    return null
  }
}

export function setTheme(theme: 'light' | 'dark'): void {
  localStorage.setItem(KEY, theme)
  document.documentElement.dataset.theme = theme
}
