import { describe, expect, it } from 'vitest'
import type { CostMonth } from './insights/insights.wire.js'
import { costReading, flagWords, liftWords, likelihoodWords, outboxStatus, replyStateWords, rhythmWords, slicesReading, waitWords } from './words.js'

const usd = { currency: 'USD', locale: 'en-US' }
const slice = (lift: number | null, low: number | null, high: number | null) => ({ gestures: 12, gestureValueMinor: 5400, treated: 12, matched: 11, lift, ciLow: low, ciHigh: high })

describe('likelihoodWords', () => {
  it.each([
    [0.354, 'likely still a customer: 35%'],
    [0.000014, 'likely still a customer: under 1%'],
    [0.999, 'likely still a customer: over 99%'],
    [null, 'one visit so far: too soon to tell if still a customer'],
  ])('says P(alive) %d as “%s”', (pAlive, words) => {
    expect(likelihoodWords(pAlive, 'en-US')).toBe(words)
  })
})

describe('rhythmWords', () => {
  it.each([
    [1.87, 'usually every 2 days'],
    [0.6, 'usually every day'],
    [8.13, 'usually every 8 days'],
    [21, 'usually every 3 weeks'],
    [null, 'no steady rhythm yet'],
  ])('says a rhythm of %s days as “%s”', (days, words) => {
    expect(rhythmWords(days, 'en-US')).toBe(words)
  })
})

describe('flagWords', () => {
  const row = { gestures: 10, ownAccountGestures: 2, topCustomer: { customerId: 'c1', customerName: 'Hudson Silva', gestures: 6, share: 0.6 } }

  it('names what is worth a look without accusing anyone', () => {
    expect(flagWords('many_gestures', row, 'en-US')).toBe('Many more gestures per shift than peers')
    expect(flagWords('high_value', row, 'en-US')).toBe('Much higher value per shift than peers')
    expect(flagWords('same_customer', row, 'en-US')).toBe('One customer got 6 of 10 (Hudson Silva)')
    expect(flagWords('own_account', row, 'en-US')).toBe('2 gestures to their own account')
  })
})

describe('outboxStatus', () => {
  it('says Sent once delivered', () => {
    expect(outboxStatus({ deliveredAt: '2026-11-22T08:00:00Z', attempts: 1, lastError: null })).toEqual({ state: 'sent', words: 'Sent' })
  })

  it('says the email waits for a mail server when it was held back without a try', () => {
    expect(outboxStatus({ deliveredAt: null, attempts: 0, lastError: 'No mail server is configured (SMTP_URL); the email waits in the outbox.' })).toEqual({
      state: 'no_server',
      words: 'Waiting: no mail server',
    })
  })

  it('counts failed tries and gives the server’s words', () => {
    expect(outboxStatus({ deliveredAt: null, attempts: 3, lastError: 'Connection refused' }).words).toBe('Failed 3 times: Connection refused')
  })

  it('says an email not yet tried is waiting to send', () => {
    expect(outboxStatus({ deliveredAt: null, attempts: 0, lastError: null }).words).toBe('Waiting to send')
  })
})

describe('liftWords', () => {
  it('gives the lift and its interval in points', () => {
    expect(liftWords(slice(0.12, 0.03, 0.2), 'en-US')).toEqual({ lift: '+12 points', interval: '+3 to +20' })
  })

  it('says an interval that spans zero could be no difference', () => {
    expect(liftWords(slice(-0.02, -0.106, 0.049), 'en-US')).toEqual({ lift: '−2 points', interval: '−11 to +5, could be none' })
  })

  it('says “too few to tell” when there is no interval', () => {
    expect(liftWords(slice(0.133, null, null), 'en-US')).toEqual({ lift: '+13 points', interval: 'too few to tell' })
  })
})

describe('slicesReading', () => {
  it('admits when every slice is too small to tell', () => {
    expect(slicesReading([{ name: 'Birthday', slice: slice(0.13, null, null) }], 'en-US', 'type')).toBe(
      'Too few gestures of each type to tell which works best yet: the lifts below are rough, with no interval.',
    )
  })

  it('names the clearest slice with its interval', () => {
    const slices = [
      { name: 'On the house', slice: slice(0.02, -0.05, 0.09) },
      { name: 'Free drink card', slice: slice(0.12, 0.03, 0.2) },
    ]

    expect(slicesReading(slices, 'en-US', 'type')).toBe('Clearest: Free drink card, +12 points against matched customers (95% interval +3 to +20).')
  })
})

describe('costReading', () => {
  const months: CostMonth[] = [
    { month: '2026-07', costMinor: 6440, extraRevenueMinor: 2408, gestures: 7 },
    { month: '2026-08', costMinor: 9860, extraRevenueMinor: 6341, gestures: 19 },
    { month: '2026-09', costMinor: 4210, extraRevenueMinor: 6048, gestures: 14 },
    { month: '2026-10', costMinor: 5310, extraRevenueMinor: null, gestures: 16 },
  ]

  it('weighs the cost against an estimate and says how unsure it is', () => {
    const interval = { revenueLiftMinor: 252, revenueCiLowMinor: -347, revenueCiHighMinor: 832 }

    expect(costReading(months, interval, usd)).toBe(
      'Gestures cost $258.20 over 4 months; recipients spent an estimated $147.97 more than matched customers (no estimate yet for Oct). ' +
        'It is an estimate: per gesture the 95% interval runs from −$3.47 to $8.32, so it could be nothing.',
    )
  })

  it('makes no claim when no month has an estimate yet', () => {
    const none = months.map((month) => ({ ...month, extraRevenueMinor: null }))

    expect(costReading(none, null, usd)).toBe('Gestures cost $258.20 over 4 months; it is too early to estimate what recipients spent in return.')
  })

  it('says less, not a negative amount, when recipients spent less', () => {
    expect(costReading([{ month: '2026-10', costMinor: 5310, extraRevenueMinor: -1440, gestures: 16 }], null, usd)).toBe(
      'Gestures cost $53.10 in Oct 2026; recipients spent an estimated $14.40 less than matched customers. It is a rough estimate from few customers.',
    )
  })
})

describe('replyStateWords', () => {
  const received = '2026-11-20T09:00:00Z'
  const now = Date.parse('2026-11-20T14:20:00Z')

  it('says how long a customer has waited, or waited for the first reply', () => {
    expect(replyStateWords({ receivedAt: received, firstReplyAt: null, contactEmail: 'marc@example.com', status: 'new' }, now)).toEqual({ state: 'waiting', words: 'waiting 5 h' })
    expect(replyStateWords({ receivedAt: received, firstReplyAt: '2026-11-20T12:10:00Z', contactEmail: 'marc@example.com', status: 'replied' }, now).words).toBe('replied in 3 h')
  })

  it('says when there is nobody to reply to', () => {
    expect(replyStateWords({ receivedAt: received, firstReplyAt: null, contactEmail: null, status: 'new' }, now)).toEqual({ state: 'no_contact', words: 'no email to reply to' })
  })

  it('keeps waits short: minutes, hours, then days', () => {
    expect(waitWords(20 * 60_000)).toBe('20 min')
    expect(waitWords(30 * 3_600_000)).toBe('30 h')
    expect(waitWords(80 * 3_600_000)).toBe('3 days')
  })
})
