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

/** "Nov 22, 20:15": a log that spans weeks, where the weekday adds nothing. */
export function formatDateClock(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso))
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

/** Digits after the decimal point in the currency: 2 for USD, 0 for JPY. */
export function moneyDigits(money: MoneyFormat): number {
  return moneyFormat(money).resolvedOptions().maximumFractionDigits ?? 2
}

/** The currency's symbol as the locale writes it: "$", "£", "€". */
export function currencySymbol(money: MoneyFormat): string {
  return moneyFormat(money).formatToParts(0).find((part) => part.type === 'currency')?.value ?? money.currency
}

/** Minor units as an editable amount with no symbol or grouping: 899_00 → "899.00". */
export function moneyInputValue(valueMinor: number, money: MoneyFormat): string {
  const digits = moneyDigits(money)
  const format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })
  return format.format(valueMinor / 10 ** digits)
}

/**
 * What someone typed as an amount, in minor units; null when it is not one.
 * Accepts "8", "8.5", "8,50" and a leading currency symbol; grouping separators are dropped.
 */
export function parseMoneyInput(typed: string, money: MoneyFormat): number | null {
  const digits = moneyDigits(money)
  let text = typed.trim().replace(/^[^\d.,-]+/, '').replace(/\s/g, '')
  if (!text) return null
  // The last separator followed by 1..digits digits is the decimal point; any other is grouping.
  const decimal = digits > 0 ? text.match(new RegExp(`[.,](\\d{1,${digits}})$`)) : null
  let whole = decimal ? text.slice(0, decimal.index) : text
  whole = whole.replace(/[.,]/g, '')
  if (!/^\d*$/.test(whole) || (!whole && !decimal)) return null
  const fraction = (decimal?.[1] ?? '').padEnd(digits, '0')
  text = `${whole || '0'}${fraction}`
  const value = Number(text)
  return Number.isSafeInteger(value) ? value : null
}

/** "Sun, Jun 30" in a zone: the day a coupon is good until. */
export function formatWeekdayDate(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(new Date(iso))
}

/** Time left until an instant as words: "9 min left", "40 s left", or null once it has passed. */
export function formatTimeLeft(untilIso: string, now: number): string | null {
  const ms = new Date(untilIso).getTime() - now
  if (ms <= 0) return null
  if (ms < 60_000) return `${Math.ceil(ms / 1000)} s left`
  // Rounded, not ceiled: a 10-minute window read a second late must not say "11 min".
  return `${Math.round(ms / 60_000)} min left`
}
