import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/compose.js'
import { COUNTER, LAPTOP, launchBrowser, newPage, pinOf, SCREENSHOTS, signInAtLock, startDemoServer, type DemoServer } from './harness.js'

const JILL_PHONE = '+14155550142'

let server: DemoServer
let app: App
let base: string
let browser: Browser
let laptop: Page
let counter: Page

const signIn = (page: Page, firstName: string) => signInAtLock(page, 'Main St', firstName, pinOf(server.summary, firstName))

async function policyRow(scope: string, role: 'staff' | 'manager') {
  return app.db.kysely.selectFrom('empowerment_policy').selectAll().where('scope', '=', scope).where('role', '=', role).executeTakeFirst()
}

const mainStId = () => server.summary.locations.find((location) => location.name === 'Main St')!.id

beforeAll(async () => {
  server = await startDemoServer({ customers: 200 })
  app = server.app
  base = server.baseUrl
  browser = await launchBrowser()
  laptop = await newPage(browser, LAPTOP)
  counter = await newPage(browser, COUNTER)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('empowerment policies in the console', () => {
  it('lets Ann lower the staff per-gesture limit to $5.00, and the live preview says a $6.00 comp needs a manager', async () => {
    await laptop.goto(`${base}/console/policies`)
    await laptop.getByRole('link', { name: 'Sign in' }).click()
    await signIn(laptop, 'Ann')
    await laptop.waitForURL(`${base}/console/policies`)
    await laptop.getByRole('heading', { level: 1, name: 'Policies' }).waitFor()
    expect(await laptop.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Policies' }).getAttribute('aria-current')).toBe('page')

    const preview = laptop.getByRole('region', { name: 'Live preview' })
    const outcome = preview.getByRole('status')
    await expect.poll(() => outcome.textContent()).toBe('A $4.50 comp by a barista who spent $18.00 today → needs a manager (daily budget $20.00)')

    const staff = laptop.getByRole('region', { name: 'Staff', exact: true })
    expect(await staff.getByLabel('Per gesture').inputValue()).toBe('8.00')
    expect(await staff.getByRole('checkbox', { name: 'On the house' }).isChecked()).toBe(true)
    expect(await staff.getByRole('checkbox', { name: 'Gift' }).isChecked()).toBe(false)
    await staff.getByLabel('Per gesture').fill('5.00')
    await staff.getByText('Unsaved changes').waitFor()

    const saved = laptop.waitForResponse((response) => response.url().endsWith('/api/v1/policies/chain/staff') && response.request().method() === 'PUT')
    await staff.getByRole('button', { name: 'Save' }).click()
    expect((await saved).status()).toBe(200)
    await laptop.getByRole('status').getByText('Saved: staff limits, chain-wide.').waitFor()
    await staff.getByText('No changes').waitFor()
    expect(await policyRow('chain', 'staff')).toMatchObject({ max_per_gesture_minor: 500, daily_budget_minor: 2_000 })

    await preview.getByLabel('Value').fill('6.00')
    await expect.poll(() => outcome.textContent()).toBe('A $6.00 comp by a barista who spent $18.00 today → needs a manager (per-gesture limit $5.00)')
    await preview.getByLabel('Already spent today').fill('0')
    await preview.getByLabel('Value').fill('4.50')
    await expect.poll(() => outcome.textContent()).toBe('A $4.50 comp by a barista who spent $0.00 today → fine: within every limit ($15.50 of the day’s budget left)')
    await preview.getByLabel('What').selectOption({ label: 'Gift' })
    await expect.poll(() => outcome.textContent()).toContain('→ needs a manager (Gift is not something staff give alone)')
    await preview.getByLabel('What').selectOption({ label: 'On the house' })
    await preview.getByLabel('Value').fill('6.00')
    await preview.getByLabel('Already spent today').fill('18.00')

    const perLocation = laptop.getByRole('region', { name: 'Staff at Main St' })
    await perLocation.getByText('Owner’s bound: $5.00').waitFor()
    await expect.poll(() => outcome.textContent()).toBe('A $6.00 comp by a barista who spent $18.00 today → needs a manager (per-gesture limit $5.00)')
    await laptop.evaluate(() => window.scrollTo(0, 0))
    await laptop.waitForTimeout(200)
    await laptop.screenshot({ path: join(SCREENSHOTS, 'policies.png'), fullPage: true })
  })

  it('lets Ann have counters lock after 1 minute; a counter then warns at 40 s and locks at a minute', async () => {
    const lock = laptop.getByRole('region', { name: 'Counter lock' })
    const minutes = lock.getByRole('spinbutton', { name: 'Lock a counter tablet after this many minutes without a touch' })
    expect(await minutes.inputValue()).toBe('3')
    await minutes.fill('1')
    await lock.getByRole('button', { name: 'Save' }).click()
    await laptop.getByRole('status').getByText('Counters now lock after 1 min without a touch.').waitFor()

    const tablet = await newPage(browser, COUNTER)
    try {
      await tablet.clock.install()
      await tablet.goto(`${base}/counter`)
      await signIn(tablet, 'Sam')
      await tablet.getByRole('combobox', { name: 'Find a customer' }).waitFor()
      await tablet.clock.runFor('00:45')
      await tablet.getByRole('alertdialog', { name: 'Still there?' }).waitFor()
      await tablet.clock.runFor('00:20')
      await tablet.getByRole('heading', { name: 'Who’s serving?' }).waitFor()
    } finally {
      await tablet.context().close()
    }

    await minutes.fill('3')
    await lock.getByRole('button', { name: 'Save' }).click()
    await laptop.getByRole('status').getByText('Counters now lock after 3 min without a touch.').waitFor()
  })

  it('refuses Priya’s Main St override that loosens the owner’s daily budget, naming the field, then saves a tighter one', async () => {
    await laptop.getByRole('banner').getByRole('button', { name: 'Sign out' }).click()
    await laptop.getByRole('link', { name: 'Sign in' }).click()
    await signIn(laptop, 'Priya')
    await laptop.waitForURL(`${base}/console/policies`)
    await laptop.getByRole('heading', { level: 1, name: 'Policies' }).waitFor()

    expect(await laptop.getByRole('region', { name: 'Staff', exact: true }).count()).toBe(0)
    const chain = laptop.getByRole('table', { name: 'Chain-wide, set by the owner' })
    expect(await chain.getByRole('row').filter({ hasText: 'Per gesture' }).textContent()).toContain('$5.00')
    const form = laptop.getByRole('region', { name: 'Staff at Main St' })
    const daily = form.getByLabel('Daily budget')
    expect(await daily.inputValue()).toBe('20.00')

    await daily.fill('25.00')
    await form.getByText('Above the owner’s $20.00').waitFor()
    const refused = laptop.waitForResponse((response) => response.url().endsWith(`/api/v1/policies/${mainStId()}/staff`) && response.request().method() === 'PUT')
    await form.getByRole('button', { name: 'Save' }).click()
    const refusal = await refused
    expect(refusal.status()).toBe(422)
    expect(await refusal.json()).toMatchObject({ code: 'policy.outside_owner_bounds', fields: ['dailyBudgetMinor'] })

    const error = form.getByRole('alert')
    await error.waitFor()
    expect(await error.textContent()).toBe('Daily budget: $25.00 is above the owner’s $20.00. A location can only tighten the owner’s limits; lower it to save.')
    expect(await daily.getAttribute('aria-invalid')).toBe('true')
    const errorId = await error.getAttribute('id')
    expect((await daily.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId)
    expect(await form.getByLabel('Per gesture').getAttribute('aria-invalid')).toBeNull()
    expect(await policyRow(mainStId(), 'staff')).toBeUndefined()

    await daily.fill('15.00')
    await error.waitFor({ state: 'detached' })
    const saved = laptop.waitForResponse((response) => response.url().endsWith(`/api/v1/policies/${mainStId()}/staff`) && response.request().method() === 'PUT')
    await form.getByRole('button', { name: 'Save' }).click()
    expect((await saved).status()).toBe(200)
    await laptop.getByRole('status').getByText('Saved: staff limits at Main St.').waitFor()
    expect(await policyRow(mainStId(), 'staff')).toMatchObject({ max_per_gesture_minor: 500, daily_budget_minor: 1_500 })

    const outcome = laptop.getByRole('region', { name: 'Live preview' }).getByRole('status')
    expect(await laptop.getByRole('region', { name: 'Live preview' }).getByLabel('Limits of').inputValue()).toBe(`${mainStId()}:staff`)
    await expect.poll(() => outcome.textContent()).toBe('A $4.50 comp by a barista who spent $18.00 today → needs a manager (daily budget $15.00)')
  })
})

describe('editing a customer at the counter', () => {
  it('lets Priya add Jill’s daughter Ada to her household, with the phone’s owner named when it is taken', async () => {
    await counter.goto(`${base}/counter`)
    await signIn(counter, 'Priya')
    await counter.waitForURL(`${base}/counter`)

    await counter.getByRole('combobox', { name: 'Find a customer' }).pressSequentially('415 555 0142', { delay: 30 })
    const card = counter.getByRole('region', { name: 'Jill Okafor' })
    await card.getByRole('heading', { level: 2, name: 'Jill Okafor' }).waitFor()
    await card.getByRole('button', { name: 'Edit' }).click()
    const dialog = counter.getByRole('dialog', { name: 'Edit Jill Okafor' })
    await dialog.waitFor()
    expect(await dialog.getByLabel('Name', { exact: true }).first().inputValue()).toBe('Jill Okafor')
    expect(await dialog.getByRole('group', { name: 'Person 1' }).getByLabel('Name').inputValue()).toBe('Dev Okafor')

    const phone = dialog.getByLabel('Phone')
    await phone.fill('415 555 0177')
    const taken = counter.waitForResponse((response) => response.url().includes('/api/v1/customers/') && response.request().method() === 'PATCH')
    await dialog.getByRole('button', { name: 'Save' }).click()
    expect((await taken).status()).toBe(409)
    const phoneError = dialog.getByRole('alert').filter({ hasText: 'Already on file' })
    await phoneError.waitFor()
    expect(await phoneError.textContent()).toContain('Already on file: Tom Becker')
    expect(await phone.getAttribute('aria-invalid')).toBe('true')
    await phone.fill(JILL_PHONE)
    await phoneError.waitFor({ state: 'detached' })

    await dialog.getByRole('button', { name: 'Add person' }).click()
    const ada = dialog.getByRole('group', { name: 'Person 2' })
    await ada.getByLabel('Name').fill('Ada Okafor')
    await ada.getByLabel('Relation').fill('daughter')
    await counter.waitForTimeout(200)
    await counter.screenshot({ path: join(SCREENSHOTS, 'edit-customer.png') })

    const edited = counter.waitForResponse((response) => response.url().includes('/api/v1/customers/') && response.request().method() === 'PATCH')
    await dialog.getByRole('button', { name: 'Save' }).click()
    const response = await edited
    expect(response.status()).toBe(200)
    expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({
      household: [
        { name: 'Dev Okafor', relation: 'husband' },
        { name: 'Ada Okafor', relation: 'daughter' },
      ],
    })
    await dialog.waitFor({ state: 'hidden' })
    await card.getByText('with Dev Okafor (husband), Ada Okafor (daughter)').waitFor()
    await counter.getByRole('status').getByText('Saved Jill Okafor’s details.').waitFor()
    const row = await app.db.kysely.selectFrom('customer').select(['household', 'phone']).where('phone', '=', JILL_PHONE).executeTakeFirstOrThrow()
    expect(JSON.parse(row.household)).toEqual([
      { name: 'Dev Okafor', relation: 'husband' },
      { name: 'Ada Okafor', relation: 'daughter' },
    ])
  })

  it('shows Sam, who is staff, Jill’s card with Ada on it and no Edit button', async () => {
    await counter.getByRole('banner').getByRole('button', { name: 'Lock' }).click()
    await signIn(counter, 'Sam')
    const card = counter.getByRole('region', { name: 'Jill Okafor' })
    await card.getByRole('heading', { level: 2, name: 'Jill Okafor' }).waitFor()
    await card.getByRole('button', { name: 'Gesture' }).waitFor()

    expect(await counter.getByRole('banner').textContent()).toContain('Sam')
    await card.getByText('with Dev Okafor (husband), Ada Okafor (daughter)').waitFor()
    expect(await card.getByRole('button', { name: 'Edit' }).count()).toBe(0)
  })
})
