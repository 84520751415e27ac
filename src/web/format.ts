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

/** "Dec 6, 2027": a date that may lie in another year, such as an expiry. */
export function formatDateWithYear(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(iso))
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
/** The first word of a name, as the counter says it: "Jill" for "Jill Okafor". */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] || name

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

/** A proportion as a percentage: formatPercent(0.354, 'en-US') → "35%". */
export function formatPercent(share: number, locale: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(share)
}

/** A difference of two proportions in percentage points: 0.12 → "+12 points", -0.02 → "−2 points". */
export function formatPoints(difference: number, locale: string, { signed = true }: { signed?: boolean } = {}): string {
  const points = Math.round(difference * 100)
  const number = new Intl.NumberFormat(locale, { signDisplay: signed ? 'exceptZero' : 'auto' }).format(points).replace('-', '−')
  return `${number} ${Math.abs(points) === 1 ? 'point' : 'points'}`
}

/** Bare signed points for an interval: -0.106 → "−11", 0.049 → "+5". */
export function formatPointsBare(difference: number, locale: string): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(Math.round(difference * 100)).replace('-', '−')
}

/** A plain number in the locale: 2573 → "2,573"; fractionDigits caps the decimals. */
export function formatNumber(value: number, locale: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value)
}

const monthDate = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15))

/** A calendar month "2026-07" as "Jul 2026" (or "Jul" with year false). */
export function formatMonth(month: string, locale: string, { year = true }: { year?: boolean } = {}): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: year ? 'numeric' : undefined, timeZone: 'UTC' }).format(monthDate(month))
}

/** A calendar day "2026-10-23" as "Oct 23": a date with no time of day, so no zone shifts it. */
export function formatCalendarDay(day: string, locale: string): string {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12))
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date)
}

/** A stretch of days as words: 10 → "10 days", 37 → "5 weeks", 75 → "3 months". */
export function formatDuration(days: number, locale: string): string {
  const [value, unit] = days < 14 ? [days, 'day'] : days < 60 ? [Math.round(days / 7), 'week'] : days < 730 ? [Math.round(days / 30), 'month'] : [Math.round(days / 365), 'year']
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value)
}

/** Money rounded to whole units for chart axes and bar labels: 6440 → "$64"; tables keep the exact amount. */
export function formatMoneyShort(valueMinor: number, money: MoneyFormat): string {
  const digits = moneyDigits(money)
  return new Intl.NumberFormat(money.locale, { style: 'currency', currency: money.currency, maximumFractionDigits: 0, minimumFractionDigits: 0 })
    .format(valueMinor / 10 ** digits)
    .replace('-', '−')
}

/** A number with exactly `digits` decimals: 0.1 → "0.10" (rates per shift line up in a column). */
export function formatDecimal(value: number, locale: string, digits = 2): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

/** A change with its sign: 0.34 → "+0.3", -0.64 → "−0.6", 0 → "0". */
export function formatSignedNumber(value: number, locale: string, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits, signDisplay: 'exceptZero' }).format(value).replace('-', '−')
}
