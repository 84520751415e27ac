import { fork, type ChildProcess } from 'node:child_process'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { compose } from '../compose.js'
import { scratchSchema } from '../db/scratch-schema.js'
import { seedDemo } from '../demo/demo-data.js'
import { startLoadGenerator } from './load.js'
import type { LoadResult, PreparedRequest } from './load-generator.js'
import { ms, thousands } from './stats.js'

export interface InstancesBenchOptions {
  /** A PostgreSQL server the benchmark may create (and afterwards drop) a schema in. */
  databaseUrl: string | undefined
  customers: number
  duration: number
  /** Requests per second offered at the top step; the first step offers half. */
  rate: number
  instanceCounts?: number[]
}

/** Of the requests, this share are gestures granted at the counter; the rest are customer searches. */
const GESTURE_SHARE = 0.2
const SEARCHES = 2_000
const GESTURES = 500

interface Instance {
  origin: string
  child: ChildProcess
}

/** Starts one app instance in its own process and waits until it listens. */
function startInstance(databaseUrl: string): Promise<Instance> {
  const fromSource = import.meta.url.endsWith('.ts')
  const child = fork(fileURLToPath(new URL(`./instance.${fromSource ? 'ts' : 'js'}`, import.meta.url)), [], {
    execArgv: fromSource ? ['--import', import.meta.resolve('tsx')] : [],
    env: { ...process.env, DATABASE_URL: databaseUrl, USUAL_DEMO: '0', LOG_LEVEL: 'warn', SMTP_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve({ origin: `http://127.0.0.1:${message.port}`, child }))
    child.once('exit', (code) => reject(new Error(`an app instance exited before listening (${code})`)))
  })
}

function stopInstance({ child }: Instance): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.disconnect()
  })
}

/**
 * Two and four app instances (and one, for the baseline) on one PostgreSQL under constant-arrival load: customer
 * searches and gesture grants spread round-robin over the instances, each request due at its time whatever happened
 * to the ones before. Prints throughput and client p99 per instance count and offered rate.
 */
export async function runInstancesBench(options: InstancesBenchOptions): Promise<void> {
  const base = options.databaseUrl
  if (!base || !/^postgres(ql)?:\/\//.test(base)) {
    console.error('usual bench instances: set DATABASE_URL=postgres://… to a PostgreSQL server; the benchmark works in a schema of its own and drops it after.')
    process.exitCode = 1
    return
  }
  const counts = options.instanceCounts ?? [1, 2, 4]
  const scratch = await scratchSchema(base, 'bench')
  const load = startLoadGenerator()
  try {
    console.log(`\nusual bench instances: ${counts.join(', ')} app instances on one PostgreSQL, ${options.customers.toLocaleString('en-US')} demo customers;`)
    console.log(`constant arrivals for ${options.duration} s per step, ${Math.round((1 - GESTURE_SHARE) * 100)} % customer searches and ${Math.round(GESTURE_SHARE * 100)} % gesture grants, round-robin over the instances.`)
    console.log(`This machine has ${cpus().length} CPUs, shared by the instances, PostgreSQL and the load generator.\n`)
    const app = await compose({ dialect: 'postgres', url: scratch.url })
    let requests: PreparedRequest[]
    try {
      const demo = await seedDemo(app.db, app.deps, { customers: options.customers, seed: 42 })
      // Budgets out of the way: every grant is decided and written, none waits for a manager.
      await app.db.kysely.updateTable('empowerment_policy').set({ daily_budget_minor: 1_000_000_000, max_per_customer_30d_minor: 1_000_000_000 }).execute()
      const people = await app.db.kysely.selectFrom('customer').select(['id', 'display_name']).orderBy('id').limit(SEARCHES).execute()
      requests = await prepareRequests(scratch.url, demo.staff, people)
    } finally {
      await app.close()
    }

    const line = (cells: string[]) => console.log(`  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(10) : cell.padStart(13))).join('')}`)
    line(['instances', 'offered/s', 'answered/s', 'p50', 'p99', 'non-2xx', 'errors'])
    const top = new Map<number, LoadResult>()
    for (const count of counts) {
      const instances = await Promise.all(Array.from({ length: count }, () => startInstance(scratch.url)))
      try {
        const origins = instances.map((instance) => instance.origin)
        // A short warm-up per instance: connections, prepared plans and the JIT, off the books.
        await load.run({ kind: 'rate', rate: 50 * count, origin: origins[0]!, origins, paths: [], headers: {}, requests, seconds: 2 })
        for (const rate of [Math.round(options.rate / 2), options.rate]) {
          const result = await load.run({ kind: 'rate', rate, origin: origins[0]!, origins, paths: [], headers: {}, requests, seconds: options.duration })
          if (rate === options.rate) top.set(count, result)
          line([String(count), thousands(rate), thousands(result.perSecond), ms(result.latencyMs.p50), ms(result.latencyMs.p99), thousands(result.non2xx), thousands(result.errors + result.unfinished)])
        }
      } finally {
        await Promise.all(instances.map(stopInstance))
      }
    }
    const one = top.get(counts[0]!)
    if (one) {
      console.log('')
      for (const [count, result] of top) {
        if (count === counts[0]) continue
        console.log(`  ${count} instances against ${counts[0]} at ${thousands(options.rate)}/s: ${(result.perSecond / one.perSecond).toFixed(2)}× the throughput, p99 ${ms(result.latencyMs.p99)} against ${ms(one.latencyMs.p99)}`)
      }
    }
  } finally {
    load.stop()
    await scratch.drop()
  }
}

/** Searches by name prefix and gesture grants, interleaved, each with a signed-in barista's session. */
async function prepareRequests(
  url: string,
  staff: { id: string; role: string; locationId: string; pin: string }[],
  people: { id: string; display_name: string }[],
): Promise<PreparedRequest[]> {
  const instance = await startInstance(url)
  try {
    const baristas = staff.filter((member) => member.role === 'staff')
    const cookies: string[] = []
    for (const barista of baristas) {
      const response = await fetch(`${instance.origin}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locationId: barista.locationId, staffId: barista.id, pin: barista.pin }),
      })
      if (response.status !== 201) throw new Error(`Signing a barista in failed: ${response.status} ${await response.text()}`)
      cookies.push(response.headers.get('set-cookie')!.split(';')[0]!)
    }
    const searches = people.map((person, n): PreparedRequest => {
      const words = person.display_name.split(/\s+/)
      const q = n % 2 === 0 ? words[0]! : (words.at(-1) ?? words[0]!).slice(0, 3)
      return { method: 'GET', path: `/api/v1/customers?q=${encodeURIComponent(q)}`, headers: { cookie: cookies[n % cookies.length]! } }
    })
    const gestures = Array.from({ length: GESTURES }, (_, n): PreparedRequest => ({
      method: 'POST',
      path: '/api/v1/gestures',
      headers: { cookie: cookies[n % cookies.length]!, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'comp_item', reason: 'delight', valueMinor: 100, customerId: people[(n * 7) % people.length]!.id }),
    }))
    // Check both kinds answer as they should before measuring anything.
    for (const sample of [searches[0]!, gestures[0]!]) {
      const response = await fetch(`${instance.origin}${sample.path}`, { method: sample.method, headers: sample.headers, body: sample.body })
      if (!response.ok) throw new Error(`${sample.method} ${sample.path} answered ${response.status}: ${await response.text()}`)
    }
    const mixed: PreparedRequest[] = []
    const every = Math.round(1 / GESTURE_SHARE)
    for (let n = 0, s = 0, g = 0; n < searches.length + gestures.length; n++) {
      mixed.push(n % every === every - 1 && g < gestures.length ? gestures[g++]! : searches[s++ % searches.length]!)
    }
    return mixed
  } finally {
    await stopInstance(instance)
  }
}
