import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/compose.js'
import { CROCKFORD_ALPHABET } from '../../src/domain/shared/crockford.js'
import { COUNTER, LAPTOP, launchBrowser, newPage as openPage, PHONE, pinOf, SCREENSHOTS, signInAtLock, startDemoServer, type DemoServer } from './harness.js'

let server: DemoServer
let app: App
let base: string
let browser: Browser
let counter: Page
let phone: Page

interface IssuedCoupon {
  id: string
  code: string
  link: string
  benefit: string
  message: string
}

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await app.db.kysely.selectFrom('audit_event').select('action').where('subject_id', '=', subjectId).execute()
  return rows.map((row) => row.action)
}

/** Enrols the device at Main St (first visit only) and signs a person in with their PIN. */
const signIn = (page: Page, firstName: string) => signInAtLock(page, 'Main St', firstName, pinOf(server.summary, firstName))

const newPage = (options: BrowserContextOptions) => openPage(browser, options)

beforeAll(async () => {
  server = await startDemoServer({ customers: 200 })
  app = server.app
  base = server.baseUrl
  browser = await launchBrowser()
  counter = await newPage(COUNTER)
  phone = await newPage(PHONE)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('empowering the counter', () => {
  it('sends Sam’s $899.00 replacement for Dan to Priya’s phone, and her approval reaches the counter live', async () => {
    await counter.goto(`${base}/counter`)
    await signIn(counter, 'Sam')
    await counter.waitForURL(`${base}/counter`)
    await counter.getByRole('banner').getByText('Live', { exact: true }).waitFor()

    await phone.goto(`${base}/m`)
    await phone.getByRole('heading', { name: 'Sign in to see approvals' }).waitFor()
    await phone.getByRole('link', { name: 'Sign in' }).click()
    await signIn(phone, 'Priya')
    await phone.waitForURL(`${base}/m`)
    const heading = phone.getByRole('heading', { level: 1, name: /^Approvals \(\d+\)$/ })
    await heading.waitFor()
    const waitingBefore = Number((await heading.textContent())!.match(/\d+/)![0])
    await phone.getByRole('banner').getByText('Live', { exact: true }).waitFor()

    const search = counter.getByRole('combobox', { name: 'Find a customer' })
    await search.pressSequentially('415 555 0190', { delay: 30 })
    const card = counter.getByRole('region', { name: 'Dan Reyes' })
    await card.getByRole('heading', { level: 2, name: 'Dan Reyes' }).waitFor()
    await card.getByRole('button', { name: 'Gesture' }).click()
    const sheet = counter.getByRole('dialog', { name: 'Gesture for Dan Reyes' })
    await sheet.waitFor()
    const what = sheet.getByRole('group', { name: 'What' })
    await what.getByRole('button', { name: 'More' }).click()
    await what.getByRole('button', { name: /^Replacement/ }).click()
    expect(await what.getByRole('button', { name: /^Replacement/ }).textContent()).toContain('needs a manager')
    await sheet.getByLabel('Value', { exact: true }).fill('899.00')
    await sheet.getByRole('group', { name: 'Why' }).getByRole('button', { name: 'Defect' }).click()
    await sheet.getByLabel('Note').fill('Bought 9 weeks ago; the hinge cracked')
    await expect.poll(() => sheet.getByText(/^Needs a manager:/).textContent()).toContain('Replacement is not something your role gives alone')
    await counter.screenshot({ path: join(SCREENSHOTS, 'gesture-sheet.png') })

    const asked = counter.waitForResponse((response) => response.url().endsWith('/api/v1/gestures') && response.request().method() === 'POST')
    await sheet.getByRole('button', { name: 'Ask a manager' }).click()
    const askedResponse = await asked
    expect(askedResponse.status()).toBe(202)
    const { gesture } = (await askedResponse.json()) as { gesture: { id: string; status: string; limit: string } }
    expect(gesture).toMatchObject({ status: 'pending_approval', limit: 'type_not_allowed' })
    await sheet.waitFor({ state: 'hidden' })
    const order = counter.getByRole('complementary', { name: 'Current order' })
    await order.getByText(/^Waiting for a manager · \d\d:\d\d$/).waitFor()

    const request = phone.getByRole('article', { name: 'Sam asks: Replacement for Dan Reyes' })
    await request.waitFor()
    await expect.poll(() => heading.textContent()).toBe(`Approvals (${waitingBefore + 1})`)
    expect(await request.textContent()).toContain('Not a type staff can give alone')
    expect(await request.textContent()).toContain('“Bought 9 weeks ago; the hinge cracked”')
    await phone.getByRole('status').getByText('New request from Sam: Replacement for Dan Reyes ($899.00).').waitFor()
    await phone.waitForTimeout(300)
    await phone.screenshot({ path: join(SCREENSHOTS, 'manager-approval.png') })

    await request.getByRole('button', { name: 'Approve $899.00' }).click()
    const approvedAt = Date.now()
    await order.getByRole('status').getByText(/^Approved by Priya: Replacement for Dan Reyes \(\$899\.00\)\.$/).waitFor({ timeout: 2_000 })
    expect(Date.now() - approvedAt).toBeLessThan(2_000)
    await order.getByText(/^Waiting for a manager/).waitFor({ state: 'hidden' })
    await request.waitFor({ state: 'detached' })

    expect(await auditActions(gesture.id)).toEqual(expect.arrayContaining(['gesture.requested', 'gesture.approved']))
  })

  it('gives Jill a Free drink card in three taps; its page shows the code and QR, and it redeems once', async () => {
    await counter.getByRole('button', { name: 'Close card' }).click()
    const search = counter.getByRole('combobox', { name: 'Find a customer' })
    await search.pressSequentially('415 555 0142', { delay: 30 })
    const card = counter.getByRole('region', { name: 'Jill Okafor' })
    await card.getByRole('heading', { level: 2, name: 'Jill Okafor' }).waitFor()
    await card.getByRole('button', { name: 'Gesture' }).click()
    const sheet = counter.getByRole('dialog', { name: 'Gesture for Jill Okafor' })

    const given = counter.waitForResponse((response) => response.url().endsWith('/api/v1/gestures') && response.request().method() === 'POST')
    await sheet.getByRole('group', { name: 'What' }).getByRole('button', { name: 'Free drink card' }).click()
    await sheet.getByRole('group', { name: 'Why' }).getByRole('button', { name: 'We got it wrong' }).click()
    await expect.poll(() => sheet.getByText(/^OK: within your limit/).textContent()).toMatch(/^OK: within your limit \(\$4\.80 of \$8\.00/)
    await sheet.getByRole('button', { name: 'Give it' }).click()
    const response = await given
    expect(response.status()).toBe(201)
    const { coupon } = (await response.json()) as { coupon: IssuedCoupon }
    expect(coupon.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/)

    const issued = counter.getByRole('dialog', { name: 'Free drink card for Jill Okafor' })
    await issued.getByText(coupon.code, { exact: true }).waitFor()
    await issued.getByRole('img', { name: 'QR code for the coupon page' }).locator('svg').waitFor()
    await issued.getByRole('button', { name: 'Print' }).waitFor()
    await issued.getByRole('button', { name: 'Copy link' }).waitFor()
    await issued.getByLabel('Email it to').fill('jill.okafor@example.com')
    await issued.getByRole('button', { name: 'Send' }).click()
    await issued.getByText('On its way to jill.okafor@example.com.').waitFor()
    const emails = await app.db.kysely.selectFrom('outbox').select('payload').where('topic', '=', 'email.send').execute()
    expect(emails.map((row) => JSON.parse(row.payload).to)).toContain('jill.okafor@example.com')
    await counter.screenshot({ path: join(SCREENSHOTS, 'coupon-issued.png') })
    await issued.getByRole('button', { name: 'Done' }).click()

    const guest = await newPage(PHONE)
    const scripts: string[] = []
    guest.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await guest.goto(`${base}${coupon.link}`)
    const page = guest.getByRole('article', { name: 'Usual Café' })
    await page.getByText(coupon.message).waitFor()
    await page.getByText(coupon.benefit, { exact: true }).waitFor()
    await page.getByText(coupon.code, { exact: true }).waitFor()
    await page.getByRole('img', { name: /QR code/ }).locator('svg').waitFor()
    await page.getByText(/^Valid until \w{3}, \w{3} \d{1,2}$/).waitFor()
    await page.getByRole('link', { name: 'Tell us how we did' }).waitFor()
    await page.getByText(/^Customer care: /).waitFor()
    await guest.screenshot({ path: join(SCREENSHOTS, 'coupon.png'), fullPage: true })
    expect(scripts.some((path) => /\/assets\/(app|error-message|manager|gesture-log)/.test(path))).toBe(false)

    const redeemOnce = async (typed: string) => {
      await counter.getByRole('banner').getByRole('button', { name: 'Redeem coupon' }).click()
      const dialog = counter.getByRole('dialog', { name: 'Redeem a coupon' })
      await dialog.getByLabel('Coupon code').fill(typed)
      await dialog.getByRole('button', { name: 'Redeem' }).click()
      return dialog
    }
    const first = coupon.code[0]!
    const typo = CROCKFORD_ALPHABET[(CROCKFORD_ALPHABET.indexOf(first) + 1) % 32]! + coupon.code.slice(1)
    const mistyped = await redeemOnce(typo)
    await mistyped.getByText('That code has a typo — check each character.').waitFor()
    await mistyped.getByRole('button', { name: 'Cancel' }).click()

    await redeemOnce(coupon.code.toLowerCase())
    const order = counter.getByRole('complementary', { name: 'Current order' })
    await order.getByRole('status').getByText('Coupon redeemed: A drink on us').waitFor()

    const again = await redeemOnce(coupon.code)
    const used = again.getByRole('alert')
    await used.getByText(/^Used \w{3} \d\d:\d\d at Main St\./).waitFor()
    expect(await used.textContent()).toContain('You can still give a gesture within your limits.')
    await again.getByRole('button', { name: 'Give a gesture' }).waitFor()
    await again.getByRole('button', { name: 'Cancel' }).click()

    await guest.reload()
    await guest.getByText('Already used', { exact: true }).waitFor()

    const gestureId = (await app.db.kysely.selectFrom('coupon').select('gesture_id').where('id', '=', coupon.id).executeTakeFirstOrThrow()).gesture_id!
    expect(await auditActions(gestureId)).toContain('gesture.granted')
    expect(await auditActions(coupon.id)).toEqual(expect.arrayContaining(['coupon.issued', 'coupon.redeemed']))
  })

  it('comps an order line in three taps: the line, On the house, the reason', async () => {
    await counter.getByRole('button', { name: 'Close card' }).click()
    const order = counter.getByRole('complementary', { name: 'Current order' })
    const menu = counter.getByRole('region', { name: 'Menu' })
    await menu.getByRole('tab', { name: 'Food' }).click()
    await menu.getByRole('button', { name: /^Croissant/ }).click()
    const line = order.getByRole('button', { name: /^Croissant/ })

    const given = counter.waitForResponse((response) => response.url().endsWith('/api/v1/gestures') && response.request().method() === 'POST')
    await line.click()
    await order.getByRole('button', { name: 'On the house' }).click()
    await order.getByRole('group', { name: 'On the house: why?' }).getByRole('button', { name: 'Delight' }).click()
    const response = await given

    expect(response.status()).toBe(201)
    expect(await response.json()).toMatchObject({ gesture: { type: 'comp_item', reason: 'delight', valueMinor: 260, status: 'granted' } })
    await order.getByRole('status').getByText('On the house: Croissant.').waitFor()
    await order.getByText('On the house', { exact: true }).waitFor()
    await expect.poll(() => order.getByRole('button', { name: /^Charge/ }).textContent()).toBe('Charge$0.00')
    await order.getByRole('button', { name: 'Clear order' }).click()
  })

  it('shows Priya the day’s gestures in the log, filtered by type, with totals and budgets', async () => {
    const laptop = await newPage(LAPTOP)
    await laptop.goto(`${base}/counter/lock?next=${encodeURIComponent('/console/gestures')}`)
    await signIn(laptop, 'Priya')
    await laptop.waitForURL(`${base}/console/gestures`)
    await laptop.getByRole('heading', { level: 1, name: 'Gestures' }).waitFor()

    await laptop.getByRole('group', { name: 'Period' }).getByText('Today', { exact: true }).click()
    expect(await laptop.getByRole('radio', { name: 'Today' }).isChecked()).toBe(true)
    await laptop.getByLabel('Type').selectOption({ label: 'Replacement' })
    const table = laptop.getByRole('table', { name: 'Gestures, newest first' })
    const row = table.getByRole('row').filter({ hasText: 'Dan Reyes' })
    await row.getByText('Approved by Priya').waitFor()
    expect(await row.textContent()).toContain('$899.00')
    await expect.poll(() => table.locator('tfoot').textContent()).toMatch(/^\d+ gestures? · \$[\d,.]+ given · \d+ waiting/)
    await laptop.getByRole('complementary', { name: /^Budgets today/ }).getByText('Sam', { exact: true }).waitFor()
    await laptop.screenshot({ path: join(SCREENSHOTS, 'gesture-log.png') })
  })
})
