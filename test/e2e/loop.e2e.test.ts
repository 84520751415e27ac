import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/compose.js'
import { COUNTER, LAPTOP, launchBrowser, newPage, PHONE, pinOf, SCREENSHOTS, signInAtLock, startDemoServer, type DemoServer } from './harness.js'

const LOOP_CHARTS = ['chart-recovery', 'chart-reply-times', 'chart-kudos-people', 'chart-kudos-locations']

let server: DemoServer
let app: App
let base: string
let browser: Browser
let laptop: Page

beforeAll(async () => {
  // More customers than the other specs, so the loop's charts have enough feedback to say something.
  server = await startDemoServer({ customers: 1_000 })
  app = server.app
  base = server.baseUrl
  browser = await launchBrowser()
  laptop = await newPage(browser, LAPTOP)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('praise reaches the owner', () => {
  it('takes a customer from their coupon to the feedback page, where they praise Jo in a minute', async () => {
    const coupon = await app.db.kysely
      .selectFrom('coupon')
      .innerJoin('location', 'location.id', 'coupon.location_id')
      .select(['coupon.id', 'coupon.token'])
      .where('location.name', '=', 'Main St')
      .where('coupon.customer_id', 'is not', null)
      .orderBy('coupon.issued_at', 'desc')
      .executeTakeFirstOrThrow()
    const guest = await newPage(browser, PHONE)
    const scripts: string[] = []
    guest.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await guest.goto(`${base}/c/${coupon.token}`)

    await guest.getByRole('link', { name: 'Tell us how we did' }).click()
    await guest.waitForURL(`${base}/f/coupon-${coupon.id}`)
    const form = guest.getByRole('form', { name: 'How was Main St today?' })
    await form.waitFor()
    await form.getByRole('radio', { name: 'Praise' }).check()
    await form.getByRole('radio', { name: '5 stars' }).check()
    await form.getByRole('textbox', { name: 'What went well?' }).fill('Jo remembered my name and my usual. Lovely start to the day.')
    await form.getByRole('radio', { name: 'Jo', exact: true }).check()
    await form.getByRole('textbox', { name: /^Your email/ }).fill('marc@example.com')
    await guest.screenshot({ path: join(SCREENSHOTS, 'feedback.png'), fullPage: true })
    await form.getByRole('button', { name: 'Send' }).click()

    await guest.getByRole('status').getByText('Jo and their manager will see this today.').waitFor()
    await guest.screenshot({ path: join(SCREENSHOTS, 'feedback-sent.png') })
    expect(scripts.some((path) => /\/assets\/(app|error-message|manager|gesture-log|insights)/.test(path))).toBe(false)
    const kudos = await app.db.kysely
      .selectFrom('kudos')
      .innerJoin('feedback', 'feedback.id', 'kudos.feedback_id')
      .innerJoin('staff_member', 'staff_member.id', 'kudos.staff_id')
      .select(['staff_member.first_name', 'kudos.from_role', 'feedback.customer_id'])
      .where('feedback.contact_email', '=', 'marc@example.com')
      .execute()
    expect(kudos).toMatchObject([{ first_name: 'Jo', from_role: 'customer', customer_id: expect.any(String) }])
  })

  it('greets Jo with the praise at the counter when she signs in, until she taps Thanks', async () => {
    const tablet = await newPage(browser, COUNTER)
    await tablet.goto(`${base}/counter`)
    await signInAtLock(tablet, 'Main St', 'Jo', pinOf(server.summary, 'Jo'))

    const praise = tablet.getByRole('region', { name: /^(Kudos from a customer|\d+ kudos for you, Jo)$/ })
    await praise.waitFor()
    expect(await praise.textContent()).toContain('“Jo remembered my name and my usual. Lovely start to the day.”')
    await praise.getByRole('img', { name: '5 of 5 stars' }).first().waitFor()
    await tablet.screenshot({ path: join(SCREENSHOTS, 'counter-kudos.png') })
    await praise.getByRole('button', { name: 'Thanks!' }).click()

    await praise.waitFor({ state: 'detached' })
    await tablet.reload()
    await tablet.getByText('Type a name, phone or card code').waitFor()
    expect(await tablet.getByRole('region', { name: /^(Kudos from|\d+ kudos for you)/ }).count()).toBe(0)
    await tablet.context().close()
  })

  it('shows the praise in the owner’s inbox, with the thank-you task, and her reply goes to the outbox', async () => {
    await laptop.goto(`${base}/counter/lock?next=${encodeURIComponent('/console/feedback')}`)
    await signInAtLock(laptop, 'Main St', 'Ann', pinOf(server.summary, 'Ann'))
    await laptop.waitForURL(`${base}/console/feedback`)
    await laptop.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor()

    const praise = laptop.getByRole('listitem').filter({ hasText: 'Jo remembered my name and my usual.' })
    await praise.waitFor()
    expect(await praise.textContent()).toMatch(/Praise.*Main St · Jo.*waiting 1 min/)
    await laptop.getByText('Thank Jo in person').first().waitFor()
    await praise.getByRole('button', { name: /^Reply to / }).click()
    await praise.getByRole('textbox', { name: 'Your reply to marc@example.com' }).fill('Thank you so much. I have told Jo, who was delighted. Ann')
    await laptop.screenshot({ path: join(SCREENSHOTS, 'console-feedback.png') })
    await praise.getByRole('button', { name: 'Send reply' }).click()

    await praise.getByText('replied in 1 min').waitFor()
    const email = await app.db.kysely.selectFrom('outbox').select('payload').where('payload', 'like', '%marc@example.com%').executeTakeFirstOrThrow()
    expect(JSON.parse(email.payload)).toMatchObject({ to: 'marc@example.com', text: expect.stringContaining('I have told Jo') })
  })

  it('marks the thank-you task done and closes the answered praise', async () => {
    const thankJo = laptop.getByRole('listitem').filter({ hasText: 'Thank Jo in person' })
    const before = await thankJo.count()
    await thankJo.first().getByRole('button', { name: 'Done: Thank Jo in person' }).click()
    await expect.poll(() => thankJo.count()).toBe(before - 1)

    const praise = laptop.getByRole('listitem').filter({ hasText: 'Jo remembered my name and my usual.' })
    await praise.getByRole('button', { name: 'Close' }).click()
    await praise.getByRole('button', { name: 'Close' }).waitFor({ state: 'detached' })
    expect(await praise.getByRole('button', { name: /^Reply to / }).count()).toBe(0)
    const closed = await app.db.kysely.selectFrom('feedback').select('status').where('contact_email', '=', 'marc@example.com').executeTakeFirstOrThrow()
    expect(closed.status).toBe('closed')
    const done = await app.db.kysely.selectFrom('audit_event').select('action').where('action', 'in', ['task.done', 'feedback.closed']).execute()
    expect(done.map((row) => row.action).sort()).toEqual(['feedback.closed', 'task.done'])
  })

  it('shows older feedback a page at a time, until every message is on the page', async () => {
    const items = laptop.getByRole('list', { name: 'Feedback, newest first' }).locator(':scope > li')
    const older = laptop.getByRole('button', { name: 'Show older' })
    const firstPage = await items.count()
    for (let clicks = 0; clicks < 20 && (await older.isVisible()); clicks++) {
      const before = await items.count()
      await older.click()
      await expect.poll(() => items.count()).toBeGreaterThan(before)
    }
    const all = await app.db.kysely.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()

    expect(firstPage).toBe(100)
    expect(await items.count()).toBe(Number(all.n))
    expect(await laptop.getByRole('heading', { level: 1, name: 'Feedback' }).isVisible()).toBe(true)
  })

  it('draws recovery, reply times and kudos on the insights page, each with a plain reading', async () => {
    await laptop.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Insights' }).click()
    await laptop.getByRole('heading', { level: 1, name: 'Insights' }).waitFor()

    for (const id of LOOP_CHARTS) {
      const chart = laptop.getByTestId(id)
      await chart.waitFor()
      await chart.getByRole('img').waitFor()
      const reading = (await chart.getByTestId('reading').textContent())?.trim() ?? ''
      expect(reading.length, `${id} has a reading`).toBeGreaterThan(20)
    }
    expect(await laptop.getByTestId('chart-recovery').getByTestId('reading').textContent()).toMatch(/^(Customers with a problem who got a recovery gesture|No clear difference|Too few to tell)/)
    expect(await laptop.getByTestId('chart-reply-times').getByTestId('reading').textContent()).toMatch(/^Half the customers who left an email had a reply within/)
    expect(await laptop.getByTestId('chart-kudos-people').textContent()).toContain('Jo')

    await laptop.getByTestId('chart-recovery').scrollIntoViewIfNeeded()
    await laptop.waitForTimeout(200)
    const first = (await laptop.getByTestId('chart-recovery').boundingBox())!
    const last = (await laptop.getByTestId('chart-kudos-locations').boundingBox())!
    const scroll = await laptop.evaluate(() => window.scrollY)
    await laptop.screenshot({
      path: join(SCREENSHOTS, 'insights-loop.png'),
      fullPage: true,
      clip: { x: 0, y: first.y + scroll - 16, width: LAPTOP.viewport.width, height: last.y + last.height - first.y + 32 },
    })
  })
})
