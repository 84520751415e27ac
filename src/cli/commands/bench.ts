import { progressBar } from '../progress.js'

export interface BenchOptions {
  customers?: number
  orders?: number
  duration?: number
  rate?: number
}

interface Benchmark {
  summary: string
  run(options: BenchOptions): Promise<void>
}

const BENCHMARKS: Record<string, Benchmark> = {
  lookup: {
    summary: 'customer search and greeting card at 1 M customers / 10 M orders, against a bare Fastify + SQLite handler',
    run: async (options) =>
      (await import('../../bench/lookup.bench.js')).runLookupBench({
        customers: options.customers ?? 1_000_000,
        orders: options.orders ?? 10_000_000,
        duration: options.duration ?? 10,
        rate: options.rate ?? 500,
        progressBar,
      }),
  },
  gestures: {
    summary: 'sustained gesture grants per second on SQLite with every budget checked, and no overrun',
    run: async (options) => (await import('../../bench/gestures.bench.js')).runGesturesBench({ duration: options.duration ?? 10 }),
  },
  import: {
    summary: 'importing 1 M orders (and 100 k customers) from CSV; target under a minute',
    run: async (options) =>
      (await import('../../bench/import.bench.js')).runImportBench({
        orders: options.orders ?? 1_000_000,
        customers: options.customers ?? 100_000,
        progressBar,
      }),
  },
  instances: {
    summary: '1, 2 and 4 app instances on one PostgreSQL (DATABASE_URL) under constant-arrival searches and gestures',
    run: async (options) =>
      (await import('../../bench/instances.bench.js')).runInstancesBench({
        databaseUrl: process.env.DATABASE_URL,
        customers: options.customers ?? 2_000,
        duration: options.duration ?? 10,
        rate: options.rate ?? 600,
      }),
  },
  bgnbd: {
    summary: 'fitting the BG/NBD visit model to 1 M customers; target seconds, not minutes',
    run: async (options) => (await import('../../bench/bgnbd.bench.js')).runBgNbdBench({ customers: options.customers ?? 1_000_000 }),
  },
}

/** Runs one benchmark and prints its figures; a missed target is reported, never an exit code. */
export async function bench(which: string, options: BenchOptions): Promise<void> {
  const benchmark = Object.hasOwn(BENCHMARKS, which) ? BENCHMARKS[which] : undefined
  if (!benchmark) {
    const list = Object.entries(BENCHMARKS).map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
    console.error(`usual bench: there is no benchmark called "${which}". Benchmarks:\n${list.join('\n')}`)
    process.exitCode = 1
    return
  }
  await benchmark.run(options)
}
