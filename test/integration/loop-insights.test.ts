import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../src/domain/shared/instant.js'
import { insightsOverview } from '../../src/domain/insights/index.js'
import { toOverviewView } from '../../src/http/views/insights.views.js'
import { authenticate } from '../../src/domain/staff/index.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

const HOUR = 3_600_000
/** Late morning in New York, the same local day as the UTC date. */
const at = (day: string) => `${day}T15:00:00.000Z`

/**
 * Crafted data with known answers: 48 customers with a problem at Main St, 24 of them given a recovery gesture the
 * same day (all came back within the month) and 24 not (6 came back); kudos for three people at two locations; and
 * replies after known numbers of hours.
 */
async function craft(world: World) {
  const db = world.app.db.kysely
  const { a, b } = world.locations
  const { sam, priya, bea, ann } = world.staff
  const customer = (id: string) => ({ id, display_name: id, household: '[]', tags: '[]', card_code: `card-${id}`, created_at: at('2026-01-01'), updated_at: at('2026-01-01') })
  const order = (customerId: string, day: string, locationId = a) => ({
    id: `order-${customerId}-${day}`,
    location_id: locationId,
    customer_id: customerId,
    staff_id: sam.id,
    status: 'paid' as const,
    source: 'test',
    total_minor: 500,
    placed_at: at(day),
    local_day: day,
  })
  const customers = []
  const orders = [order('last', '2026-11-20')]
  const gestures = []
  const problems = []
  for (let i = 0; i < 48; i++) {
    const id = `c${i}`
    const treated = i < 24
    const day = addDays('2026-09-01', i % 24)
    customers.push(customer(id))
    orders.push(order(id, addDays(day, -3)), order(id, day))
    if (treated || i < 30) orders.push(order(id, addDays(day, 5)))
    if (treated) {
      gestures.push({ id: `g${i}`, type: 'recovery_coupon', reason: 'service_failure', value_minor: 400, staff_id: sam.id, customer_id: id, location_id: a, status: 'granted', requested_at: at(day) })
    }
    problems.push({ id: `p${i}`, kind: 'problem' as const, text: 'Cold coffee', location_id: a, customer_id: id, source: 'location_qr' as const, source_id: a, status: 'new' as const, received_at: at(day) })
  }
  customers.push(customer('last'))
  const kudos: { staff: string; location: string; from: 'customer' | 'manager'; by?: string }[] = [
    ...[1, 2, 3].map(() => ({ staff: sam.id, location: a, from: 'customer' as const })),
    { staff: sam.id, location: a, from: 'manager' as const, by: priya.id },
    { staff: priya.id, location: a, from: 'customer' as const },
    { staff: bea.id, location: b, from: 'customer' as const },
    { staff: bea.id, location: b, from: 'customer' as const },
  ]
  const kudosRows = kudos.map((k, n) => ({ id: `k${n}`, staff_id: k.staff, location_id: k.location, from_role: k.from, given_by: k.by ?? null, given_at: at('2026-11-10') }))
  const received = new Date(at('2026-11-10')).getTime()
  const answerable = [
    ...[1, 2, 3, 4, 5, 6, null].map((hours) => ({ location: a, hours })),
    ...[10, 20, 30, 40, 50].map((hours) => ({ location: b, hours })),
  ]
  const feedback = answerable.map(({ location }, n) => ({
    id: `r${n}`,
    kind: 'praise' as const,
    text: 'Lovely',
    location_id: location,
    contact_email: `r${n}@example.com`,
    source: 'location_qr' as const,
    source_id: location,
    status: 'new' as const,
    received_at: new Date(received).toISOString(),
  }))
  const replies = answerable.flatMap(({ hours }, n) =>
    hours === null ? [] : [{ id: `reply${n}`, feedback_id: `r${n}`, staff_id: ann.id, body: 'Thank you', sent_to: `r${n}@example.com`, sent_at: new Date(received + hours * HOUR).toISOString() }],
  )
  await db.insertInto('customer').values(customers).execute()
  await db.insertInto('order').values(orders).execute()
  await db.insertInto('gesture').values(gestures).execute()
  await db.insertInto('feedback').values([...problems, ...feedback]).execute()
  await db.insertInto('feedback_reply').values(replies).execute()
  await db.insertInto('kudos').values(kudosRows).execute()
}

interface Overview {
  recovery: { result: { treated: number; matched: number; treatedReturnRate: number; controlReturnRate: number; lift: number; ciLow: number | null; ciHigh: number | null }; reading: string }
  kudos: { total: number; people: { staffName: string; fromCustomers: number; fromManagers: number; total: number }[]; locations: { locationName: string; total: number }[]; readings: { people: string; locations: string } }
  replyTimes: { overall: { replied: number; waiting: number; medianHours: number; p90Hours: number }; locations: { locationName: string; medianHours: number; p90Hours: number }[]; reading: string }
}

for (const dialect of testDialects()) {
  describe(`the loop's insights on crafted data (${dialect})`, () => {
    let world: World
    let overview: Overview
    let priyas: Overview
    beforeAll(async () => {
      world = await createWorld(dialect)
      await craft(world)
      const get = async (who: 'ann' | 'priya') =>
        (await world.http.inject({ method: 'GET', url: '/api/v1/insights/overview', headers: { cookie: await signInAs(world, who) } })).json() as Overview
      overview = await get('ann')
      priyas = await get('priya')
    })
    afterAll(() => world.close())

    it('compares problems that got a recovery gesture with problems that did not', () => {
      expect(overview.recovery.result).toMatchObject({ treated: 24, matched: 24, treatedReturnRate: 1, controlReturnRate: 0.25, lift: 0.75 })
      expect(overview.recovery.result.ciLow).toBeGreaterThan(0.4)
      expect(overview.recovery.reading).toMatch(/^Customers with a problem who got a recovery gesture came back within 30 days 75 points more often than similar customers with a problem who didn't \(95% interval \d+ to \d+\)\.$/)
    })

    it('counts kudos per person and per location, split by who gave them', () => {
      expect(overview.kudos.people.map((p) => [p.staffName, p.fromCustomers, p.fromManagers])).toEqual([
        ['Sam', 3, 1],
        ['Bea', 2, 0],
        ['Priya', 1, 0],
      ])
      expect(overview.kudos.locations.map((l) => [l.locationName, l.total])).toEqual([
        ['Main St', 5],
        ['Harbor', 2],
      ])
      expect(overview.kudos.readings).toEqual({
        people: 'Sam (Main St) got the most kudos in the last 90 days: 4 of 7, 3 from customers.',
        locations: 'Kudos in the last 90 days: Main St 5, Harbor 2; 86% came from customers.',
      })
    })

    it('gives reply times as median and 90th percentile hours, by location', () => {
      expect(overview.replyTimes.overall).toEqual({ replied: 11, waiting: 1, medianHours: 6, p90Hours: 40 })
      expect(overview.replyTimes.locations.map((l) => [l.locationName, l.medianHours, l.p90Hours])).toEqual([
        ['Harbor', 30, 46],
        ['Main St', 3.5, 5.5],
      ])
      expect(overview.replyTimes.reading).toBe(
        'Half the customers who left an email had a reply within 6 hours; 9 in 10 within 40 hours (last 90 days, 11 replies, 1 still waiting). Slowest: Harbor, half within 30 hours.',
      )
    })

    it('serves the overview exactly as the domain computes it: the documented response schema drops nothing', async () => {
      const cookie = await signInAs(world, 'ann')
      const actor = (await authenticate(world.app.deps, cookie.slice(cookie.indexOf('=') + 1)))!
      const computed = await insightsOverview(world.app.deps, actor)

      expect(overview).toEqual(JSON.parse(JSON.stringify(toOverviewView(computed))))
    })

    it('shows a manager only their own location’s kudos and replies', () => {
      expect(priyas.kudos.total).toBe(5)
      expect(priyas.kudos.locations.map((l) => l.locationName)).toEqual(['Main St'])
      expect(priyas.replyTimes.overall).toMatchObject({ replied: 6, waiting: 1, medianHours: 3.5 })
      expect(priyas.recovery.result.treated).toBe(24)
    })
  })
}
