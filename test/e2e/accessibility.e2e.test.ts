import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { COUNTER, LAPTOP, launchBrowser, newPage, PHONE, pinOf, SCREENSHOTS, signInAtLock, startDemoServer, type DemoServer } from './harness.js'

/** UI.md §5: every screen, both themes, these tags, zero violations. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
const THEMES = ['light', 'dark'] as const

let server: DemoServer
let browser: Browser

beforeAll(async () => {
  server = await startDemoServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The violations on the page as "rule: target (summary)", one per node, so a failure reads as a to-do list. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`))
}

async function pageIn(device: BrowserContextOptions, theme: (typeof THEMES)[number]): Promise<Page> {
  return newPage(browser, { ...device, colorScheme: theme })
}

for (const theme of THEMES) {
  describe(`accessibility checks, ${theme} theme`, () => {
    it('the lock screen and the counter with a customer open', async () => {
      const page = await pageIn(COUNTER, theme)
      await page.goto(`${server.baseUrl}/counter`)
      await page.getByRole('heading', { name: 'Enrol this tablet' }).waitFor()
      const enrol = await violations(page)
      await signInAtLock(page, 'Main St', 'Sam', '')
      const lock = await violations(page)
      for (const digit of pinOf(server.summary, 'Sam')) await page.getByRole('button', { name: digit, exact: true }).click()
      await page.waitForURL(`${server.baseUrl}/counter`)
      await page.getByRole('combobox', { name: 'Find a customer' }).fill('jill')
      await page.getByRole('option', { name: /Jill Okafor/ }).first().click()
      await page.getByRole('button', { name: 'Ring the usual' }).waitFor()
      const counter = await violations(page)
      await page.getByRole('region', { name: 'Jill Okafor' }).getByRole('button', { name: 'Gesture' }).click()
      const sheet = page.getByRole('dialog', { name: 'Gesture for Jill Okafor' })
      await sheet.getByRole('group', { name: 'What' }).getByRole('button', { name: 'Free drink card' }).click()
      await sheet.getByRole('group', { name: 'Why' }).getByRole('button', { name: 'We got it wrong' }).click()
      await sheet.getByRole('button', { name: 'Give it' }).waitFor()
      const gesture = await violations(page)
      await page.context().close()

      expect({ enrol, lock, counter, gesture }).toEqual({ enrol: [], lock: [], counter: [], gesture: [] })
    })

    it('the owner’s console: feedback and insights', async () => {
      const page = await pageIn(LAPTOP, theme)
      await page.goto(`${server.baseUrl}/counter/lock?next=${encodeURIComponent('/console/feedback')}`)
      await signInAtLock(page, 'Main St', 'Ann', pinOf(server.summary, 'Ann'))
      await page.waitForURL(`${server.baseUrl}/console/feedback`)
      await page.getByRole('list', { name: 'Feedback, newest first' }).waitFor()
      const feedback = await violations(page)
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Insights' }).click()
      await page.getByTestId('chart-recovery').getByRole('img').waitFor()
      const insights = await violations(page)
      await page.context().close()

      expect({ feedback, insights }).toEqual({ feedback: [], insights: [] })
    })

    it('a manager’s phone: approvals', async () => {
      const page = await pageIn(PHONE, theme)
      await page.goto(`${server.baseUrl}/m`)
      await page.getByRole('heading', { name: 'Sign in to see approvals' }).waitFor()
      const signedOut = await violations(page)
      await page.getByRole('link', { name: 'Sign in' }).click()
      await signInAtLock(page, 'Main St', 'Priya', pinOf(server.summary, 'Priya'))
      await page.waitForURL(`${server.baseUrl}/m`)
      await page.getByRole('heading', { level: 1, name: /^Approvals/ }).waitFor()
      const approvals = await violations(page)
      await page.context().close()

      expect({ signedOut, approvals }).toEqual({ signedOut: [], approvals: [] })
    })

    it('the customer’s pages: a coupon and the feedback form', async () => {
      const coupon = await server.app.db.kysely.selectFrom('coupon').select(['id', 'token']).where('customer_id', 'is not', null).orderBy('issued_at', 'desc').executeTakeFirstOrThrow()
      const page = await pageIn(PHONE, theme)
      await page.goto(`${server.baseUrl}/c/${coupon.token}`)
      await page.getByRole('link', { name: 'Tell us how we did' }).waitFor()
      const couponPage = await violations(page)
      await page.getByRole('link', { name: 'Tell us how we did' }).click()
      await page.getByRole('form').waitFor()
      const form = await violations(page)
      await page.context().close()

      expect({ couponPage, form }).toEqual({ couponPage: [], form: [] })
    })
  })
}

describe('the counter at 200 % zoom', () => {
  it('turns its columns into tabs, Card | Menu | Order, with nothing scrolling sideways', async () => {
    // A 1180 x 820 tablet at 200 % zoom lays out like a 590 x 410 one.
    const page = await newPage(browser, { ...COUNTER, viewport: { width: 590, height: 410 } })
    await page.goto(`${server.baseUrl}/counter`)
    await signInAtLock(page, 'Main St', 'Sam', pinOf(server.summary, 'Sam'))
    await page.waitForURL(`${server.baseUrl}/counter`)
    const tabs = page.getByRole('tablist', { name: 'Counter' })
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

    await page.getByRole('combobox', { name: 'Find a customer' }).fill('jill')
    await page.getByRole('option', { name: /Jill Okafor/ }).first().click()
    await page.getByRole('button', { name: 'Ring the usual' }).click()
    expect(await page.getByRole('region', { name: 'Menu' }).isVisible()).toBe(false)
    expect(await page.getByRole('complementary', { name: 'Current order' }).isVisible()).toBe(false)
    await tabs.getByRole('tab', { name: 'Order (1)' }).click()
    await page.getByRole('complementary', { name: 'Current order' }).getByRole('button', { name: /^Charge/ }).waitFor()
    expect(await page.getByRole('region', { name: 'Jill Okafor' }).isVisible()).toBe(false)
    const order = { sideways: await sideways(), violations: await violations(page) }
    await tabs.getByRole('tab', { name: 'Menu' }).click()
    await page.getByRole('region', { name: 'Menu' }).getByRole('button', { name: /^Espresso/ }).waitFor()
    const menu = { sideways: await sideways(), violations: await violations(page) }
    await tabs.getByRole('tab', { name: 'Card' }).click()
    await page.getByRole('region', { name: 'Jill Okafor' }).waitFor()
    const card = { sideways: await sideways(), violations: await violations(page) }
    expect(await tabs.getByRole('tab', { name: 'Card' }).getAttribute('aria-selected')).toBe('true')
    await page.screenshot({ path: join(SCREENSHOTS, 'counter-zoom.png') })
    await page.context().close()

    expect({ card, menu, order }).toEqual({ card: { sideways: 0, violations: [] }, menu: { sideways: 0, violations: [] }, order: { sideways: 0, violations: [] } })
  })

  it('shows no tabs where the columns fit', async () => {
    const page = await newPage(browser, COUNTER)
    await page.goto(`${server.baseUrl}/counter`)
    await signInAtLock(page, 'Main St', 'Sam', pinOf(server.summary, 'Sam'))
    await page.getByRole('region', { name: 'Menu' }).waitFor()

    expect(await page.getByRole('tablist', { name: 'Counter' }).isVisible()).toBe(false)
    expect(await page.getByRole('complementary', { name: 'Current order' }).isVisible()).toBe(true)
    await page.context().close()
  })
})

describe('the theme, set per device', () => {
  it('switches between light and dark from the lock screen, keeps the choice on the device, and can follow the device again', async () => {
    const page = await newPage(browser, { ...COUNTER, colorScheme: 'light' })
    await page.goto(`${server.baseUrl}/counter/lock`)
    const themes = page.getByRole('group', { name: 'Theme on this device' })
    await themes.waitFor()
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-bg').trim().toUpperCase())
    const light = await background()

    await themes.getByRole('button', { name: 'Dark' }).click()
    const dark = await background()
    await page.reload()
    await themes.waitFor()
    const afterReload = { background: await background(), pressed: await themes.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed') }
    await themes.getByRole('button', { name: 'System' }).click()
    const followingDevice = await background()
    await page.context().close()

    expect(light).toBe('#FAF7F2')
    expect(dark).toBe('#15120F')
    expect(afterReload).toEqual({ background: dark, pressed: 'true' })
    expect(followingDevice).toBe(light)
  })
})
