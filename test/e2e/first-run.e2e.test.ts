import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LAPTOP, launchBrowser, newPage, SCREENSHOTS, startEmptyServer } from './harness.js'

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
})
