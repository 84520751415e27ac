import { describe, expect, it } from 'vitest'
import { feedbackPath, kudosFor, parseFeedbackSource, taskDueAt, tasksFor } from './feedback.js'

describe('parseFeedbackSource', () => {
  it('reads a coupon, a receipt and a location QR code link', () => {
    expect(parseFeedbackSource('coupon-0194a1b2-7c3d')).toEqual({ source: 'coupon', sourceId: '0194a1b2-7c3d' })
    expect(parseFeedbackSource('receipt-ord-1')).toEqual({ source: 'receipt', sourceId: 'ord-1' })
    expect(parseFeedbackSource('location-loc-a')).toEqual({ source: 'location_qr', sourceId: 'loc-a' })
  })

  it('knows nothing else, and nothing with odd characters', () => {
    expect(parseFeedbackSource('order-1')).toBeNull()
    expect(parseFeedbackSource('coupon-')).toBeNull()
    expect(parseFeedbackSource("coupon-1' or 1=1")).toBeNull()
  })

  it('is the inverse of feedbackPath', () => {
    expect(feedbackPath('location_qr', 'loc-a')).toBe('/f/location-loc-a')
    expect(parseFeedbackSource(feedbackPath('location_qr', 'loc-a').slice(3))).toEqual({ source: 'location_qr', sourceId: 'loc-a' })
  })
})

describe('taskDueAt', () => {
  it('is the end of the next local day at the location', () => {
    const due = taskDueAt(new Date('2026-11-20T15:00:00Z'), 'America/New_York')

    expect(due.toISOString()).toBe('2026-11-22T05:00:00.000Z')
  })

  it('counts days in the location’s zone, not UTC: 9 pm in New York is already tomorrow in UTC', () => {
    const due = taskDueAt(new Date('2026-11-21T02:00:00Z'), 'America/New_York')

    expect(due.toISOString()).toBe('2026-11-22T05:00:00.000Z')
  })
})

describe('what feedback sets in motion', () => {
  const receivedAt = new Date('2026-11-20T15:00:00Z')
  let n = 0
  const newId = () => `id-${++n}`
  const context = { timeZone: 'America/New_York', managerId: 'priya', staffFirstName: 'Melissa' }

  it('makes a problem a recovery task for the manager, due by the end of the next day', () => {
    const tasks = tasksFor({ id: 'f1', kind: 'problem', locationId: 'loc-a', receivedAt }, context, newId)

    expect(tasks).toEqual([
      expect.objectContaining({ kind: 'recovery', assigneeId: 'priya', feedbackId: 'f1', locationId: 'loc-a', dueAt: new Date('2026-11-22T05:00:00.000Z'), doneAt: null }),
    ])
  })

  it('asks the manager to thank the person praise names, in person', () => {
    const tasks = tasksFor({ id: 'f2', kind: 'praise', locationId: 'loc-a', receivedAt }, context, newId)

    expect(tasks.map((task) => [task.kind, task.title])).toEqual([['thank_you', 'Thank Melissa in person']])
  })

  it('sets no task for praise naming nobody, or an idea', () => {
    expect(tasksFor({ id: 'f3', kind: 'praise', locationId: 'loc-a', receivedAt }, { ...context, staffFirstName: null }, newId)).toEqual([])
    expect(tasksFor({ id: 'f4', kind: 'idea', locationId: 'loc-a', receivedAt }, context, newId)).toEqual([])
  })

  it('turns praise naming someone into kudos for them from the customer, and nothing else into kudos', () => {
    const praise = { id: 'f5', kind: 'praise' as const, staffId: 'melissa', locationId: 'loc-b', receivedAt }

    expect(kudosFor(praise, newId)).toMatchObject({ staffId: 'melissa', locationId: 'loc-b', from: 'customer', givenBy: null, feedbackId: 'f5', givenAt: receivedAt })
    expect(kudosFor({ ...praise, kind: 'problem' }, newId)).toBeNull()
    expect(kudosFor({ ...praise, staffId: null }, newId)).toBeNull()
  })
})
