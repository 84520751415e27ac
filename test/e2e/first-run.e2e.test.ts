import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COUNTER, LAPTOP, launchBrowser, newPage, SCREENSHOTS, signInAtLock, startEmptyServer } from './harness.js'

let server: Awaited<ReturnType<typeof startEmptyServer>>
let base: string
let browser: Browser
let laptop: Page

beforeAll(async () => {
  server = await startEmptyServer()
  base = server.baseUrl
  browser = await launchBrowser()
  laptop = await newPage(browser, LAPTOP)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the first run, from an empty database to a first order', () => {
  it('sends every page to setup until it is done, and names a bad field', async () => {
    await laptop.goto(`${base}/counter`)
    await laptop.waitForURL(`${base}/setup`)
    await laptop.getByRole('heading', { name: 'Set up Usual' }).waitFor()
    const api = await laptop.request.get(`${base}/api/v1/locations`)
    expect(api.status()).toBe(409)
    expect((await api.json()).code).toBe('setup.required')

    await laptop.getByLabel('Business name').fill('Corner Café')
    await laptop.getByLabel('Location name').fill('Main St')
    await laptop.getByLabel('Time zone').fill('America/Nowhere')
    await laptop.getByLabel('First name').fill('Ann')
    await laptop.getByLabel('PIN (6 digits)').fill('246810')
    await laptop.getByLabel('PIN again').fill('246810')
    await laptop.getByRole('button', { name: 'Open my business' }).click()
    await expect.poll(() => laptop.getByLabel('Time zone').getAttribute('aria-invalid')).toBe('true')
    expect(await laptop.getByText('America/Nowhere is not a time zone').isVisible()).toBe(true)
    expect(await server.app.deps.repos.locations.any()).toBe(false)
  })

  it('sets up the business and signs the owner in to the console', async () => {
    await laptop.getByLabel('Time zone').fill('America/New_York')
    await laptop.getByLabel('Currency').fill('USD')
    await laptop.screenshot({ path: join(SCREENSHOTS, 'setup.png'), fullPage: true })
    await laptop.getByRole('button', { name: 'Open my business' }).click()
    await laptop.waitForURL((url) => url.pathname.startsWith('/console'))
    await laptop.getByRole('navigation', { name: 'Console' }).waitFor()
    const locations = await server.app.deps.repos.locations.list()
    expect(locations.map((location) => [location.name, location.timeZone])).toEqual([['Main St', 'America/New_York']])

    await laptop.goto(`${base}/setup`)
    await laptop.getByText('This business is already set up').waitFor()
  })

  let tablet: Page

  it('builds a menu in the console that an empty counter shows as soon as it is added', async () => {
    tablet = await newPage(browser, COUNTER)
    await tablet.goto(`${base}/counter`)
    await signInAtLock(tablet, 'Main St', 'Ann', '246810')
    await tablet.getByText('Nothing on the menu yet').waitFor()

    await laptop.goto(`${base}/console/menu`)
    await laptop.getByRole('heading', { name: 'Menu', level: 1 }).waitFor()
    const option = laptop.getByRole('form', { name: 'Add an option' })
    await option.getByLabel('Group').fill('milk')
    await option.getByLabel('Option', { exact: true }).fill('Oat')
    await option.getByLabel(/Extra price/).fill('0.60')
    await option.getByRole('button', { name: 'Add option' }).click()
    await laptop.getByRole('heading', { name: 'milk', level: 3 }).waitFor()

    const item = laptop.getByRole('form', { name: 'Add an item' })
    await item.getByLabel('Name').fill('Flat white')
    await item.getByLabel('Category').fill('Coffee')
    await item.getByLabel(/^Price/).fill('4.50')
    await item.getByRole('checkbox', { name: 'milk' }).check()
    await item.getByRole('button', { name: 'Add to the menu' }).click()
    await laptop.getByRole('rowheader', { name: /Flat white/ }).waitFor()
    await item.getByLabel('Name').fill('Croissant')
    await item.getByLabel('Category').fill('Food')
    await item.getByLabel(/^Price/).fill('3,2')
    await item.getByRole('button', { name: 'Add to the menu' }).click()
    await laptop.getByRole('rowheader', { name: /Croissant/ }).waitFor()
    await laptop.screenshot({ path: join(SCREENSHOTS, 'console-menu.png'), fullPage: true })

    // The tablet was not reloaded: the menu reached it over the live stream.
    await tablet.getByRole('tab', { name: 'Food' }).waitFor({ timeout: 10_000 })
  })

  it('rings the first order, and keeps its price when the menu changes', async () => {
    const order = tablet.getByRole('complementary', { name: 'Current order' })
    await tablet.getByRole('tab', { name: 'Coffee' }).click()
    await tablet.getByRole('button', { name: /^Flat white/ }).click()
    const picker = tablet.getByRole('dialog', { name: 'Flat white' })
    await picker.getByRole('button', { name: /^Oat/ }).click()
    await picker.getByRole('button', { name: /^Add/ }).click()
    await order.getByRole('button', { name: /^Charge/ }).click()
    await expect.poll(() => order.getByRole('status').textContent()).toBe('Charged $5.10.')
    await tablet.screenshot({ path: join(SCREENSHOTS, 'first-order.png') })

    await laptop.getByRole('button', { name: 'Change Flat white' }).click()
    await laptop.getByRole('form', { name: 'Change Flat white' }).getByLabel(/^Price/).fill('4.75')
    await laptop.getByRole('button', { name: 'Save' }).click()
    await laptop.getByRole('cell', { name: '$4.75' }).waitFor()
    await tablet.getByRole('button', { name: /^Flat white \$4\.75/ }).waitFor({ timeout: 10_000 })

    const lines = await server.app.db.kysely.selectFrom('order_line').select(['name', 'unit_price_minor']).execute()
    expect(lines).toEqual([{ name: 'Flat white', unit_price_minor: 510 }])
  })

  it('shows the owner what was done, filtered, in the audit log', async () => {
    await laptop.getByRole('link', { name: 'Audit log' }).click()
    await laptop.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor()
    await laptop.getByLabel('Action').fill('catalog.')
    await laptop.getByRole('form', { name: 'Filter the audit log' }).getByRole('button', { name: 'Show', exact: true }).click()
    const table = laptop.getByRole('table', { name: 'Audit events, newest first' })
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4)
    expect(await table.locator('tbody tr').first().textContent()).toContain('catalog.item_changed')
    await table.getByRole('button', { name: 'Show', exact: true }).first().click()
    await table.getByText('"priceMinor": 475').waitFor()
    await laptop.screenshot({ path: join(SCREENSHOTS, 'console-audit.png'), fullPage: true })
  })

  it('adds a barista who chooses their own PIN at the counter with a one-time code', async () => {
    await laptop.getByRole('link', { name: 'Staff' }).click()
    const form = laptop.getByRole('form', { name: 'Add a person' })
    await form.getByLabel('First name').fill('Sam')
    await form.getByLabel('Last name').fill('Ortiz')
    await form.getByRole('button', { name: 'Add and get their code' }).click()
    const card = laptop.getByRole('status', { name: 'One-time code for Sam' })
    await card.waitFor()
    const code = (await card.locator('p').nth(1).textContent())!.trim()
    expect(code).toMatch(/^\d{6}$/)
    await laptop.getByText('Waiting for their PIN').waitFor()
    await laptop.screenshot({ path: join(SCREENSHOTS, 'console-staff.png'), fullPage: true })

    await tablet.getByRole('button', { name: 'Lock' }).click()
    await tablet.getByRole('button', { name: 'Sam', exact: true }).click()
    await tablet.getByText('Sam, type the code from your manager').waitFor()
    const type = async (digits: string) => {
      for (const digit of digits) await tablet.getByRole('button', { name: digit, exact: true }).click()
    }
    await type(code)
    await tablet.getByText('Sam, choose your own PIN').waitFor()
    await type('135790')
    await tablet.getByText('Type your new PIN again').waitFor()
    await type('135799')
    await tablet.getByText('The two PINs were not the same').waitFor()
    await tablet.screenshot({ path: join(SCREENSHOTS, 'lock-new-pin.png') })
    await type('135790')
    await type('135790')
    await tablet.waitForURL((url) => url.pathname === '/counter')
    await tablet.getByText('Sam', { exact: true }).first().waitFor()

    await laptop.reload()
    await laptop.getByRole('row', { name: /Sam Ortiz/ }).getByText('Active').waitFor()
  })

  it('opens a second location, and un-enrols the tablet so that only a manager can enrol it again', async () => {
    await laptop.getByRole('link', { name: 'Locations' }).click()
    const add = laptop.getByRole('form', { name: 'Add a location' })
    await add.getByLabel('Name').fill('Harbour Rd')
    await add.getByLabel('Time zone').fill('Europe/London')
    await add.getByRole('button', { name: 'Add location' }).click()
    await laptop.getByRole('region', { name: 'Harbour Rd' }).waitFor()
    const main = laptop.getByRole('region', { name: 'Main St' })
    // The laptop enrolled at setup, the tablet at its first sign-in: both are Chromium here, so the tablet is renamed.
    await expect.poll(() => main.getByRole('listitem').count()).toBe(2)
    const devices = (await (await laptop.request.get(`${base}/api/v1/devices`)).json()) as { id: string; enrolledAt: string }[]
    const tabletId = devices.sort((a, b) => (a.enrolledAt < b.enrolledAt ? -1 : 1)).at(-1)!.id
    expect((await laptop.request.patch(`${base}/api/v1/devices/${tabletId}`, { data: { name: 'Front counter' } })).status()).toBe(200)
    await laptop.reload()
    await main.getByText('Front counter').waitFor()
    await laptop.screenshot({ path: join(SCREENSHOTS, 'console-locations.png'), fullPage: true })

    laptop.once('dialog', (dialog) => void dialog.accept())
    await main.getByRole('button', { name: 'Un-enrol Front counter' }).click()
    await expect.poll(() => main.getByRole('listitem').count()).toBe(1)

    // A session once found is trusted for 2 s without asking the database; after that the tablet is signed out.
    await tablet.waitForTimeout(2_100)
    await tablet.reload()
    await signInAtLock(tablet, 'Main St', 'Sam', '135790')
    await tablet.getByRole('heading', { name: 'Enrol this tablet' }).waitFor()
    await tablet.getByText('This tablet was un-enrolled').waitFor()
    await signInAtLock(tablet, 'Main St', 'Ann', '246810')
    await tablet.waitForURL((url) => url.pathname === '/counter')
    await laptop.reload()
    await expect.poll(() => main.getByRole('listitem').count()).toBe(2)
  })
})
