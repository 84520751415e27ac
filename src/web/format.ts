/** The one place money, dates and relative times become text (STYLE.md §3, UI.md §3). */
export interface MoneyFormat {
  currency: string
  locale: string
}

const numberFormats = new Map<string, Intl.NumberFormat>()

function moneyFormat({ currency, locale }: MoneyFormat): Intl.NumberFormat {
  const key = `${locale}|${currency}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency })
    numberFormats.set(key, format)
  }
  return format
}

/** Minor units as money: formatMoney(450, {currency:'USD', locale:'en-US'}) → "$4.50". */
export function formatMoney(valueMinor: number, money: MoneyFormat): string {
  const format = moneyFormat(money)
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(valueMinor / 10 ** digits)
}

/** "Tue 08:12" in the location's zone. */
export function formatDayTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso))
}

/** "14 Nov" (or "Nov 14" in en-US) in the location's zone. */
export function formatDate(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(new Date(iso))
}

/** "Tue, Nov 22, 08:12": a date and time for lists that span weeks. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(iso),
  )
}

/** The wall clock in the location's zone: "08:41". */
export function formatClock(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date)
}

/** Days from today as words: -3 → "3 days ago", 0 → "today", 1 → "tomorrow". */
export function formatRelativeDays(days: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  if (Math.abs(days) >= 14 && Math.abs(days) < 60) return format.format(Math.round(days / 7), 'week')
  if (Math.abs(days) >= 60) return format.format(Math.round(days / 30), 'month')
  return format.format(days, 'day')
}

export function formatCount(count: number, one: string, many: string, locale: string): string {
  const rule = new Intl.PluralRules(locale).select(count)
  return `${new Intl.NumberFormat(locale).format(count)} ${rule === 'one' ? one : many}`
}

/** "..4417": the last digits only, since the queue can see the screen. */
export const formatPhoneTail = (last4: string | null): string => (last4 ? `..${last4}` : '')
