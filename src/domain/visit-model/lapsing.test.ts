import { describe, expect, it } from 'vitest'
import { outlookFor } from './lapsing.js'

describe('outlookFor', () => {
  const paper = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }

  it('calls a former regular who stopped coming lapsing, and says why', () => {
    const outlook = outlookFor(paper, 'week', { customerId: 'c', visits: 30, firstDay: '2026-01-01', lastDay: '2026-06-01' }, '2026-11-01')

    expect(outlook.lapsing).toBe(true)
    expect(outlook.why).toBe('p_alive')
    expect(outlook.pAlive).toBeLessThan(0.5)
  })

  it('does not call a steady regular lapsing', () => {
    const outlook = outlookFor(paper, 'week', { customerId: 'c', visits: 60, firstDay: '2026-06-01', lastDay: '2026-10-30' }, '2026-11-01')

    expect(outlook.lapsing).toBe(false)
    expect(outlook.expectedVisits30d).toBeGreaterThan(5)
  })

  it('never calls an occasional customer lapsing, however long it has been', () => {
    const outlook = outlookFor(paper, 'week', { customerId: 'c', visits: 2, firstDay: '2025-01-01', lastDay: '2025-02-01' }, '2026-11-01')

    expect(outlook.lapsing).toBe(false)
  })

  it('gives no P(alive) after one visit, where the model would say 100 % however long ago it was', () => {
    const once = (day: string) => outlookFor(paper, 'week', { customerId: 'c', visits: 1, firstDay: day, lastDay: day }, '2026-11-01')

    const yesterday = once('2026-10-31')
    const aYearAgo = once('2025-11-01')

    expect(yesterday.pAlive).toBeNull()
    expect(aYearAgo.pAlive).toBeNull()
    expect(aYearAgo.expectedVisits30d).toBeLessThan(yesterday.expectedVisits30d / 2)
  })

  it('still answers at the no-dropout edge of the model, where the series is out of reach', () => {
    const edge = { r: 0.974, alpha: 1.798, a: 246_127_652, b: 53_961_140_645 }

    const outlook = outlookFor(edge, 'week', { customerId: 'c', visits: 89, firstDay: '2026-05-10', lastDay: '2026-11-06' }, '2026-11-07')

    expect(Number.isFinite(outlook.expectedVisits30d)).toBe(true)
    expect(outlook.expectedVisits30d).toBeGreaterThan(10)
  })
})
