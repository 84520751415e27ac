import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { compose, type App } from '../../src/compose.js'
import { seedDemo, type DemoSummary } from '../../src/demo/demo-data.js'
import { buildApp } from '../../src/http/app.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const SCREENSHOTS = join(ROOT, 'docs/screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The devices of UI.md §2: the owner's laptop, the counter tablet and a manager's phone. */
export const LAPTOP = { viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York', colorScheme: 'light' } as const satisfies BrowserContextOptions
export const COUNTER = { viewport: { width: 1180, height: 820 }, locale: 'en-US', timezoneId: 'America/New_York', colorScheme: 'light' } as const satisfies BrowserContextOptions
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'en-US',
  timezoneId: 'America/New_York',
  colorScheme: 'light',
} as const satisfies BrowserContextOptions

export interface DemoServer {
  app: App
  http: FastifyInstance
  baseUrl: string
  summary: DemoSummary
  close(): Promise<void>
}

export interface DemoServerOptions {
  customers?: number
  seed?: number
  /** Runs after the demo data is in and before the server starts listening (extra rows a test needs). */
  afterSeed?(app: App): Promise<void>
}

/**
 * The demo business on a temporary SQLite file, served on a free port with live events, the
 * built web app (built first if dist/ has none) and the console's database routes.
 */
export async function startDemoServer({ customers = 200, seed = 42, afterSeed }: DemoServerOptions = {}): Promise<DemoServer> {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' })
  mkdirSync(SCREENSHOTS, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'usual-e2e-'))
  let app: App | undefined
  let http: FastifyInstance | undefined
  const close = async () => {
    await http?.close()
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    app = await compose({ dialect: 'sqlite', file: join(dir, 'usual.db') }, {})
    const summary = await seedDemo(app.db, app.deps, { customers, seed })
    await afterSeed?.(app)
    http = await buildApp(app.deps, { ...app.http, logLevel: 'warn', live: app.live })
    await http.listen({ port: 0, host: '127.0.0.1' })
    const baseUrl = `http://127.0.0.1:${(http.server.address() as { port: number }).port}`
    return { app, http, baseUrl, summary, close }
  } catch (error) {
    await close().catch(() => {})
    throw error
  }
}

/** An empty database with no demo data, as an owner's first start with USUAL_DEMO=0: nothing set up yet. */
export async function startEmptyServer(): Promise<Omit<DemoServer, 'summary'>> {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' })
  mkdirSync(SCREENSHOTS, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'usual-e2e-'))
  const app = await compose({ dialect: 'sqlite', file: join(dir, 'usual.db') }, {})
  const http = await buildApp(app.deps, { ...app.http, logLevel: 'warn', live: app.live })
  await http.listen({ port: 0, host: '127.0.0.1' })
  return {
    app,
    http,
    baseUrl: `http://127.0.0.1:${(http.server.address() as { port: number }).port}`,
    close: async () => {
      await http.close()
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The installed Chromium (UI.md §5: CI downloads no browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

/** A page in a context of its own (its own cookies: one device, one person). */
export async function newPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options)
  return context.newPage()
}

/** A demo person's PIN by first name: pinOf(summary, 'Sam'). */
export function pinOf(summary: DemoSummary, firstName: string): string {
  const person = summary.staff.find((member) => member.name.startsWith(`${firstName} `))
  if (!person) throw new Error(`No demo staff member called ${firstName}`)
  return person.pin
}

/** On the lock page: enrols the device at the location (first visit only), taps the person and enters their PIN. */
export async function signInAtLock(page: Page, locationName: string, firstName: string, pin: string): Promise<void> {
  const enrol = page.getByRole('heading', { name: 'Enrol this tablet' })
  const who = page.getByRole('heading', { name: 'Who’s serving?' })
  await enrol.or(who).waitFor()
  if (await enrol.isVisible()) await page.getByRole('button', { name: locationName }).click()
  await who.waitFor()
  await page.getByRole('button', { name: firstName, exact: true }).click()
  await page.getByText(`${firstName}, enter your PIN`).waitFor()
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click()
}
