import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, localDay, startOfLocalDay } from './instant.js'

describe('local days', () => {
  it('puts an instant on the calendar day of the location, not of UTC', () => {
    expect(localDay(new Date('2026-03-01T02:00:00Z'), 'America/New_York')).toBe('2026-02-28')
    expect(localDay(new Date('2026-03-01T02:00:00Z'), 'Europe/London')).toBe('2026-03-01')
  })

  it('starts a day at local midnight, through daylight-saving changes', () => {
    expect(startOfLocalDay(new Date('2026-07-01T03:00:00Z'), 'America/New_York').toISOString()).toBe('2026-06-30T04:00:00.000Z')
    expect(startOfLocalDay(new Date('2026-03-08T12:00:00Z'), 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z')
    expect(startOfLocalDay(new Date('2026-03-29T12:00:00Z'), 'Europe/London').toISOString()).toBe('2026-03-29T00:00:00.000Z')
  })

  it('counts and adds whole days', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('localDay across zones and daylight-saving changes', () => {
  it('agrees with Intl for every quarter hour of a year in zones with odd offsets', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham']
    const mismatches: string[] = []
    for (const timeZone of zones) {
      const formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 60_000 + 13_000) {
        const at = new Date(t)
        if (localDay(at, timeZone) !== formatter.format(at)) mismatches.push(`${timeZone} ${at.toISOString()}`)
      }
    }

    expect(mismatches).toEqual([])
  })
})
