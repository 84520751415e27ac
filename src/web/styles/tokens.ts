/** Design tokens (UI.md §3). Components read them only as CSS custom properties: var(--color-text). */
export type ColorRole =
  | 'bg'
  | 'surface'
  | 'sunken'
  | 'text'
  | 'text-muted'
  | 'accent'
  | 'on-accent'
  | 'accent-soft'
  | 'ok'
  | 'ok-soft'
  | 'warn'
  | 'warn-soft'
  | 'danger'
  | 'danger-soft'
  | 'vip'
  | 'vip-soft'
  | 'border'
  | 'focus'

export type Theme = Record<ColorRole, string>

export const light: Theme = {
  bg: '#FAF7F2',
  surface: '#FFFFFF',
  sunken: '#F1ECE4',
  text: '#1F1A15',
  'text-muted': '#5E544A',
  accent: '#1C6B54',
  'on-accent': '#FFFFFF',
  'accent-soft': '#E3F1EC',
  ok: '#1E6B3A',
  'ok-soft': '#E4F3E8',
  warn: '#8A4A00',
  'warn-soft': '#FBEFDD',
  danger: '#B42318',
  'danger-soft': '#FDECEA',
  vip: '#6B3FA0',
  'vip-soft': '#F1EAFA',
  border: '#8C8174',
  focus: '#1D4ED8',
}

export const dark: Theme = {
  bg: '#15120F',
  surface: '#1F1B17',
  sunken: '#0F0D0B',
  text: '#F4EFE8',
  'text-muted': '#BDB3A7',
  accent: '#5CC6A5',
  'on-accent': '#0C1F19',
  'accent-soft': '#16342B',
  ok: '#7AD58F',
  'ok-soft': '#163020',
  warn: '#F4B760',
  'warn-soft': '#3A2A12',
  danger: '#FF8B7E',
  'danger-soft': '#3D1A16',
  vip: '#C9A7F5',
  'vip-soft': '#2E2340',
  border: '#7A7065',
  focus: '#8AB4FF',
}

/** Text/background pairs that must reach WCAG AA (4.5:1); `border` and `focus` are non-text (3:1). */
export const textPairs: [ColorRole, ColorRole][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'sunken'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['text-muted', 'sunken'],
  ['on-accent', 'accent'],
  ['accent', 'surface'],
  ['accent', 'accent-soft'],
  ['ok', 'ok-soft'],
  ['warn', 'warn-soft'],
  ['danger', 'danger-soft'],
  ['danger', 'surface'],
  ['vip', 'vip-soft'],
  ['text', 'accent-soft'],
]

export const nonTextPairs: [ColorRole, ColorRole][] = [
  ['border', 'surface'],
  ['border', 'bg'],
  ['focus', 'surface'],
  ['focus', 'bg'],
]

const scale = {
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'space-7': '3rem',
  'radius-control': '6px',
  'radius-card': '12px',
  'radius-sheet': '20px',
  'radius-pill': '999px',
  'font-meta': '0.875rem',
  'font-console': '1rem',
  'font-body': '1.125rem',
  'font-label': '1.375rem',
  'font-section': '1.75rem',
  'font-total': '2.25rem',
  'font-name': '3rem',
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'target-min': '48px',
  'target-primary': '56px',
  'target-pin': '72px',
  'shadow-1': '0 1px 2px rgb(0 0 0 / 0.08), 0 1px 3px rgb(0 0 0 / 0.06)',
  'shadow-2': '0 8px 24px rgb(0 0 0 / 0.18)',
}

const declarations = (values: Record<string, string>, prefix: string) =>
  Object.entries(values)
    .map(([name, value]) => `${prefix}${name}:${value};`)
    .join('')

/** The tokens as a style sheet: light by default, dark for `[data-theme=dark]` or a dark system setting. */
export function tokensCss(): string {
  return [
    `:root{color-scheme:light;${declarations(light, '--color-')}${declarations(scale, '--')}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme=light]){color-scheme:dark;${declarations(dark, '--color-')}}}`,
    `:root[data-theme=dark]{color-scheme:dark;${declarations(dark, '--color-')}}`,
  ].join('\n')
}

/** WCAG 2.x relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (high + 0.05) / (low + 0.05)
}
