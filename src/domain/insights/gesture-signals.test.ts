import { describe, expect, it } from 'vitest'
import { gestureSignals, type StaffGestureActivity } from './gesture-signals.js'

const person = (staffId: string, shifts: number, gestures: StaffGestureActivity['gestures'], name = staffId): StaffGestureActivity => ({
  staffId,
  staffName: name,
  staffFullName: `${name} Test`,
  locationId: 'main',
  shifts,
  gestures,
})
const comps = (count: number, valueMinor = 300) => Array.from({ length: count }, (_, n) => ({ customerId: `c${n}`, customerName: `Guest ${n}`, valueMinor }))

describe('gestureSignals', () => {
  const peers = [person('a', 10, comps(10)), person('b', 10, comps(12)), person('c', 10, comps(9)), person('d', 10, comps(11))]

  it('flags a person who gives far more gestures per shift than their peers at the location', () => {
    const signals = gestureSignals([...peers, person('e', 10, comps(60))])

    expect(signals.find((s) => s.staffId === 'e')!.flags).toContain('many_gestures')
    expect(signals.filter((s) => s.flags.includes('many_gestures')).map((s) => s.staffId)).toEqual(['e'])
  })

  it('compares per shift, so a person who simply works more is not flagged', () => {
    const signals = gestureSignals([...peers, person('e', 50, comps(55))])

    expect(signals.find((s) => s.staffId === 'e')!.flags).toEqual([])
  })

  it('flags much higher value per shift', () => {
    const signals = gestureSignals([...peers, person('e', 10, comps(10, 2_500))])

    expect(signals.find((s) => s.staffId === 'e')!.flags).toEqual(['high_value'])
  })

  it('flags gestures concentrated on one customer, and gestures to a customer with their own name', () => {
    const friend = Array.from({ length: 6 }, () => ({ customerId: 'pal', customerName: 'Pal', valueMinor: 300 }))
    const own = [{ customerId: 'me', customerName: 'Sam Test', valueMinor: 300 }]

    const signals = gestureSignals([...peers, person('sam', 10, [...friend, ...own, ...comps(4)], 'Sam')])

    const sam = signals.find((s) => s.staffId === 'sam')!
    expect(sam.flags).toEqual(expect.arrayContaining(['same_customer', 'own_account']))
    expect(sam.topCustomer).toMatchObject({ customerId: 'pal', gestures: 6 })
  })

  it('does not call one gesture among peers who gave none an outlier', () => {
    const quiet = [person('a', 10, []), person('b', 10, []), person('c', 10, [])]

    const signals = gestureSignals([...quiet, person('e', 10, comps(1))])

    expect(signals.find((s) => s.staffId === 'e')!.flags).toEqual([])
  })

  it('says nothing about outliers with fewer than three peers', () => {
    const signals = gestureSignals([person('a', 10, comps(10)), person('e', 10, comps(60))])

    expect(signals.every((s) => s.gesturesPerShiftScore === null)).toBe(true)
  })
})
