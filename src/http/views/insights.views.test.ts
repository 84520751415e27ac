import { describe, expect, it } from 'vitest'
import type { GoodwillResult } from '../../domain/insights/index.js'
import { toGoodwillView } from './insights.views.js'

describe('toGoodwillView', () => {
  const result: GoodwillResult = {
    windowDays: 30,
    from: '2025-01-01',
    to: '2025-03-31',
    lastDay: '2025-04-30',
    gestures: 12,
    gestureValueMinor: 4_800,
    treated: 10,
    censored: 2,
    matched: 9,
    unmatched: 1,
    treatedCustomers: 8,
    controls: 40,
    treatedReturnRate: 0.666_666,
    controlReturnRate: 0.5,
    lift: { estimate: 0.166_666, ciLow: -0.05, ciHigh: 0.3 },
    visitsLift: { estimate: null, ciLow: null, ciHigh: null },
    revenueLiftMinor: { estimate: 120, ciLow: -40, ciHigh: 260 },
    byType: { comp_item: { gestures: 12, gestureValueMinor: 4_800, treated: 10, matched: 9, lift: { estimate: 0.166_666, ciLow: -0.05, ciHigh: 0.3 } } },
    byReason: {},
  }

  it('answers in camelCase, with rates and lifts to 4 decimals and money as whole minor units', () => {
    const view = toGoodwillView(result)

    expect(view).toMatchObject({ windowDays: 30, gestureValueMinor: 4_800, treatedReturnRate: 0.6667, lift: 0.1667, ciLow: -0.05, visitsLift: null, revenueLiftMinor: 120 })
    expect(view.byType.comp_item).toEqual({ gestures: 12, gestureValueMinor: 4_800, treated: 10, matched: 9, lift: 0.1667, ciLow: -0.05, ciHigh: 0.3 })
    expect(Object.keys(view).filter((key) => key.includes('_'))).toEqual([])
  })
})
