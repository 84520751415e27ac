/** Instants are UTC `Date`s; "days" belong to a location's IANA time zone. */

const dayFormatters = new Map<string, Intl.DateTimeFormat>()

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormatters.set(timeZone, formatter)
  }
  return formatter
}

/** Offsets by zone and quarter hour: every zone's offset changes only on a quarter-hour boundary. */
const offsetCache = new Map<string, number>()
const QUARTER_HOUR_MS = 15 * 60_000

/**
 * The local calendar day (`YYYY-MM-DD`) of an instant in a time zone.
 * @example localDay(new Date('2026-03-01T02:00:00Z'), 'America/New_York') // '2026-02-28'
 */
export function localDay(at: Date, timeZone: string): string {
  const time = at.getTime()
  if (Number.isNaN(time)) return dayFormatter(timeZone).format(at)
  const key = `${timeZone}|${Math.floor(time / QUARTER_HOUR_MS)}`
  let offset = offsetCache.get(key)
  if (offset === undefined) {
    if (offsetCache.size > 100_000) offsetCache.clear()
    dayFormatter(timeZone) // throws a RangeError for an unknown zone, as before
    offset = zoneOffsetMs(at, timeZone)
    offsetCache.set(key, offset)
  }
  return new Date(time + offset).toISOString().slice(0, 10)
}

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>()

/** Milliseconds to add to UTC to get local wall-clock time at that instant. */
function zoneOffsetMs(at: Date, timeZone: string): number {
  let formatter = wallClockFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    wallClockFormatters.set(timeZone, formatter)
  }
  const parts = formatter.formatToParts(at)
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return wall - Math.floor(at.getTime() / 1000) * 1000
}

/**
 * The instant a local calendar day starts in a time zone (handles DST changes).
 * @example startOfLocalDay(new Date('2026-07-01T03:00:00Z'), 'America/New_York') // 2026-06-30T04:00:00.000Z
 */
export function startOfLocalDay(at: Date, timeZone: string): Date {
  return startOfDayString(localDay(at, timeZone), timeZone)
}

/** The instant a given `YYYY-MM-DD` starts in a time zone. */
export function startOfDayString(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const guess = Date.UTC(year, month - 1, date)
  let instant = guess - zoneOffsetMs(new Date(guess), timeZone)
  // A second pass settles days where the offset at midnight differs from the offset at the guess.
  instant = guess - zoneOffsetMs(new Date(instant), timeZone)
  return new Date(instant)
}

export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * 86_400_000)
}

/** Whole days from day `a` to day `b`, both `YYYY-MM-DD`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** Adds whole days to a `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/** True for an IANA time zone this runtime knows (America/New_York, Europe/London). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone.length > 0
  } catch {
    return false
  }
}
