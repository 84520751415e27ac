import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_STAMP_PROGRAMME } from '../../src/demo/demo-ledgers.js'
import { adjustStamps, stampCard, STAMP_PROGRAMME_SETTING } from '../../src/domain/loyalty/index.js'
import type { Actor } from '../../src/domain/staff/index.js'
import { COUNTER, launchBrowser, newPage, PHONE, pinOf, SCREENSHOTS, signInAtLock, startDemoServer, type DemoServer } from './harness.js'

let server: DemoServer
let base: string
let browser: Browser
let counter: Page
let phone: Page
let jill: string

const signIn = (page: Page, firstName: string) => signInAtLock(page, 'Main St', firstName, pinOf(server.summary, firstName))

beforeAll(async () => {
  server = await startDemoServer({
    customers: 200,
    afterSeed: async (app) => {
      // Earn limits off for the test, and Jill one stamp short of her reward.
      await app.deps.repos.settings.set(STAMP_PROGRAMME_SETTING, { ...DEMO_STAMP_PROGRAMME, minMinutesBetweenEarns: 0, maxEarnsPerDay: 20 })
      const row = await app.db.kysely.selectFrom('customer').select('id').where('phone', '=', '+14155550142').executeTakeFirstOrThrow()
      jill = row.id
      const stamps = (await stampCard(app.deps, jill)).stamps % DEMO_STAMP_PROGRAMME.stampsRequired
      const priya = await app.db.kysely.selectFrom('staff_member').select(['id', 'home_location_id']).where('first_name', '=', 'Priya').executeTakeFirstOrThrow()
      const manager: Actor = { staffId: priya.id, firstName: 'Priya', role: 'manager', locationId: priya.home_location_id, timeZone: 'America/New_York', country: 'US', sessionId: 'setup' }
      const wanted = DEMO_STAMP_PROGRAMME.stampsRequired - 1
      const now = (await stampCard(app.deps, jill)).stamps
      if (now !== wanted) await adjustStamps(app.deps, manager, jill, wanted - now, 'e2e: one short of the reward')
      expect(stamps).toBeGreaterThanOrEqual(0)
      // Whatever the seeded last 30 days hold, an extra stamp for Jill passes her 30-day limit.
      const { chain } = await app.deps.repos.policies.find('staff', priya.home_location_id)
      await app.deps.repos.policies.upsert('chain', { ...chain!, maxPerCustomer30dMinor: 0 }, new Date(), priya.id)
    },
  })
  base = server.baseUrl
  browser = await launchBrowser()
  counter = await newPage(browser, COUNTER)
  phone = await newPage(browser, PHONE)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const order = () => counter.getByRole('complementary', { name: 'Current order' })

async function open(name: string, phoneDigits: string) {
  const search = counter.getByRole('combobox', { name: 'Find a customer' })
  await search.fill('')
  await search.pressSequentially(phoneDigits, { delay: 20 })
  const card = counter.getByRole('region', { name })
  await card.getByRole('heading', { level: 2, name }).waitFor()
  return card
}

describe('stamps, tabs and undo at the counter', () => {
  it('rings Jill’s usual one stamp short of her reward, offers the reward and redeems it', async () => {
    await counter.goto(`${base}/counter`)
    await signIn(counter, 'Sam')
    await counter.waitForURL(`${base}/counter`)
    const card = await open('Jill Okafor', '415 555 0142')
    await expect.poll(() => card.textContent()).toContain('Stamps 9 of 10')
    expect(await card.textContent()).toContain('1 more for any drink free')

    await card.getByRole('button', { name: 'Ring the usual' }).click()
    await order().getByRole('button', { name: /^Charge/ }).click()
    await expect.poll(() => order().getByRole('status').textContent()).toContain('+1 stamp')
    await expect.poll(() => card.textContent()).toContain('Reward ready: any drink free')
    await counter.screenshot({ path: join(SCREENSHOTS, 'greeting-card-reward.png') })

    await card.getByRole('button', { name: 'Redeem: any drink free' }).click()
    await expect.poll(() => card.textContent()).toContain('Stamps 0 of 10')
    const redeemed = await server.app.db.kysely.selectFrom('stamp_entry').select('qty').where('customer_id', '=', jill).where('kind', '=', 'redeem').orderBy('at', 'desc').executeTakeFirstOrThrow()
    expect(redeemed.qty).toBe(-10)
  })

  it('sends Jill’s extra stamp through the policy: over her 30-day limit it goes to Priya, and her yes puts it on the card', async () => {
    await phone.goto(`${base}/m`)
    await phone.getByRole('link', { name: 'Sign in' }).click()
    await signIn(phone, 'Priya')
    await phone.waitForURL(`${base}/m`)
    await phone.getByRole('banner').getByText('Live', { exact: true }).waitFor()

    const card = counter.getByRole('region', { name: 'Jill Okafor' })
    await card.getByRole('button', { name: '+Stamp' }).click()
    const sheet = counter.getByRole('dialog', { name: 'Gesture for Jill Okafor' })
    await sheet.waitFor()
    await sheet.getByRole('group', { name: 'Why' }).getByRole('button', { name: 'Delight' }).click()
    await sheet.getByRole('button', { name: /^(Give it|Ask a manager)$/ }).click()
    await sheet.waitFor({ state: 'detached' })
    await order().getByRole('list', { name: 'Waiting for a manager' }).waitFor()
    expect(await card.textContent()).toContain('Stamps 0 of 10')

    const request = phone.getByRole('article').filter({ hasText: 'Extra stamp' })
    await request.getByRole('button', { name: /^Approve/ }).click()
    await expect.poll(() => card.textContent(), { timeout: 5_000 }).toContain('Stamps 1 of 10')
    const gesture = await server.app.db.kysely.selectFrom('gesture').select(['status', 'value_minor', 'limit_passed']).where('customer_id', '=', jill).where('type', '=', 'bonus_stamp').orderBy('requested_at', 'desc').executeTakeFirstOrThrow()
    expect(gesture).toEqual({ status: 'approved', value_minor: 45, limit_passed: 'customer_30d' })
  })

  it('undoes a Charge within two minutes, and the order leaves the card', async () => {
    const card = counter.getByRole('region', { name: 'Jill Okafor' })
    await card.getByRole('button', { name: 'Ring the usual' }).click()
    await order().getByRole('button', { name: /^Charge/ }).click()
    await expect.poll(() => card.textContent()).toContain('Stamps 2 of 10')
    const undo = order().getByRole('button', { name: /^Undo/ })
    await undo.waitFor()
    await counter.screenshot({ path: join(SCREENSHOTS, 'undo-charge.png') })
    await undo.click()
    await expect.poll(() => order().getByRole('status').textContent()).toContain('Undone')
    await expect.poll(() => card.textContent()).toContain('Stamps 1 of 10')
    const voided = await server.app.db.kysely.selectFrom('order').select('void_reason').where('customer_id', '=', jill).orderBy('placed_at', 'desc').executeTakeFirstOrThrow()
    expect(voided.void_reason).toBe('undone at the counter')
  })

  it('puts Tom’s usual on his tab, settles it, and asks Priya when a ring would pass the limit', async () => {
    const card = await open('Tom Becker', '415 555 0177')
    await counter.screenshot({ path: join(SCREENSHOTS, 'greeting-card-tab.png') })
    await expect.poll(() => card.textContent()).toContain('Tab $0.00 of $20.00')
    await card.getByRole('button', { name: 'Ring the usual' }).click()
    await order().getByRole('button', { name: 'Put on tab' }).click()
    await expect.poll(() => card.textContent()).toContain('Tab $2.10 of $20.00')

    // Ten more house coffees: $21.00 on top of $2.10 passes Tom's $20.00.
    for (let i = 0; i < 10; i++) await card.getByRole('button', { name: 'Ring the usual' }).click()
    const ask = order().getByRole('button', { name: 'Ask a manager (tab limit $20.00)' })
    await ask.click()
    await order().getByRole('list', { name: 'Waiting for a manager' }).waitFor()
    await counter.screenshot({ path: join(SCREENSHOTS, 'tab-ask-manager.png') })

    const request = phone.getByRole('article').filter({ hasText: 'Tom Becker' })
    await request.waitFor()
    await phone.screenshot({ path: join(SCREENSHOTS, 'manager-tab-request.png') })
    await request.getByRole('button', { name: /^Approve/ }).click()

    await expect.poll(() => order().getByRole('status').textContent(), { timeout: 5_000 }).toContain('Approved')
    await expect.poll(() => card.textContent()).toContain('Tab $23.10 of $20.00')
    const charge = await server.app.db.kysely.selectFrom('tab_entry').select(['amount_minor', 'approved_by']).where('kind', '=', 'charge').orderBy('at', 'desc').executeTakeFirstOrThrow()
    expect(charge.amount_minor).toBe(2_100)
    expect(charge.approved_by).not.toBeNull()

    await card.getByRole('button', { name: /^Settle up/ }).click()
    await expect.poll(() => card.textContent()).not.toContain('Tab $23.10')
    const settled = await server.app.db.kysely.selectFrom('tab_entry').select('amount_minor').where('kind', '=', 'settle').executeTakeFirstOrThrow()
    expect(settled.amount_minor).toBe(-2_310)
  })

  it('shows the customer their own card page, with the stamps and nothing that names them', async () => {
    const link = await counter.evaluate(async (id) => (await fetch(`/api/v1/customers/${id}/stamps/link`, { method: 'POST' })).json(), jill)
    await phone.goto(`${base}${link.path}`)
    await phone.getByText('1 of 10 stamps').waitFor()
    expect(await phone.textContent('body')).not.toContain('Okafor')
    await phone.screenshot({ path: join(SCREENSHOTS, 'stamp-card.png') })
  })
})
