import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

const LOW_TIERS = {
  thresholds: { occasional: 1, regular: 2, vip: 3 },
  perks: {
    new: { tabLimitMinor: 0, birthdayReward: false, welcomeBackMinor: 0 },
    occasional: { tabLimitMinor: 0, birthdayReward: true, welcomeBackMinor: 0 },
    regular: { tabLimitMinor: 3_000, birthdayReward: true, welcomeBackMinor: 300 },
    vip: { tabLimitMinor: 10_000, birthdayReward: true, welcomeBackMinor: 500 },
  },
}

for (const dialect of testDialects()) {
  describe(`tabs and house accounts (${dialect})`, () => {
    let world: World
    let sam: string
    let priya: string
    let ann: string
    let jill: string

    const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) =>
      world.http.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload && { payload }) })
    const flatWhite = { catalogItemId: 'item-fw' }
    const putOnTab = (cookie = sam, lines: Record<string, unknown>[] = [flatWhite], customerId = jill) => call(cookie, 'POST', '/orders', { customerId, lines, payment: 'tab' })
    const tab = async () => (await call(sam, 'GET', `/customers/${jill}/tab`)).json()
    const later = async (ms: number) => {
      world.clock.advance(ms)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      ann = await signInAs(world, 'ann')
    }
    /** Two visit days make Jill a regular under LOW_TIERS. */
    const makeRegular = async () => {
      expect((await call(ann, 'PUT', '/tier-settings', LOW_TIERS)).statusCode).toBe(200)
      await call(sam, 'POST', '/orders', { customerId: jill, lines: [flatWhite] })
      await later(24 * 60 * 60_000)
      await call(sam, 'POST', '/orders', { customerId: jill, lines: [flatWhite] })
    }

    beforeEach(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      ann = await signInAs(world, 'ann')
      jill = (await call(sam, 'POST', '/customers', { displayName: 'Jill Okafor', phone: '+14155550142', email: 'jill@example.com' })).json().id
    })
    afterEach(() => world.close())

    it('opens a tab at the counter only when the tier allows, with the tier’s limit; a manager opens one for anyone', async () => {
      const refused = await putOnTab()
      expect(refused.statusCode).toBe(403)
      expect(refused.json()).toMatchObject({ code: 'tab.not_allowed', tier: 'new' })
      expect(await world.app.db.kysely.selectFrom('order').select('id').execute()).toHaveLength(0)

      await makeRegular()
      const card = (await call(sam, 'GET', `/customers/${jill}/card`)).json()
      expect(card.tier).toBe('regular')
      expect(card.perks).toMatchObject({ tabLimitMinor: 3_000, welcomeBackMinor: 300 })
      expect(card.tab).toBeNull()

      const charged = await putOnTab()
      expect(charged.statusCode).toBe(201)
      expect(charged.json()).toMatchObject({ status: 'tab', tab: { balanceMinor: 420, limitMinor: 3_000 } })
      expect((await call(sam, 'GET', `/customers/${jill}/card`)).json().tab).toEqual({ kind: 'tab', balanceMinor: 420, limitMinor: 3_000, availableMinor: 2_580 })

      const tom = (await call(sam, 'POST', '/customers', { displayName: 'Tom Reyes' })).json().id
      expect((await call(sam, 'POST', `/customers/${tom}/tab`, { kind: 'house', limitMinor: 5_000 })).statusCode).toBe(403)
      const house = await call(priya, 'POST', `/customers/${tom}/tab`, { kind: 'house', limitMinor: 5_000 })
      expect(house.statusCode).toBe(200)
      expect(house.json().account).toMatchObject({ kind: 'house', limitMinor: 5_000, status: 'open' })
      expect((await call(priya, 'POST', `/customers/${tom}/tab`, {})).json()).toMatchObject({ code: 'tab.already_open' })
    })

    it('settles in part and in full; a same-day tab settled to zero closes, and the ledger keeps every row', async () => {
      await makeRegular()
      await putOnTab()
      await putOnTab(sam, [{ catalogItemId: world.items.croissant }])
      expect((await tab()).balanceMinor).toBe(680)

      expect((await call(sam, 'POST', `/customers/${jill}/tab/settlement`, { amountMinor: 1_000 })).json()).toMatchObject({ code: 'tab.settle_amount', balanceMinor: 680 })
      expect((await call(sam, 'POST', `/customers/${jill}/tab/settlement`, { amountMinor: 200 })).json()).toMatchObject({ balanceMinor: 480, account: { status: 'open' } })
      const settled = (await call(sam, 'POST', `/customers/${jill}/tab/settlement`, {})).json()
      expect(settled).toMatchObject({ balanceMinor: 0, account: { status: 'closed' } })
      expect(settled.entries.map((e: { kind: string; amountMinor: number }) => [e.kind, e.amountMinor])).toEqual([
        ['settle', -480],
        ['settle', -200],
        ['charge', 260],
        ['charge', 420],
      ])
      expect((await call(sam, 'POST', `/customers/${jill}/tab/settlement`, {})).json()).toMatchObject({ code: 'tab.not_open' })
      const audit = await world.app.db.kysely.selectFrom('audit_event').select('action').where('action', 'like', 'tab.%').orderBy('at').execute()
      expect(audit.map((a) => a.action)).toEqual(['tab.opened', 'tab.charge', 'tab.charge', 'tab.settle', 'tab.settle', 'tab.closed'])
    })

    it('asks a manager when a charge would pass the limit, and records it on the tab once approved', async () => {
      await call(priya, 'POST', `/customers/${jill}/tab`, { limitMinor: 500 })
      await putOnTab()
      const over = await putOnTab()
      expect(over.statusCode).toBe(202)
      expect(over.json()).toMatchObject({ outcome: 'needs_approval', limit: 'tab_limit', capMinor: 500, wouldBeMinor: 840, approval: { status: 'pending', amountMinor: 420 } })
      expect((await tab()).balanceMinor).toBe(420)
      const id = over.json().approval.id
      expect((await call(priya, 'GET', '/tab-approvals')).json().approvals.map((a: { id: string }) => a.id)).toEqual([id])
      expect((await call(sam, 'GET', '/tab-approvals')).statusCode).toBe(403)
      const live = await world.app.db.kysely.selectFrom('live_event').select('payload').where('topic', '=', 'approval.requested').execute()
      expect(live.map((e) => JSON.parse(e.payload as string).tabApprovalId)).toContain(id)

      const approved = await call(priya, 'POST', `/tab-approvals/${id}/decision`, { approve: true })
      expect(approved.statusCode).toBe(200)
      expect(approved.json()).toMatchObject({ approval: { status: 'approved' }, order: { status: 'tab', staffId: world.staff.sam.id, tab: { balanceMinor: 840 } } })
      expect((await call(priya, 'POST', `/tab-approvals/${id}/decision`, { approve: false })).json()).toMatchObject({ code: 'approval.already_decided' })
      const charge = (await tab()).entries[0]
      expect(charge).toMatchObject({ kind: 'charge', amountMinor: 420, approvedBy: world.staff.priya.id })
      expect((await call(sam, 'GET', `/tab-approvals/${id}`)).json().orderId).toBe(approved.json().order.id)
    })

    it('never passes the limit when 100 charges race', async () => {
      await call(priya, 'POST', `/customers/${jill}/tab`, { limitMinor: 2_000 })

      const responses = await Promise.all(Array.from({ length: 100 }, () => putOnTab()))

      const charged = responses.filter((r) => r.statusCode === 201)
      expect(charged).toHaveLength(4)
      expect(responses.filter((r) => r.statusCode === 202)).toHaveLength(96)
      expect((await tab()).balanceMinor).toBe(1_680)
    })

    it('reverses a voided order’s charge, linked to it; a settled one reversed leaves credit', async () => {
      await call(priya, 'POST', `/customers/${jill}/tab`, { kind: 'house', limitMinor: 5_000 })
      const order = (await putOnTab()).json()
      await call(sam, 'POST', `/customers/${jill}/tab/settlement`, {})
      expect((await call(priya, 'POST', `/orders/${order.id}/void`, { reason: 'charged twice' })).statusCode).toBe(200)
      const after = await tab()
      expect(after.balanceMinor).toBe(-420)
      const charge = after.entries.find((e: { kind: string }) => e.kind === 'charge')
      expect(after.entries[0]).toMatchObject({ kind: 'reverse', amountMinor: -420, reversesId: charge.id, orderId: order.id })
    })

    it('writes off with a manager’s reason, issues statements that never change, and emails them through the outbox', async () => {
      await call(priya, 'POST', `/customers/${jill}/tab`, { kind: 'house', limitMinor: 5_000 })
      await putOnTab()
      await putOnTab()
      expect((await call(sam, 'POST', `/customers/${jill}/tab/write-off`, { reason: 'moved away' })).statusCode).toBe(403)
      expect((await call(priya, 'POST', `/customers/${jill}/tab/write-off`, { amountMinor: 100, reason: 'cold coffee' })).json().balanceMinor).toBe(740)

      const first = await call(priya, 'POST', `/customers/${jill}/tab/statements`)
      expect(first.statusCode).toBe(201)
      expect(first.json()).toMatchObject({ number: 1, openingMinor: 0, closingMinor: 740 })
      expect(first.json().entries).toHaveLength(3)

      await later(60_000)
      await call(sam, 'POST', `/customers/${jill}/tab/settlement`, { amountMinor: 240 })
      const second = (await call(priya, 'POST', `/customers/${jill}/tab/statements`)).json()
      expect(second).toMatchObject({ number: 2, openingMinor: 740, closingMinor: 500 })
      expect(second.entries.map((e: { kind: string }) => e.kind)).toEqual(['settle'])
      expect((await call(sam, 'GET', `/tab-statements/${first.json().id}`)).json()).toEqual(first.json())

      const sent = await call(priya, 'POST', `/tab-statements/${second.id}/email`)
      expect(sent.statusCode).toBe(202)
      const outbox = await world.app.db.kysely.selectFrom('outbox').select('payload').where('topic', '=', 'email.send').execute()
      const email = JSON.parse(outbox[0]!.payload as string)
      expect(email).toMatchObject({ to: 'jill@example.com', subject: expect.stringContaining('Statement 2') })
      expect(email.text).toContain('Closing balance: $5.00')
    })

    it('lists open tabs with money on them for closing time, and refuses erasure until the tab is settled', async () => {
      await call(priya, 'POST', `/customers/${jill}/tab`, { limitMinor: 3_000 })
      await putOnTab()
      const open = (await call(sam, 'GET', '/tabs/open')).json().tabs
      expect(open).toMatchObject([{ customerName: 'Jill Okafor', balanceMinor: 420, sameDay: true, chargedToday: true }])

      const erase = await call(ann, 'POST', `/customers/${jill}/erasure`)
      expect(erase.json()).toMatchObject({ code: 'privacy.open_tab', balanceMinor: 420 })
      await call(sam, 'POST', `/customers/${jill}/tab/settlement`, {})
      expect((await call(sam, 'GET', '/tabs/open')).json().tabs).toEqual([])
    })
  })
}
