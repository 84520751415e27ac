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

/** Sets this device's theme; null follows the system's light or dark setting again. */
export function setTheme(theme: 'light' | 'dark' | null): void {
  try {
    if (theme) localStorage.setItem(KEY, theme)
    else localStorage.removeItem(KEY)
  } catch {
    // Storage can be off (private windows): the choice then lasts until the page reloads.
  }
  if (theme) document.documentElement.dataset.theme = theme
  else delete document.documentElement.dataset.theme
}
