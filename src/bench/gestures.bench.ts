import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compose } from '../compose.js'
import { bulkInsert } from '../db/bulk.js'
import { hashPin } from '../domain/staff/index.js'
import { buildApp } from '../http/app.js'
import type { PostJob, PostResult } from './post-load-generator.js'
import { timeRequests } from './server-timing.js'
import { ms, summarize, thousands } from './stats.js'

export interface GesturesBenchOptions {
  duration: number
  staff?: number
}

const PIN = '135790'
const VALUE_MINOR = 100
const TARGET_PER_SECOND = 500

function runPostLoad(job: PostJob): Promise<PostResult> {
  const fromSource = import.meta.url.endsWith('.ts')
  const child = fork(fileURLToPath(new URL(`./post-load-generator.${fromSource ? 'ts' : 'js'}`, import.meta.url)), [], {
    execArgv: fromSource ? ['--import', import.meta.resolve('tsx')] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (message: { result?: PostResult; error?: string }) => {
      child.disconnect()
      if (message.result) resolve(message.result)
      else reject(new Error(`load generator: ${message.error}`))
    })
    child.once('exit', (code) => reject(new Error(`load generator exited (${code})`)))
    child.send({ job })
  })
}

/**
 * Sustained gesture grants on SQLite with every budget checked: staff grant $1.00 gestures as fast
 * as the server answers, until their daily budgets run out part-way through (then requests come back
 * needing a manager). Prints decisions per second, latency, and checks that no budget was overrun.
 */
export async function runGesturesBench(options: GesturesBenchOptions): Promise<void> {
  const staffCount = options.staff ?? 20
  const dir = mkdtempSync(join(tmpdir(), 'usual-bench-gestures-'))
  const app = await compose({ dialect: 'sqlite', file: join(dir, 'bench.db') })
  try {
    const now = new Date().toISOString()
    // Budgets sized so they bind about half-way through the run at the target rate.
    const grantsPerStaff = Math.max(10, Math.round((TARGET_PER_SECOND * options.duration) / 2 / staffCount))
    const budgetMinor = grantsPerStaff * VALUE_MINOR
    const pinHash = await hashPin(PIN)
    await bulkInsert(app.db, 'location', [{ id: 'bench', name: 'Bench St', time_zone: 'America/New_York', country: 'US', created_at: now }])
    const staffIds = Array.from({ length: staffCount }, (_, n) => `bench-staff-${n}`)
    await bulkInsert(
      app.db,
      'staff_member',
      staffIds.map((id, n) => ({ id, first_name: `Barista${n}`, last_name: 'Bench', role: 'staff', home_location_id: 'bench', pin_hash: pinHash, created_at: now })),
    )
    const customers = Array.from({ length: 2_000 }, (_, n) => ({ id: `bench-customer-${n}`, display_name: `Guest ${n}`, household: '[]', tags: '[]', card_code: `B${String(n).padStart(8, '0')}`, created_at: now, updated_at: now }))
    await bulkInsert(app.db, 'customer', customers)
    await bulkInsert(app.db, 'empowerment_policy', [
      {
        scope: 'chain',
        role: 'staff',
        max_per_gesture_minor: 800,
        daily_budget_minor: budgetMinor,
        max_per_customer_30d_minor: 1_000_000,
        allowed_types: JSON.stringify(['comp_item', 'bonus_stamp', 'recovery_coupon']),
        updated_at: now,
        updated_by: staffIds[0],
      },
    ])

    const http = await buildApp(app.deps, { logLevel: 'warn', web: false })
    const timings = timeRequests(http, (url) => (url.startsWith('/api/v1/gestures') ? 'grant' : undefined))
    await http.listen({ port: 0, host: '127.0.0.1' })
    const origin = `http://127.0.0.1:${(http.server.address() as { port: number }).port}`
    const cookies: string[] = []
    for (const staffId of staffIds) {
      const response = await fetch(`${origin}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locationId: 'bench', staffId, pin: PIN }) })
      cookies.push(response.headers.get('set-cookie')!.split(';')[0]!)
    }
    const requests = cookies.flatMap((cookie, n) =>
      Array.from({ length: 10 }, (_, k) => ({ cookie, body: JSON.stringify({ type: 'comp_item', reason: 'delight', valueMinor: VALUE_MINOR, customerId: customers[(n * 10 + k) % customers.length]!.id }) })),
    )

    console.log(`\nusual bench gestures: ${staffCount} staff grant $1.00 gestures flat out for ${options.duration} s on SQLite;`)
    console.log(`each has a $${(budgetMinor / 100).toFixed(2)} daily budget (${grantsPerStaff} grants), so budgets bind part-way and later requests need a manager.\n`)
    timings.reset()
    const result = await runPostLoad({ origin, path: '/api/v1/gestures', requests, connections: 32, seconds: options.duration })
    const server = summarize(timings.snapshot().byKind.get('grant') ?? [])
    await http.close()

    const rows = await app.db.kysely
      .selectFrom('gesture')
      .select((eb) => ['staff_id', 'status', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('value_minor').as('total')])
      .groupBy(['staff_id', 'status'])
      .execute()
    const granted = rows.filter((row) => row.status === 'granted')
    const overruns = granted.filter((row) => Number(row.total) > budgetMinor)
    const grantedCount = granted.reduce((sum, row) => sum + Number(row.n), 0)
    const pending = rows.filter((row) => row.status === 'pending_approval').reduce((sum, row) => sum + Number(row.n), 0)
    const audits = (await app.db.kysely.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).where('subject_type', '=', 'gesture').executeTakeFirstOrThrow()).n

    const decisionsPerSecond = (grantedCount + pending) / result.seconds
    const line = (label: string, value: string, target = '') => console.log(`  ${label.padEnd(34)} ${value.padStart(14)}  ${target}`)
    line('decisions (grant or ask)', `${thousands(grantedCount + pending)}`)
    line('  granted within budget', thousands(grantedCount))
    line('  needs a manager (budget spent)', thousands(pending))
    line('decisions per second', thousands(decisionsPerSecond), `target ≥ ${TARGET_PER_SECOND}/s  ${decisionsPerSecond >= TARGET_PER_SECOND ? 'PASS' : 'MISS'}`)
    line('client latency p50 / p99', `${ms(result.latencyMs.p50)} / ${ms(result.latencyMs.p99)}`, '(32 connections, flat out)')
    line('server time p50 / p99', `${ms(server.p50)} / ${ms(server.p99)}`)
    line('budget overruns', String(overruns.length), overruns.length === 0 ? 'none  PASS' : 'MISS')
    line('audit events for gestures', thousands(Number(audits)), Number(audits) === grantedCount + pending ? 'one per decision' : 'MISMATCH')
    line('errors / unexpected statuses', String(result.errors + Object.entries(result.byStatus).filter(([s]) => s !== '201' && s !== '202').reduce((sum, [, n]) => sum + n, 0)))
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
