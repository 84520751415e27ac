import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/compose.js'
import { deliverOutbox } from '../../src/domain/outbox/index.js'
import { COUNTER, LAPTOP, launchBrowser, newPage, pinOf, SCREENSHOTS, signInAtLock, startDemoServer, type DemoServer } from './harness.js'

const CHARTS = [
  'chart-goodwill',
  'chart-return-curve',
  'chart-cost-return',
  'chart-by-type',
  'chart-cohorts',
  'chart-frequency',
  'chart-tier-mix',
  'chart-recovery',
  'chart-reply-times',
  'chart-kudos-people',
  'chart-kudos-locations',
]

let server: DemoServer
let app: App
let base: string
let browser: Browser
let laptop: Page

/** Enrols the device at Main St (first visit only) and signs a person in with their PIN. */
const signIn = (page: Page, firstName: string) => signInAtLock(page, 'Main St', firstName, pinOf(server.summary, firstName))

const open = (options: BrowserContextOptions) => newPage(browser, options)

/** Three emails in the outbox: one sent, one the mail server refused, one held back for want of a server. */
async function seedOutbox(app: App) {
  const { deps } = app
  const email = (to: string, subject: string) => ({ topic: 'email.send', payload: { to, subject, text: `Hello,\n\n${subject}.\n\nUsual Café` } })
  await deps.repos.outbox.enqueue(email('grace@example.com', 'A drink on us next time'), deps.clock.now())
  await deliverOutbox(deps, { configured: true, send: async () => {} })
  await deps.repos.outbox.enqueue(email('dan@example.com', 'About your laptop'), deps.clock.now())
  await deliverOutbox(deps, {
    configured: true,
    send: async () => {
      throw new Error('Connection refused by mail.example.com')
    },
  })
  await deps.repos.outbox.enqueue(email('marc@example.com', 'Thank you for the kind words'), deps.clock.now())
  await deliverOutbox(deps, { configured: false, send: async () => {} })
}

beforeAll(async () => {
  server = await startDemoServer({ customers: 200, afterSeed: seedOutbox })
  app = server.app
  base = server.baseUrl
  browser = await launchBrowser()
  laptop = await open(LAPTOP)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the owner’s console', () => {
  it('asks a signed-out visitor to sign in, and brings Ann back to the console after her PIN', async () => {
    await laptop.goto(`${base}/console`)
    await laptop.getByRole('heading', { name: 'Sign in to see console pages' }).waitFor()
    expect(await laptop.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(`/counter/lock?next=${encodeURIComponent('/console')}`)

    await laptop.getByRole('link', { name: 'Sign in' }).click()
    await signIn(laptop, 'Ann')

    await laptop.waitForURL(`${base}/console/insights`)
    await laptop.getByRole('heading', { level: 1, name: 'Insights' }).waitFor()
    expect(await laptop.getByRole('banner').textContent()).toContain('Ann (owner)')
    expect(await laptop.getByRole('combobox', { name: 'Location' }).inputValue()).toBe('')
  })

  it('shows every insight as a chart with its one-line reading', async () => {
    await laptop.goto(`${base}/console/insights`)

    for (const id of CHARTS) {
      const chart = laptop.getByTestId(id)
      await chart.waitFor()
      expect(await chart.isVisible(), id).toBe(true)
      const reading = (await chart.getByTestId('reading').textContent())?.trim() ?? ''
      expect(reading.length, `${id} has a reading`).toBeGreaterThan(20)
      expect(reading, id).not.toMatch(/^Working it out/)
    }
    expect(await laptop.getByTestId('chart-goodwill').getByRole('img').count()).toBe(1)
    expect(await laptop.getByTestId('chart-goodwill').textContent()).toContain('Got a gesture')
    expect(await laptop.getByTestId('chart-cost-return').getByTestId('reading').textContent()).toMatch(/^Gestures cost \$[\d,.]+ over \d+ months; recipients spent an estimated/)
    expect(await laptop.getByTestId('chart-by-type').getByRole('table').textContent()).toContain('too few to tell')
    expect(await laptop.getByTestId('chart-cohorts').getByRole('table').textContent()).toMatch(/\d+%/)
    await laptop.getByTestId('lapsing-teaser').getByText('Grace Kim').waitFor()
    await laptop.waitForTimeout(200)
    await laptop.screenshot({ path: join(SCREENSHOTS, 'insights.png'), fullPage: true })

    await laptop.getByRole('combobox', { name: 'Location' }).selectOption({ label: 'Harbor' })
    await laptop.waitForURL(/\/console\/insights\?location=/)
    await expect.poll(() => laptop.getByText(/^Harbor · visits up to/).isVisible()).toBe(true)
  })

  it('lists the lapsing regulars, Grace Kim among them with her usual', async () => {
    await laptop.getByRole('combobox', { name: 'Location' }).selectOption({ label: 'All locations' })
    await laptop.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Regulars' }).click()
    await laptop.getByRole('heading', { level: 1, name: 'Regulars' }).waitFor()

    const grace = laptop.getByRole('row').filter({ hasText: 'Grace Kim' })
    await grace.waitFor()
    const text = await grace.textContent()
    expect(text).toContain('..0166')
    expect(text).toContain('Latte, Almond, Vanilla syrup')
    expect(text).toMatch(/Usually every \d+ days? · last visit \d+ weeks ago/)
    expect(text).toMatch(/Likely still a customer: (under )?\d+%/)
    expect(text).toContain('Main St')
    await laptop.getByRole('button', { name: 'Refit now' }).waitFor()
    await laptop.screenshot({ path: join(SCREENSHOTS, 'regulars.png') })

    const refit = laptop.waitForResponse((response) => response.url().endsWith('/api/v1/insights/bgnbd/refit'))
    await laptop.getByRole('button', { name: 'Refit now' }).click()
    expect((await refit).status()).toBe(200)
    await laptop.getByRole('button', { name: 'Refit now' }).waitFor()
    await laptop.getByRole('row').filter({ hasText: 'Grace Kim' }).waitFor()
  })

  it('shows gesture signals per staff member as things worth a look', async () => {
    await laptop.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Signals' }).click()
    await laptop.getByRole('heading', { level: 1, name: 'Signals' }).waitFor()

    const table = laptop.getByRole('table', { name: /^Gestures per staff member/ })
    await table.getByRole('row').filter({ hasText: 'Sam' }).first().waitFor()
    const text = (await table.textContent()) ?? ''
    expect(text).toMatch(/Nothing stands out|Many more gestures per shift than peers|Much higher value per shift than peers|One customer got \d+ of \d+|own account/)
    expect(text).not.toMatch(/many_gestures|high_value|same_customer|own_account/)
    await laptop.screenshot({ path: join(SCREENSHOTS, 'signals.png') })
  })

  it('imports a customers CSV: names the bad line and column, then imports the rest with Skip bad rows', async () => {
    await laptop.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Data', exact: true }).click()
    await laptop.getByRole('heading', { level: 1, name: 'Data', exact: true }).waitFor()
    const customers = laptop.getByRole('region', { name: 'Customers' })
    await customers.getByLabel('Customers CSV file').setInputFiles({
      name: 'customers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ref,name,phone,email,birthday,household\nnew-1,Wren Alder,4155559001,wren@example.com,04-12,\nnew-2,,4155559002,,,\n'),
    })

    await customers.getByRole('button', { name: 'Import customers' }).click()
    await customers.getByRole('status').getByText(/^Nothing was imported: 1 row has a problem\./).waitFor()
    const bad = customers.getByRole('table', { name: 'Rows to fix' }).getByRole('row').nth(1)
    expect((await bad.getByRole('cell').allTextContents()).map((cell) => cell.trim())).toEqual(['3', 'name', 'is empty'])
    await laptop.screenshot({ path: join(SCREENSHOTS, 'data-import.png') })

    await customers.getByLabel('Skip bad rows').check()
    await customers.getByRole('button', { name: 'Import customers' }).click()
    await customers.getByRole('status').getByText(/^Imported 1 of 2 rows; skipped 1 bad row\.$/).waitFor()
    const wren = await app.db.kysely.selectFrom('customer').select('display_name').where('ref', '=', 'new-1').executeTakeFirst()
    expect(wren?.display_name).toBe('Wren Alder')

    for (const kind of ['customers', 'orders', 'gestures']) {
      expect(await laptop.getByRole('link', { name: `Download ${kind}` }).getAttribute('href')).toBe(`/api/v1/exports/${kind}`)
    }
  })

  it('shows the outbox with each email’s status in words', async () => {
    await laptop.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Outbox' }).click()
    await laptop.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor()

    const row = (to: string) => laptop.getByRole('row').filter({ hasText: to })
    await row('grace@example.com').getByText('Sent', { exact: true }).waitFor()
    await row('marc@example.com').getByText('Waiting: no mail server').waitFor()
    await row('dan@example.com').getByText('Failed once: Connection refused by mail.example.com').waitFor()
    await laptop.getByText(/^No mail server is set up, so emails wait here\./).waitFor()
    await laptop.screenshot({ path: join(SCREENSHOTS, 'outbox.png') })
  })
})

describe('the counter’s welcome back', () => {
  it('greets Grace Kim, a lapsing regular, with “Welcome back” on her card', async () => {
    const counter = await open(COUNTER)
    await counter.goto(`${base}/counter`)
    await signIn(counter, 'Sam')
    await counter.waitForURL(`${base}/counter`)

    await counter.getByRole('combobox', { name: 'Find a customer' }).pressSequentially('415 555 0166', { delay: 30 })
    const card = counter.getByRole('region', { name: 'Grace Kim' })
    await card.getByRole('heading', { level: 2, name: 'Grace Kim' }).waitFor()

    const welcome = card.getByText(/^Welcome back: first visit in \d+ (weeks|months|days)$/)
    await welcome.waitFor()
    expect(await card.getByText('The usual:').textContent()).toContain('Latte, Almond, Vanilla syrup')
    await counter.screenshot({ path: join(SCREENSHOTS, 'welcome-back.png') })
  })
})
