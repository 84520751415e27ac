import type { FastifyInstance } from 'fastify'
import { mkdirSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compose } from '../compose.js'
import { createDb } from '../db/connect.js'
import { greetingCard, searchToGreet, tierWindowStart } from '../domain/recognition/index.js'
import { localDay } from '../domain/shared/instant.js'
import { authenticate, type Actor } from '../domain/staff/index.js'
import { buildApp } from '../http/app.js'
import { buildBareLookup } from './bare-lookup.js'
import { startLoadGenerator } from './load.js'
import type { LoadResult } from './load-generator.js'
import { cardPaths, lookupQueries, QUERY_MIX, type Query, type QueryKind } from './lookup-queries.js'
import { BENCH_PIN, ensureLookupDb, LOOKUP_SEED_VERSION, type SeedResult } from './lookup-seed.js'
import { timeRequests, type ServerTimings } from './server-timing.js'
import { gigabytes, ms, seconds, summarize, thousands, type Summary } from './stats.js'

export interface LookupBenchOptions {
  customers: number
  orders: number
  duration: number
  rate: number
  progressBar: (label: string) => { update(done: number, total: number): void; stop(): void }
}

const TARGETS = { searchP99Ms: 5, cardP99Ms: 10, throughputShare: 0.5 }
/** A card is opened for one search in several at the counter. */
const cardRate = (options: LookupBenchOptions) => Math.max(1, Math.round(options.rate / 5))
const CONNECTIONS = 10
/**
 * SQLite's page cache for each server: the customer tables and the visits index (about 2 GB at a million
 * customers) and, for the app, the orders of the customers whose cards are opened (the bare handlers do not
 * open cards, so less holds what they read). Holding all 10 GB of orders
 * as well would slow every search by a third (a bigger footprint costs the CPU's caches) for pages it never reads.
 */
const CACHE_MB = { app: 4_096, bare: 3_072 }
const QUERY_COUNT = 4000
const CARD_COUNT = 2000
const BREAKDOWN_CALLS = 1000
const BREAKDOWN_SECONDS = 10

interface Server {
  name: string
  origin: string
  timings: ServerTimings
}

interface Measured {
  label: string
  load: string
  client: LoadResult
  server: Summary
  byKind: Map<string, Summary>
  cpuMsPerRequest: number
}

export async function runLookupBench(options: LookupBenchOptions): Promise<void> {
  const dir = fileURLToPath(new URL('../../.bench/', import.meta.url))
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `lookup-${options.customers}c-${options.orders}o-v${LOOKUP_SEED_VERSION}.db`)
  printHeader(options)

  const seed = await ensureLookupDb({ file, customers: options.customers, orders: options.orders, onPhase: options.progressBar })
  printSeed(file, seed)
  const app = await compose({ dialect: 'sqlite', file, cacheMb: CACHE_MB.app }, { migrate: true })
  const bareDb = createDb({ dialect: 'sqlite', file, cacheMb: CACHE_MB.bare })
  const warmed = warmTables(app.db.sqlite!, SEARCH_TABLES, [VISITS_INDEX]) + warmTables(bareDb.sqlite!, SEARCH_TABLES, [VISITS_INDEX])
  console.log(
    `  Memory as on a server that has been up a while: what a search reads is in SQLite's cache with the visits index for tiers (SQLITE_CACHE_MB=${CACHE_MB.app} for the app, ${CACHE_MB.bare} for the bare handlers; loaded in ${seconds(warmed)}).`,
  )
  const queries = lookupQueries(app.db.sqlite!, QUERY_COUNT)
  const cards = cardPaths(app.db.sqlite!, CARD_COUNT)
  const kindByPath = new Map<string, string>([...queries.map((query) => [query.path, query.kind] as const), ...cards.map((path) => [path, 'card page'] as const)])
  const kindOf = (url: string) => kindByPath.get(url)

  const http = await buildApp(app.deps, { logLevel: 'warn', web: false })
  const appTimings = timeRequests(http, kindOf)
  const cookie = await signIn(http, seed.meta.locationId, seed.meta.staffId)
  const token = cookie.slice(cookie.indexOf('=') + 1)
  const actor = (await authenticate(app.deps, token))!
  const visitsSince = tierWindowStart(localDay(new Date(), actor.timeZone))
  const bare = buildBareLookup(bareDb.sqlite!, { statements: 'same', visitsSince })
  const floor = buildBareLookup(bareDb.sqlite!, { statements: 'floor', visitsSince })
  const bareTimings = timeRequests(bare.app, kindOf)
  const floorTimings = timeRequests(floor.app, kindOf)
  const load = startLoadGenerator()
  try {
    const appServer: Server = { name: 'app', origin: await listen(http), timings: appTimings }
    const bareServer: Server = { name: 'bare', origin: await listen(bare.app), timings: bareTimings }
    const floorServer: Server = { name: 'floor', origin: await listen(floor.app), timings: floorTimings }
    await printQueryMix(http, cookie, queries, bare.search)

    const searchPaths = queries.map((query) => query.path)
    const headers = { cookie }
    const run = async (server: Server, paths: string[], label: string, rate: number | undefined): Promise<Measured> => {
      status(`  running ${label.replace(/\s+/g, ' ')} @ ${rate ? `${rate}/s` : 'max'} for ${options.duration} s…`)
      server.timings.reset()
      const target = { origin: server.origin, paths, headers: server.name === 'app' ? headers : {}, seconds: options.duration }
      const client = await load.run(rate ? { ...target, kind: 'rate', rate } : { ...target, kind: 'max', connections: CONNECTIONS })
      const snapshot = server.timings.snapshot()
      await settle(server.timings)
      return {
        label,
        load: rate ? `${thousands(rate)}/s` : 'max',
        client,
        server: summarize(snapshot.all),
        byKind: new Map([...snapshot.byKind].map(([kind, values]) => [kind, summarize(values)])),
        cpuMsPerRequest: snapshot.cpuMsPerRequest,
      }
    }

    // Regulars come back: each card customer has been served once before, as each search is replayed many times.
    status(`  serving each of the ${thousands(cards.length)} card customers once…`)
    const cardsWarm = performance.now()
    for (const path of cards) await http.inject({ method: 'GET', url: path, headers })
    status('')
    console.log(`  Served each of the ${thousands(cards.length)} card customers once, as their earlier visits would have (${seconds((performance.now() - cardsWarm) / 1000)}).\n`)
    status('  warming up: 2 s flat out per endpoint…')
    const warmup = { seconds: 2, kind: 'max' as const, connections: CONNECTIONS }
    for (const [server, paths] of [[bareServer, searchPaths], [appServer, searchPaths], [appServer, cards]] as const) {
      await load.run({ ...warmup, origin: server.origin, paths, headers: server.name === 'app' ? headers : {} })
      await settle(server.timings)
    }

    // The bare server goes first: an overloaded app's leftovers would otherwise run in the same event loop.
    const results = {
      bareAtRate: await run(bareServer, searchPaths, 'search  bare', options.rate),
      searchAtRate: await run(appServer, searchPaths, 'search  app ', options.rate),
      cardAtRate: await run(appServer, cards, 'card    app ', cardRate(options)),
      bareMax: await run(bareServer, searchPaths, 'search  bare', undefined),
      floorMax: await run(floorServer, searchPaths, 'search  floor', undefined),
      searchMax: await run(appServer, searchPaths, 'search  app ', undefined),
      cardMax: await run(appServer, cards, 'card    app ', undefined),
    }
    status('')
    printResults(Object.values(results))
    printByKind(results.searchAtRate, results.bareAtRate)
    await printBreakdown(app.deps, actor, token, queries, cards, bare.search, app.db.sqlite!)
    printTargets(options, results)
  } finally {
    load.stop()
    await http.close()
    await bare.app.close()
    await floor.app.close()
    await bareDb.destroy()
    await app.close()
  }
}

/** Waits until a server has answered nothing for a second: a cut-off run leaves requests in flight, which would slow the next run. */
async function settle(timings: ServerTimings) {
  for (let waited = 0; timings.idleMs() < 1000; waited += 250) {
    if (waited > 120_000) {
      console.log('  (the server was still busy 2 min after the run; the next figures include that work)')
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** A transient line on a terminal; nothing when the output goes to a file. */
function status(text: string) {
  if (process.stdout.isTTY) process.stdout.write(`\r${text.padEnd(process.stdout.columns - 1)}\r`)
}

function printHeader(options: LookupBenchOptions) {
  const cpu = cpus()
  console.log(`
usual bench lookup: counter search and greeting card at ${thousands(options.customers)} customers / ${thousands(options.orders)} orders

  Measures GET /api/v1/customers?q= (phone, phone prefix, name prefix, card code) and
  GET /api/v1/customers/{id}/card through the whole app (Fastify, session cookie, domain, Kysely,
  better-sqlite3), against bare Fastify + better-sqlite3 handlers with prepared statements and no
  session, domain, typo variants, ranking or Kysely:
    bare     the app's own statements for each search: the listing with each result's visits (its
             tier), and for names the token range, then the listing of its first 8 customers
    floor    one index range per query and no tier: cheaper than what the counter shows (information)
  The servers live in this process and take turns; the load comes from a child process.
    server   time inside the server, onRequest to onResponse hook (what the targets are about)
    client   latency seen by the load generator: adds HTTP and sharing ${cpu.length} CPUs with the server
    @ N/s    open-loop constant arrival rate; client latency counts from each request's scheduled time
    max      autocannon, ${CONNECTIONS} connections, no rate cap (throughput)
  Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}; load average ${loadavg()[0]!.toFixed(2)} at the start (other processes share the CPUs)
  Runs: ${options.duration} s each; search at ${options.rate}/s and flat out; the card at ${cardRate(options)}/s (one card per 5 searches) and flat out.
`)
}

function printSeed(file: string, seed: SeedResult) {
  const { meta } = seed
  console.log(`Database ${file}`)
  console.log(
    `  ${thousands(meta.customers)} customers · ${thousands(meta.nameTokens)} name tokens · ${thousands(meta.orders)} orders · ${thousands(meta.orderLines)} order lines · ${gigabytes(seed.bytes)}`,
  )
  const phases = meta.phases.map((phase) => `${phase.name} ${seconds(phase.seconds)} (${thousands(phase.rows / phase.seconds)} rows/s)`).join(', ')
  if (seed.reused) console.log(`  Reused the cached database seeded ${meta.seededAt} in ${seconds(meta.seconds)}: ${phases}.`)
  else console.log(`  Seeded in ${seconds(meta.seconds)}: ${phases}.`)
}

/** Tables (with all their indexes) that a search reads, and the index its tiers count visits in. */
const SEARCH_TABLES = ['customer', 'customer_name_token']
const VISITS_INDEX = 'order_customer_id_local_day_idx'

/**
 * Reads the tables and their indexes into this connection's page cache, as a server's memory is after it has
 * been up a while. This machine's kernel hands file pages back within seconds (kdamond), so the OS page cache
 * cannot stand in for that here: SQLite's own cache, which is process memory, does.
 */
function warmTables(sqlite: NonNullable<ReturnType<typeof createDb>['sqlite']>, tables: string[], extraIndexes: string[] = []): number {
  const started = performance.now()
  const readIndex = (index: string) => {
    const { table, definition } = sqlite
      .prepare(`select tbl_name as "table", coalesce(sql, '') as definition from sqlite_schema where type = 'index' and name = ?`)
      .get(index) as { table: string; definition: string }
    const [first] = sqlite.prepare(`select name from pragma_index_info(?) order by seqno limit 1`).pluck().all(index) as string[]
    // A partial index can only answer a query that implies its own condition.
    const partial = /\swhere\s(.+)$/is.exec(definition)?.[1]
    const condition = [`"${first}" is not null`, ...(partial ? [`(${partial})`] : [])].join(' and ')
    sqlite.prepare(`select count(*) from "${table}" indexed by "${index}" where ${condition}`).get()
  }
  for (const table of tables) {
    // Counting walks every page of the b-tree it is asked to use.
    sqlite.prepare(`select count(*) from "${table}" not indexed`).get()
    for (const index of sqlite.prepare(`select name from sqlite_schema where type = 'index' and tbl_name = ?`).pluck().all(table) as string[]) readIndex(index)
  }
  for (const index of extraIndexes) readIndex(index)
  return (performance.now() - started) / 1000
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('The benchmark server has no TCP address.')
  return `http://127.0.0.1:${address.port}`
}

async function signIn(http: FastifyInstance, locationId: string, staffId: string): Promise<string> {
  const response = await http.inject({ method: 'POST', url: '/api/v1/session', payload: { locationId, staffId, pin: BENCH_PIN } })
  const cookie = response.cookies.find((candidate) => candidate.name === 'usual_session')
  if (response.statusCode !== 201 || !cookie) throw new Error(`Signing in to the benchmark database failed: ${response.statusCode} ${response.body}`)
  return `${cookie.name}=${cookie.value}`
}

async function printQueryMix(http: FastifyInstance, cookie: string, queries: Query[], bareSearch: ReturnType<typeof buildBareLookup>['search']) {
  const stats = new Map<QueryKind, { count: number; appHits: number; bareHits: number; examples: string[] }>()
  const deadline = performance.now() + 15_000
  for (const query of queries.slice(0, 400)) {
    if (performance.now() > deadline) break
    const response = await http.inject({ method: 'GET', url: query.path, headers: { cookie } })
    if (response.statusCode !== 200) throw new Error(`GET ${query.path} answered ${response.statusCode}: ${response.body}`)
    const entry = stats.get(query.kind) ?? { count: 0, appHits: 0, bareHits: 0, examples: [] }
    entry.count += 1
    if ((response.json() as { results: unknown[] }).results.length > 0) entry.appHits += 1
    if (bareSearch(query.q).rows.length > 0) entry.bareHits += 1
    if (entry.examples.length < 4) entry.examples.push(JSON.stringify(query.q))
    stats.set(query.kind, entry)
  }
  const checked = [...stats.values()].reduce((sum, entry) => sum + entry.count, 0)
  console.log(`Query mix: ${thousands(queries.length)} searches for random customers, replayed in order`)
  console.log(`  kind          share   found by app / bare (first ${checked})   examples`)
  for (const [kind] of QUERY_MIX) {
    const entry = stats.get(kind)
    if (!entry) continue
    const share = `${Math.round((100 * queries.filter((query) => query.kind === kind).length) / queries.length)} %`
    const found = `${Math.round((100 * entry.appHits) / entry.count)} % / ${Math.round((100 * entry.bareHits) / entry.count)} %`
    console.log(`  ${kind.padEnd(13)} ${share.padStart(5)}   ${found.padEnd(31)}  ${entry.examples.join(', ')}`)
  }
  console.log(`  card page: ${thousands(CARD_COUNT)} customers picked by a random order, so regulars come up as often as they visit.\n`)
}

function printResults(results: Measured[]) {
  console.log('Results                    server-side (ms)          client (ms)')
  console.log('endpoint      load        p50      p99      max     p50      p99   req/s    CPU ms/req  errors')
  for (const result of results) {
    const { client, server } = result
    const clientFmt = (value: number) => (result.load === 'max' ? `${value.toFixed(0)}` : value.toFixed(2))
    console.log(
      [
        result.label.padEnd(12),
        result.load.padStart(6),
        server.p50.toFixed(2).padStart(8),
        server.p99.toFixed(2).padStart(8),
        server.max.toFixed(1).padStart(8),
        clientFmt(client.latencyMs.p50).padStart(7),
        clientFmt(client.latencyMs.p99).padStart(8),
        thousands(client.perSecond).padStart(7),
        result.cpuMsPerRequest.toFixed(3).padStart(12),
        `${client.errors + client.non2xx}${client.unfinished > 0 ? ` +${client.unfinished} cut` : ''}`.padStart(7),
      ].join(' '),
    )
  }
  console.log("  (CPU ms/req: the server process's CPU time per answered request; autocannon reports whole ms. A rate run stops")
  console.log('   waiting for answers after its duration plus max(5 s, duration); “cut” counts the unanswered, whose latency stops there)\n')
}

function printByKind(app: Measured, bare: Measured) {
  console.log(`Server-side by query kind at ${app.load}        app p50 / p99          bare p50 / p99`)
  for (const [kind] of QUERY_MIX) {
    const a = app.byKind.get(kind)
    const b = bare.byKind.get(kind)
    if (!a || !b) continue
    console.log(`  ${kind.padEnd(13)} ${String(a.count).padStart(6)}   ${ms(a.p50).padStart(9)} / ${ms(a.p99).padEnd(9)}   ${ms(b.p50).padStart(9)} / ${ms(b.p99)}`)
  }
  console.log()
}

/** Times the app's steps one call at a time, in this process and without HTTP, to show where a request's time goes. */
async function printBreakdown(
  deps: Awaited<ReturnType<typeof compose>>['deps'],
  actor: Actor,
  token: string,
  queries: Query[],
  cards: string[],
  bareSearch: ReturnType<typeof buildBareLookup>['search'],
  sqlite: NonNullable<ReturnType<typeof createDb>['sqlite']>,
) {
  const time = async (fn: () => unknown) => {
    const start = process.hrtime.bigint()
    await fn()
    return Number(process.hrtime.bigint() - start) / 1e6
  }
  /** Runs fn for each item until BREAKDOWN_CALLS calls or BREAKDOWN_SECONDS have gone by. */
  const repeat = async <T>(items: T[], fn: (item: T) => Promise<void>) => {
    const deadline = performance.now() + BREAKDOWN_SECONDS * 1000
    for (const item of items.slice(0, BREAKDOWN_CALLS)) {
      if (performance.now() > deadline) break
      await fn(item)
    }
  }
  const rows: [string, number[]][] = []
  const session: number[] = []
  await repeat(queries, async () => void session.push(await time(() => authenticate(deps, token))))
  rows.push(['session lookup (authenticate)', session])
  for (const [kind] of QUERY_MIX) {
    const search: number[] = []
    const bare: number[] = []
    await repeat(
      queries.filter((candidate) => candidate.kind === kind),
      async (query) => {
        search.push(await time(() => searchToGreet(deps, actor, query.q)))
        bare.push(await time(() => bareSearch(query.q)))
      },
    )
    rows.push([`searchToGreet: ${kind}`, search], [`  bare statements: ${kind}`, bare])
  }
  const card: number[] = []
  await repeat(cards, async (path) => void card.push(await time(() => greetingCard(deps, actor, path.split('/')[4]!))))
  rows.push(['greetingCard', card])
  const ledgers = cardLedgers(sqlite, cards)
  const withAccount: number[] = []
  await repeat(ledgers.withAccount, async (id) => void withAccount.push(await time(() => greetingCard(deps, actor, id))))
  rows.push(['greetingCard: with a house account', withAccount])
  console.log(`Where the time goes: each step alone, one call at a time, no HTTP (≤ ${BREAKDOWN_CALLS} calls or ${BREAKDOWN_SECONDS} s each)`)
  console.log('                                                     p50        p99       mean')
  for (const [label, values] of rows) {
    const summary = summarize(values)
    console.log(`  ${label.padEnd(36)} ${String(summary.count).padStart(5)} calls ${ms(summary.p50).padStart(9)} ${ms(summary.p99).padStart(10)} ${ms(mean(values)).padStart(10)}`)
  }
  const { stampEntries, tabEntries } = ledgers
  console.log(
    `  (the cards' ledgers: stamp entries mean ${Math.round(mean(stampEntries))}, max ${Math.max(0, ...stampEntries)}; ` +
      `${thousands(ledgers.withAccount.length)} of ${thousands(cards.length)} cards run a house account, tab entries mean ${Math.round(mean(tabEntries))}, max ${Math.max(0, ...tabEntries)})`,
  )
  console.log()
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0)

/** How long the opened cards' stamp and tab ledgers are, and which of those customers run a house account. */
function cardLedgers(sqlite: NonNullable<ReturnType<typeof createDb>['sqlite']>, cards: string[]) {
  const ids = [...new Set(cards.map((path) => path.split('/')[4]!))]
  const countStamps = sqlite.prepare('select count(*) from stamp_entry where customer_id = ?').pluck()
  const account = sqlite.prepare('select id from tab_account where customer_id = ?').pluck()
  const countTab = sqlite.prepare('select count(*) from tab_entry where account_id = ?').pluck()
  const withAccount: string[] = []
  const tabEntries: number[] = []
  const stampEntries = ids.map((id) => {
    const accountId = account.get(id) as string | undefined
    if (accountId) {
      withAccount.push(id)
      tabEntries.push(countTab.get(accountId) as number)
    }
    return countStamps.get(id) as number
  })
  return { withAccount, stampEntries, tabEntries }
}

function printTargets(
  options: LookupBenchOptions,
  { searchAtRate, cardAtRate, bareMax, floorMax, searchMax }: Record<'searchAtRate' | 'cardAtRate' | 'bareMax' | 'floorMax' | 'searchMax', Measured>,
) {
  const share = searchMax.client.perSecond / bareMax.client.perSecond
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS')
  const lines: [string, string, boolean][] = [
    [`search p99 server-side ≤ ${TARGETS.searchP99Ms} ms at ${options.rate}/s`, ms(searchAtRate.server.p99), searchAtRate.server.p99 <= TARGETS.searchP99Ms],
    [
      `search throughput ≥ ${TARGETS.throughputShare * 100} % of bare (max)`,
      `${thousands(searchMax.client.perSecond)} / ${thousands(bareMax.client.perSecond)} req/s = ${Math.round(share * 100)} %`,
      share >= TARGETS.throughputShare,
    ],
    [`card p99 server-side ≤ ${TARGETS.cardP99Ms} ms at ${cardRate(options)}/s`, ms(cardAtRate.server.p99), cardAtRate.server.p99 <= TARGETS.cardP99Ms],
  ]
  console.log(`Targets (${thousands(options.customers)} customers, ${thousands(options.orders)} orders)`)
  for (const [target, measured, ok] of lines) console.log(`  ${target.padEnd(44)} ${measured.padEnd(34)} ${verdict(ok)}`)
  const floorShare = searchMax.client.perSecond / floorMax.client.perSecond
  console.log(`  (for information: the app at ${Math.round(floorShare * 100)} % of the floor handler, ${thousands(floorMax.client.perSecond)} req/s, which skips the tier)`)
  console.log('  (figures, not tests: a MISS does not fail the command)')
}
