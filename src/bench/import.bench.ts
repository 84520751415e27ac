import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { compose } from '../compose.js'
import { importFile } from '../db/import.js'
import { seededRandom } from '../demo/random.js'
import { seconds, thousands } from './stats.js'

export interface ImportBenchOptions {
  orders: number
  customers: number
  progressBar: (label: string) => { update: (done: number, total: number) => void; stop: () => void }
}

const SKUS = ['FLW', 'LAT', 'CAP', 'AME', 'ESP', 'DRP', 'CRO', 'MUF', 'BAG', 'CAK']
const LOCATIONS = ['Main St', 'Harbor', 'Riverside']
const TARGET_SECONDS = 60

async function writeLines(path: string, header: string, count: number, line: (n: number) => string) {
  const out = createWriteStream(path)
  out.write(`${header}\n`)
  for (let n = 0; n < count; n++) {
    if (!out.write(`${line(n)}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

/** Imports 1 M orders (and their customers) from CSV into a fresh SQLite file and reports the time against the one-minute target. */
export async function runImportBench(options: ImportBenchOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'usual-bench-import-'))
  const random = seededRandom(3)
  try {
    const customersCsv = join(dir, 'customers.csv')
    const ordersCsv = join(dir, 'orders.csv')
    await writeLines(customersCsv, 'ref,name,phone,email,birthday,household', options.customers, (n) => `c${n},Guest ${n},,guest${n}@example.com,,`)
    const start = Date.parse('2025-01-01T07:00:00Z')
    await writeLines(ordersCsv, 'ref,customer_ref,location,placed_at,total_minor,items', options.orders, (n) => {
      const items = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${SKUS[Math.floor(random() * SKUS.length)]}*${1 + Math.floor(random() * 2)}`).join(';')
      const customer = random() < 0.8 ? `c${Math.floor(random() * options.customers)}` : ''
      const at = new Date(start + Math.floor(random() * 365 * 86_400_000)).toISOString()
      return `o${n},${customer},${LOCATIONS[n % 3]},${at},${300 + Math.floor(random() * 900)},${items}`
    })

    const app = await compose({ dialect: 'sqlite', file: join(dir, 'bench.db') })
    try {
      console.log(`\nusual bench import: ${thousands(options.customers)} customers, then ${thousands(options.orders)} orders, from CSV into a fresh SQLite database.\n`)
      const run = async (kind: 'customers' | 'orders', path: string) => {
        const bar = options.progressBar(kind)
        const began = performance.now()
        const report = await importFile(app.db, app.deps, kind, path, { onProgress: bar.update, timeZone: 'America/New_York' })
        bar.stop()
        return { report, seconds: (performance.now() - began) / 1000 }
      }
      const customers = await run('customers', customersCsv)
      const orders = await run('orders', ordersCsv)
      const again = await run('orders', ordersCsv)
      const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(30)} ${value.padStart(12)}  ${note}`)
      line('customers imported', thousands(customers.report.imported), seconds(customers.seconds))
      line('orders imported', thousands(orders.report.imported), `${seconds(orders.seconds)} · ${thousands(orders.report.imported / orders.seconds)}/s`)
      line('orders import time', seconds(orders.seconds), `target < ${TARGET_SECONDS} s for 1 M  ${orders.seconds * (1_000_000 / options.orders) < TARGET_SECONDS ? 'PASS' : 'MISS'}`)
      line('re-import (changes nothing)', thousands(again.report.imported), `${again.report.unchanged === options.orders ? 'all unchanged' : 'MISMATCH'} · ${seconds(again.seconds)}`)
    } finally {
      await app.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
