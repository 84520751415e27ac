import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/compose.js'
import type { DemoSummary } from '../../src/demo/demo-data.js'
import { COUNTER, launchBrowser, newPage, pinOf, SCREENSHOTS, signInAtLock, startDemoServer, type DemoServer } from './harness.js'

const JILL_PHONE = '+14155550142'

let server: DemoServer
let app: App
let demo: DemoSummary
let base: string
let browser: Browser
let page: Page

async function ordersFor(customerId: string | null): Promise<number> {
  const query = app.db.kysely.selectFrom('order').select((eb) => eb.fn.countAll<number>().as('n'))
  const row = await (customerId ? query.where('customer_id', '=', customerId) : query.where('customer_id', 'is', null)).executeTakeFirstOrThrow()
  return Number(row.n)
}

beforeAll(async () => {
  server = await startDemoServer({ customers: 200 })
  app = server.app
  demo = server.summary
  base = server.baseUrl
  browser = await launchBrowser()
  page = await newPage(browser, COUNTER)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the counter', () => {
  it('enrols the tablet at Main St and lets Sam in with his PIN after a wrong one', async () => {
    const sam = demo.staff.find((member) => member.name.startsWith('Sam '))!
    const wrong = sam.pin === '000000' ? '111111' : '000000'

    await page.goto(`${base}/counter`)
    await page.getByRole('heading', { name: 'Enrol this tablet' }).waitFor()
    await page.getByRole('button', { name: 'Main St' }).click()
    await page.getByRole('heading', { name: 'Who’s serving?' }).waitFor()
    await page.getByRole('button', { name: 'Sam', exact: true }).click()
    await page.getByText('Sam, enter your PIN').waitFor()
    for (const digit of wrong) await page.getByRole('button', { name: digit, exact: true }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That PIN is not right')
    await page.screenshot({ path: join(SCREENSHOTS, 'lock.png') })
    for (const digit of sam.pin) await page.getByRole('button', { name: digit, exact: true }).click()
    await page.waitForURL(`${base}/counter`)

    await expect.poll(() => page.getByRole('combobox', { name: 'Find a customer' }).isVisible()).toBe(true)
    expect(await page.getByRole('banner').textContent()).toContain('Main St')
  })

  it('finds Jill by phone, rings her usual in two taps and shows the new order on her card', async () => {
    const jill = await app.db.kysely.selectFrom('customer').select('id').where('phone', '=', JILL_PHONE).executeTakeFirstOrThrow()
    const before = await ordersFor(jill.id)
    const search = page.getByRole('combobox', { name: 'Find a customer' })

    await search.fill('okafor')
    await page.getByRole('option', { name: /Jill Okafor/ }).waitFor()
    await page.screenshot({ path: join(SCREENSHOTS, 'counter.png') })
    await search.fill('')
    await search.pressSequentially('415 555 0142', { delay: 30 })
    const card = page.getByRole('region', { name: 'Jill Okafor' })
    await card.getByRole('heading', { level: 2, name: 'Jill Okafor' }).waitFor()
    expect(await card.textContent()).toContain('The usual: Flat white, Oat, Extra hot')

    await card.getByRole('button', { name: 'Ring the usual' }).click()
    const order = page.getByRole('complementary', { name: 'Current order' })
    await order.getByText('Oat, Extra hot').waitFor()
    await page.screenshot({ path: join(SCREENSHOTS, 'greeting-card.png') })
    const placed = page.waitForResponse((response) => response.url().endsWith('/api/v1/orders') && response.request().method() === 'POST')
    await order.getByRole('button', { name: /^Charge/ }).click()
    const response = await placed

    expect(response.status()).toBe(201)
    expect(response.request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/)
    const body = (await response.json()) as { placedAt: string; totalMinor: number; customerId: string }
    expect(body).toMatchObject({ customerId: jill.id, totalMinor: 480 })
    await expect.poll(() => order.getByRole('status').textContent()).toMatch(/^Charged \$4.80 for Jill Okafor\./)
    await card.locator(`time[datetime="${body.placedAt}"]`).waitFor()
    expect(await ordersFor(jill.id)).toBe(before + 1)
    await card.getByRole('heading', { name: 'Recent orders' }).scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(SCREENSHOTS, 'counter-charged.png') })
  })

  it('rings a walk-in with no customer, with options picked from the menu', async () => {
    const before = await ordersFor(null)
    await page.getByRole('button', { name: 'Close card' }).click()
    const order = page.getByRole('complementary', { name: 'Current order' })
    await order.getByRole('heading', { name: 'Walk-in order' }).waitFor()

    await page.getByRole('tab', { name: 'Coffee' }).click()
    await page.getByRole('button', { name: /^Latte/ }).click()
    const picker = page.getByRole('dialog', { name: 'Latte' })
    await picker.getByRole('button', { name: /^Oat/ }).click()
    await picker.getByRole('button', { name: /^Add/ }).click()
    await page.getByRole('tab', { name: 'Food' }).click()
    await page.getByRole('button', { name: /^Croissant/ }).click()
    await order.getByRole('button', { name: /^Charge/ }).click()

    await expect.poll(() => order.getByRole('status').textContent()).toBe('Charged $7.70.')
    expect(await ordersFor(null)).toBe(before + 1)
  })

  it('locks itself after three idle minutes, asking 20 s before, and keeps the open card for the next person', async () => {
    const tablet = await newPage(browser, COUNTER)
    try {
      await tablet.clock.install()
      await tablet.goto(`${base}/counter`)
      await signInAtLock(tablet, 'Main St', 'Sam', pinOf(demo, 'Sam'))
      const search = tablet.getByRole('combobox', { name: 'Find a customer' })
      await search.waitFor()
      await search.pressSequentially('415 555 0142', { delay: 30 })
      await tablet.getByRole('region', { name: 'Jill Okafor' }).waitFor()

      await tablet.clock.runFor('02:30')
      expect(await tablet.getByRole('alertdialog').count()).toBe(0)
      await tablet.clock.runFor(15_000)
      const warning = tablet.getByRole('alertdialog', { name: 'Still there?' })
      await warning.waitFor()
      expect(await warning.textContent()).toMatch(/locks in \d+ s/)
      await warning.getByRole('button', { name: 'Keep working' }).click()
      await expect.poll(() => warning.count()).toBe(0)

      await tablet.clock.runFor('03:05')
      await tablet.getByRole('heading', { name: 'Who’s serving?' }).waitFor()
      await signInAtLock(tablet, 'Main St', 'Priya', pinOf(demo, 'Priya'))
      await tablet.getByRole('region', { name: 'Jill Okafor' }).waitFor()
    } finally {
      await tablet.context().close()
    }
  })

  it('opens the card of a scanned loyalty card wherever focus is, and takes a scan back out of a note', async () => {
    const dan = await app.db.kysely.selectFrom('customer').select(['card_code', 'display_name']).where('phone', '=', '+14155550190').executeTakeFirstOrThrow()
    const scan = async () => {
      await page.keyboard.type(dan.card_code, { delay: 5 })
      await page.keyboard.press('Enter')
    }
    await page.getByRole('banner').click()

    await scan()
    const card = page.getByRole('region', { name: dan.display_name })
    await card.getByRole('heading', { level: 2, name: dan.display_name }).waitFor()

    await card.getByRole('button', { name: 'Note' }).click()
    const note = card.getByRole('textbox', { name: 'New note' })
    await note.pressSequentially('Ask about ', { delay: 60 })
    await scan()
    await expect.poll(() => note.inputValue()).toBe('Ask about ')
    expect(await card.isVisible()).toBe(true)
  })
})
