import { describe, expect, it } from 'vitest'
import { describeKudosLocations, describeKudosPeople, describeReplyTimes, hoursWords, kudosTally, quantile, replyTimes, type KudosRecord, type ReplyRecord } from './loop.js'

const kudos = (staffName: string, locationName: string, from: KudosRecord['from'] = 'customer'): KudosRecord => ({
  staffId: staffName.toLowerCase(),
  staffName,
  locationId: locationName.toLowerCase().replace(' ', '-'),
  locationName,
  from,
})

const received = new Date('2026-11-01T12:00:00Z')
const answered = (hours: number | null, locationName = 'Main St'): ReplyRecord => ({
  locationId: locationName.toLowerCase().replace(' ', '-'),
  locationName,
  receivedAt: received,
  firstReplyAt: hours === null ? null : new Date(received.getTime() + hours * 3_600_000),
})

describe('kudosTally', () => {
  it('counts kudos per person and per location, split by who gave them, most first', () => {
    const tally = kudosTally([kudos('Sam', 'Main St'), kudos('Melissa', 'Harbor'), kudos('Melissa', 'Harbor', 'manager'), kudos('Melissa', 'Harbor', 'owner'), kudos('Jo', 'Main St')])

    expect(tally.total).toBe(5)
    expect(tally.people.map((p) => [p.staffName, p.fromCustomers, p.fromManagers, p.total])).toEqual([
      ['Melissa', 1, 2, 3],
      ['Jo', 1, 0, 1],
      ['Sam', 1, 0, 1],
    ])
    expect(tally.locations.map((l) => [l.locationName, l.total])).toEqual([
      ['Harbor', 3],
      ['Main St', 2],
    ])
  })
})

describe('quantile', () => {
  it('interpolates between the nearest ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10)
    expect(quantile([7], 0.9)).toBe(7)
    expect(quantile([], 0.5)).toBeNull()
  })
})

describe('replyTimes', () => {
  it('gives the median and 90th percentile hours to the first reply, overall and by location, and counts who still waits', () => {
    const records = [1, 2, 3, 4, 5].map((h) => answered(h)).concat([10, 20].map((h) => answered(h, 'Harbor')), [answered(null, 'Harbor')])

    const times = replyTimes(records)

    expect(times.overall).toEqual({ replied: 7, waiting: 1, medianHours: 4, p90Hours: 14 })
    expect(times.locations).toEqual([
      { locationId: 'harbor', locationName: 'Harbor', replied: 2, waiting: 1, medianHours: 15, p90Hours: 19 },
      { locationId: 'main-st', locationName: 'Main St', replied: 5, waiting: 0, medianHours: 3, p90Hours: 4.6 },
    ])
  })
})

describe('readings', () => {
  it('says how long a wait was in words', () => {
    expect(hoursWords(0.4)).toBe('24 minutes')
    expect(hoursWords(1)).toBe('1 hour')
    expect(hoursWords(3.04)).toBe('3 hours')
    expect(hoursWords(3.26)).toBe('3.3 hours')
    expect(hoursWords(26)).toBe('26 hours')
    expect(hoursWords(70)).toBe('3 days')
  })

  it('states the typical reply time and the slow tail', () => {
    const times = replyTimes([1, 2, 2, 3, 3, 3, 4, 5, 6, 30].map((h) => answered(h)).concat(answered(null)))

    expect(describeReplyTimes(times, 90)).toBe('Half the customers who left an email had a reply within 3 hours; 9 in 10 within 8.4 hours (last 90 days, 10 replies, 1 still waiting).')
  })

  it('leaves out the slow tail with fewer than 10 replies', () => {
    const times = replyTimes([1, 2, 2, 3, 4].map((h) => answered(h)))

    expect(describeReplyTimes(times, 90)).toBe('Half the customers who left an email had a reply within 2 hours (last 90 days, 5 replies).')
  })

  it('names a location much slower than the rest', () => {
    const times = replyTimes([1, 1, 2, 2, 2].map((h) => answered(h)).concat([9, 10, 11, 12, 12].map((h) => answered(h, 'Harbor'))))

    expect(describeReplyTimes(times, 90)).toBe(
      'Half the customers who left an email had a reply within 5.5 hours; 9 in 10 within 12 hours (last 90 days, 10 replies). Slowest: Harbor, half within 11 hours.',
    )
  })

  it('says honestly when there are too few replies to tell', () => {
    expect(describeReplyTimes(replyTimes([answered(2), answered(3), answered(null)]), 90)).toBe(
      'Too few replies yet to say how fast customers hear back: 2 replies in the last 90 days (at least 5 are needed), 1 still waiting.',
    )
    expect(describeReplyTimes(replyTimes([]), 90)).toBe('No feedback with an email to answer in the last 90 days yet.')
  })

  it('names who got the most kudos, and does not rank people on a handful', () => {
    const many = kudosTally([...Array(4)].map(() => kudos('Melissa', 'Harbor')).concat([kudos('Melissa', 'Harbor', 'manager'), kudos('Sam', 'Main St'), kudos('Jo', 'Main St', 'owner')]))

    expect(describeKudosPeople(many, 90)).toBe('Melissa (Harbor) got the most kudos in the last 90 days: 5 of 7, 4 from customers.')
    expect(describeKudosLocations(many, 90)).toBe('Kudos in the last 90 days: Harbor 5, Main St 2; 71% came from customers.')
    expect(describeKudosPeople(kudosTally([kudos('Sam', 'Main St')]), 90)).toBe('Only 1 kudos in the last 90 days: too few to compare people yet.')
    expect(describeKudosPeople(kudosTally([]), 90)).toMatch(/^No kudos in the last 90 days yet\./)
  })

  it('names a tie instead of picking one', () => {
    const tied = kudosTally(['Sam', 'Sam', 'Jo', 'Jo', 'Ali'].map((name) => kudos(name, 'Main St')))

    expect(describeKudosPeople(tied, 90)).toBe('Jo and Sam got the most kudos in the last 90 days, 2 each, out of 5.')
  })
})
