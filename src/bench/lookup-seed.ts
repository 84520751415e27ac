import { existsSync, rmSync, statSync } from 'node:fs'
import { createDb, migrateToLatest, type Db } from '../db/connect.js'
import { tokenRowsOf } from '../db/repositories/customers.repository.js'
import { seededRandom } from '../domain/shared/random.js'
import { usualKeyOf } from '../domain/orders/index.js'
import { checkCharacter, CROCKFORD_ALPHABET } from '../domain/shared/crockford.js'
import { addDays, localDay, startOfDayString } from '../domain/shared/instant.js'
import { hashPin } from '../domain/staff/index.js'
import { insertLedgers } from './lookup-ledgers.js'
import { AREA_CODES, FIRST_NAMES, LAST_NAMES, RELATIONS } from './names.js'

/** Bump when the generated data changes shape, so cached databases are seeded again. */
export const LOOKUP_SEED_VERSION = 3
export const BENCH_SETTING = 'bench.lookup'
export const BENCH_PIN = '246810'

const SEED = 20_261_123
const HORIZON_DAYS = 3 * 365
const BATCH = 50_000
const ROWS_PER_INSERT = 100
const DEFERRED_INDEXES = ['order_customer_id_local_day_idx']

export interface SeedMeta {
  version: number
  customers: number
  orders: number
  orderLines: number
  nameTokens: number
  locationId: string
  staffId: string
  seededAt: string
  seconds: number
  phases: { name: string; rows: number; seconds: number }[]
}

export interface SeedResult {
  meta: SeedMeta
  reused: boolean
  bytes: number
}

export interface SeedOptions {
  file: string
  customers: number
  orders: number
  onPhase?: (phase: string) => { update(done: number, total: number): void; stop(): void }
}

/** Opens the benchmark database at `file` when it already holds this many rows; seeds it from scratch otherwise. */
export async function ensureLookupDb(options: SeedOptions): Promise<SeedResult> {
  if (existsSync(options.file)) {
    const cached = await readCachedMeta(options)
    if (cached) return { meta: cached, reused: true, bytes: fileBytes(options.file) }
    removeDb(options.file)
  }
  const meta = await seedLookupDb(options)
  return { meta, reused: false, bytes: fileBytes(options.file) }
}

async function readCachedMeta(options: SeedOptions): Promise<SeedMeta | undefined> {
  const db = createDb({ dialect: 'sqlite', file: options.file })
  try {
    const sqlite = db.sqlite!
    const row = sqlite.prepare('select value from setting where key = ?').get(BENCH_SETTING) as { value: string } | undefined
    if (!row) return undefined
    const meta = JSON.parse(row.value) as SeedMeta
    if (meta.version !== LOOKUP_SEED_VERSION || meta.customers !== options.customers || meta.orders !== options.orders) return undefined
    const count = (table: string) => (sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n
    if (count('customer') !== options.customers || count('order') !== options.orders) return undefined
    return meta
  } catch {
    return undefined
  } finally {
    await db.destroy()
  }
}

const fileBytes = (file: string) => ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0)

function removeDb(file: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
}

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve))

interface LineTemplate {
  itemId: string
  name: string
  unitPriceMinor: number
  modifiers: string
  usualKey: string
}

async function seedLookupDb(options: SeedOptions): Promise<SeedMeta> {
  const started = performance.now()
  const db = createDb({ dialect: 'sqlite', file: options.file })
  await migrateToLatest(db)
  const sqlite = db.sqlite!
  // A throwaway database: nothing needs to survive a crash until the seed is recorded as complete.
  sqlite.pragma('journal_mode = OFF')
  sqlite.pragma('synchronous = OFF')
  sqlite.pragma('foreign_keys = OFF')
  sqlite.pragma('locking_mode = EXCLUSIVE')
  sqlite.pragma('temp_store = MEMORY')
  sqlite.pragma('cache_size = -2000000')
  sqlite.pragma('threads = 2')

  // Rows go in roughly in key order for most indexes (ids are time-ordered, orders are inserted by time), which
  // keeps those inserts appending. An index keyed by customer would take random inserts: it is built afterwards.
  const indexes = sqlite
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and name in (${DEFERRED_INDEXES.map(() => '?').join(', ')})`)
    .all(...DEFERRED_INDEXES) as { name: string; sql: string }[]
  for (const index of indexes) sqlite.exec(`drop index "${index.name}"`)

  const random = seededRandom(SEED)
  const now = Date.now()
  const today = localDay(new Date(now), 'America/New_York')
  const firstDay = addDays(today, -HORIZON_DAYS)
  const phases: SeedMeta['phases'] = []
  const fixtures = await insertFixtures(sqlite, random, uuidV7Generator(random), now)
  const dayStart = fixtures.locations.map((location) =>
    Float64Array.from({ length: HORIZON_DAYS }, (_, day) => startOfDayString(addDays(firstDay, day), location.timeZone).getTime()),
  )
  const dayNames = Array.from({ length: HORIZON_DAYS }, (_, day) => addDays(firstDay, day))

  const customers = await insertCustomers(sqlite, options, random, uuidV7Generator(random), dayStart, phases)
  const orderLines = await insertOrders(sqlite, options, random, uuidV7Generator(random), customers, fixtures, dayStart, dayNames, phases)
  const ledgersStarted = performance.now()
  const ledgerRows = insertLedgers(sqlite, fixtures.locations, now)
  phases.push({ name: 'stamp and tab ledgers', rows: ledgerRows, seconds: (performance.now() - ledgersStarted) / 1000 })

  const bar = options.onPhase?.('indexes')
  const indexStarted = performance.now()
  for (const [done, index] of indexes.entries()) {
    bar?.update(done, indexes.length + 1)
    await yieldToEventLoop()
    sqlite.exec(index.sql)
  }
  bar?.update(indexes.length, indexes.length + 1)
  await yieldToEventLoop()
  sqlite.exec('analyze')
  bar?.update(indexes.length + 1, indexes.length + 1)
  bar?.stop()
  phases.push({ name: `${indexes.length === 1 ? 'index' : `${indexes.length} indexes`} + analyze`, rows: options.orders, seconds: (performance.now() - indexStarted) / 1000 })

  const meta: SeedMeta = {
    version: LOOKUP_SEED_VERSION,
    customers: options.customers,
    orders: options.orders,
    orderLines,
    nameTokens: customers.tokens,
    locationId: fixtures.locations[0]!.id,
    staffId: fixtures.benchStaffId,
    seededAt: new Date().toISOString(),
    seconds: (performance.now() - started) / 1000,
    phases,
  }
  sqlite.prepare('insert into setting (key, value) values (?, ?) on conflict (key) do update set value = excluded.value').run(BENCH_SETTING, JSON.stringify(meta))
  sqlite.pragma('locking_mode = NORMAL')
  sqlite.pragma('journal_mode = WAL')
  await db.destroy()
  return meta
}

type Sqlite = NonNullable<Db['sqlite']>

/** Time-ordered UUIDv7 strings like the app's ids, monotonic even when two share a millisecond. */
function uuidV7Generator(random: () => number) {
  let lastMs = 0
  let sequence = 0
  const hex = (digits: number) => Math.floor(random() * 16 ** digits).toString(16).padStart(digits, '0')
  return (at: number) => {
    let ms = Math.floor(at)
    if (ms <= lastMs) {
      ms = lastMs
      sequence += 1
      if (sequence > 0xfff) {
        ms += 1
        sequence = 0
      }
    } else sequence = Math.floor(random() * 0x400)
    lastMs = ms
    const time = ms.toString(16).padStart(12, '0')
    return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence.toString(16).padStart(3, '0')}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`
  }
}

const LOCATIONS = [
  { name: 'Main St', timeZone: 'America/New_York' },
  { name: 'Harbor', timeZone: 'America/New_York' },
  { name: 'Riverside', timeZone: 'America/Chicago' },
]

const MODIFIER_GROUPS: Record<string, { name: string; priceMinor: number }[]> = {
  size: [
    { name: 'Small', priceMinor: -40 },
    { name: 'Large', priceMinor: 60 },
  ],
  milk: [
    { name: 'Oat', priceMinor: 60 },
    { name: 'Almond', priceMinor: 60 },
    { name: 'Skim', priceMinor: 0 },
  ],
  extra: [
    { name: 'Extra shot', priceMinor: 90 },
    { name: 'Extra hot', priceMinor: 0 },
    { name: 'Vanilla syrup', priceMinor: 50 },
    { name: 'Decaf', priceMinor: 0 },
  ],
}

const COFFEE = ['size', 'milk', 'extra']
const ITEMS: { name: string; category: string; priceMinor: number; groups: string[] }[] = [
  { name: 'Espresso', category: 'Coffee', priceMinor: 260, groups: ['extra'] },
  { name: 'Americano', category: 'Coffee', priceMinor: 310, groups: COFFEE },
  { name: 'Flat white', category: 'Coffee', priceMinor: 420, groups: COFFEE },
  { name: 'Latte', category: 'Coffee', priceMinor: 450, groups: COFFEE },
  { name: 'Cappuccino', category: 'Coffee', priceMinor: 440, groups: COFFEE },
  { name: 'Cortado', category: 'Coffee', priceMinor: 380, groups: ['milk', 'extra'] },
  { name: 'Mocha', category: 'Coffee', priceMinor: 490, groups: COFFEE },
  { name: 'House coffee', category: 'Coffee', priceMinor: 210, groups: ['size', 'milk'] },
  { name: 'Cold brew', category: 'Coffee', priceMinor: 420, groups: ['size', 'milk'] },
  { name: 'Earl Grey', category: 'Tea', priceMinor: 290, groups: ['size', 'milk'] },
  { name: 'Chai latte', category: 'Tea', priceMinor: 430, groups: ['size', 'milk'] },
  { name: 'Matcha latte', category: 'Tea', priceMinor: 480, groups: ['size', 'milk'] },
  { name: 'Croissant', category: 'Food', priceMinor: 260, groups: [] },
  { name: 'Blueberry muffin', category: 'Food', priceMinor: 300, groups: [] },
  { name: 'Banana bread', category: 'Food', priceMinor: 320, groups: [] },
  { name: 'Ham & cheese toastie', category: 'Food', priceMinor: 650, groups: [] },
  { name: 'Avocado toast', category: 'Food', priceMinor: 790, groups: [] },
]

interface Fixtures {
  locations: { id: string; timeZone: string; staffIds: string[] }[]
  benchStaffId: string
  /** Picks a random line: `drink` chooses from coffee and tea, otherwise from food. */
  randomLine(drink: boolean): number
  templates: LineTemplate[]
}

async function insertFixtures(sqlite: Sqlite, random: () => number, ids: (at: number) => string, now: number): Promise<Fixtures> {
  const created = new Date(now - (HORIZON_DAYS + 30) * 86_400_000)
  const at = created.toISOString()
  const locations = LOCATIONS.map((location) => ({ ...location, id: ids(created.getTime()), staffIds: [] as string[] }))
  const pinHash = await hashPin(BENCH_PIN)
  const insertLocation = sqlite.prepare('insert into location (id, name, time_zone, country, created_at) values (?, ?, ?, ?, ?)')
  const insertStaff = sqlite.prepare(
    'insert into staff_member (id, first_name, last_name, role, home_location_id, pin_hash, created_at) values (?, ?, ?, ?, ?, ?, ?)',
  )
  for (const location of locations) {
    insertLocation.run(location.id, location.name, location.timeZone, 'US', at)
    for (const [index, first] of ['Sam', 'Jo', 'Ali'].entries()) {
      const id = ids(created.getTime())
      insertStaff.run(id, first, `Bench${index}`, index === 0 ? 'manager' : 'staff', location.id, pinHash, at)
      location.staffIds.push(id)
    }
  }

  const insertModifier = sqlite.prepare('insert into modifier (id, group_name, name, price_minor, position) values (?, ?, ?, ?, ?)')
  const modifiers = new Map<string, { id: string; name: string; priceMinor: number }[]>()
  for (const [group, options] of Object.entries(MODIFIER_GROUPS)) {
    modifiers.set(
      group,
      options.map((option, position) => {
        const id = ids(created.getTime())
        insertModifier.run(id, group, option.name, option.priceMinor, position)
        return { id, ...option }
      }),
    )
  }

  // Every item with every choice of at most one modifier per group, so a line is a table lookup.
  const insertItem = sqlite.prepare('insert into catalog_item (id, sku, name, category, price_minor, modifier_groups, position) values (?, ?, ?, ?, ?, ?, ?)')
  const templates: LineTemplate[] = []
  const catalog = ITEMS.map((item, position) => {
    const id = ids(created.getTime())
    insertItem.run(id, `B${String(position).padStart(3, '0')}`, item.name, item.category, item.priceMinor, JSON.stringify(item.groups), position)
    const offset = templates.length
    const radices = item.groups.map((group) => modifiers.get(group)!.length + 1)
    const combinations = radices.reduce((product, radix) => product * radix, 1)
    for (let combination = 0; combination < combinations; combination++) {
      let rest = combination
      const chosen = item.groups.flatMap((group, index) => {
        const choice = rest % radices[index]!
        rest = Math.floor(rest / radices[index]!)
        return choice === 0 ? [] : [modifiers.get(group)![choice - 1]!]
      })
      templates.push({
        itemId: id,
        name: item.name,
        unitPriceMinor: item.priceMinor + chosen.reduce((sum, modifier) => sum + modifier.priceMinor, 0),
        modifiers: JSON.stringify(chosen),
        usualKey: usualKeyOf(id, chosen.map((modifier) => modifier.id)),
      })
    }
    return { ...item, offset, radices, drink: item.category !== 'Food' }
  })
  const drinks = catalog.filter((item) => item.drink)
  const food = catalog.filter((item) => !item.drink)
  const randomLine = (drink: boolean) => {
    const pool = drink ? drinks : food
    const item = pool[Math.floor(random() * pool.length)]!
    let combination = 0
    let scale = 1
    for (const radix of item.radices) {
      if (random() >= 0.6) combination += scale * (1 + Math.floor(random() * (radix - 1)))
      scale *= radix
    }
    return item.offset + combination
  }
  return { locations, benchStaffId: locations[0]!.staffIds[1]!, randomLine, templates }
}

/** Zipf-like pick from a list ordered by frequency. */
function zipfPicker<T>(items: T[], random: () => number, exponent = 0.9) {
  const cumulative = new Float64Array(items.length)
  let total = 0
  items.forEach((_, rank) => {
    total += 1 / (rank + 1) ** exponent
    cumulative[rank] = total
  })
  return () => {
    const target = random() * total
    let low = 0
    let high = items.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle]! < target) low = middle + 1
      else high = middle
    }
    return items[low]!
  }
}

const gaussian = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())

function multiRowInsert(sqlite: Sqlite, table: string, columns: string[]) {
  const row = `(${columns.map(() => '?').join(', ')})`
  const head = `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values `
  const many = sqlite.prepare(head + Array(ROWS_PER_INSERT).fill(row).join(', '))
  const one = sqlite.prepare(head + row)
  let params: unknown[] = []
  const full = ROWS_PER_INSERT * columns.length
  return {
    push(...values: unknown[]) {
      for (const value of values) params.push(value)
      if (params.length === full) {
        many.run(params)
        params = []
      }
    },
    flush() {
      for (let start = 0; start < params.length; start += columns.length) one.run(params.slice(start, start + columns.length))
      params = []
    },
  }
}

interface CustomerPlan {
  ids: string[]
  firstDay: Int16Array
  lastDay: Int16Array
  home: Uint8Array
  rate: Float64Array
  usual: Int16Array
  loyalty: Float32Array
  tokens: number
}

async function insertCustomers(
  sqlite: Sqlite,
  options: SeedOptions,
  random: () => number,
  ids: (at: number) => string,
  dayStart: Float64Array[],
  phases: SeedMeta['phases'],
): Promise<CustomerPlan> {
  const n = options.customers
  const plan: CustomerPlan = {
    ids: new Array<string>(n),
    firstDay: new Int16Array(n),
    lastDay: new Int16Array(n),
    home: new Uint8Array(n),
    rate: new Float64Array(n),
    usual: new Int16Array(n),
    loyalty: new Float32Array(n),
    tokens: 0,
  }
  const customers = multiRowInsert(sqlite, 'customer', [
    'id',
    'display_name',
    'pronunciation',
    'phone',
    'email',
    'birth_month',
    'birth_day',
    'household',
    'tags',
    'contact_consent_at',
    'card_code',
    'created_at',
    'updated_at',
  ])
  const tokens = multiRowInsert(sqlite, 'customer_name_token', ['token', 'customer_id', 'member'])
  const firstName = zipfPicker(FIRST_NAMES, random, 0.7)
  const lastName = zipfPicker(LAST_NAMES, random, 0.8)
  const phones = new Set<number>()
  const cards = new Set<string>()
  const bar = options.onPhase?.('customers')
  const started = performance.now()

  for (let start = 0; start < n; start += BATCH) {
    sqlite.exec('begin')
    for (let i = start; i < Math.min(n, start + BATCH); i++) {
      // Customers join evenly over the horizon and order from the day they join.
      const day = Math.min(HORIZON_DAYS - 1, Math.floor(((i + random()) / n) * HORIZON_DAYS))
      const location = Math.floor(random() * dayStart.length)
      const createdAt = dayStart[location]![day]! + (7 * 60 + Math.floor(random() * 720)) * 60_000 + Math.floor(random() * 60_000)
      const id = ids(createdAt)
      const first = firstName()
      const last = lastName()
      const displayName = `${first} ${last}`
      let phone: number
      do phone = Number(`${AREA_CODES[Math.floor(random() * AREA_CODES.length)]}${200 + Math.floor(random() * 800)}${String(Math.floor(random() * 10_000)).padStart(4, '0')}`)
      while (phones.has(phone))
      phones.add(phone)
      let card: string
      do card = cardCode(random)
      while (cards.has(card))
      cards.add(card)
      const household = random() < 0.05 ? [{ name: `${firstName()} ${last}`, relation: RELATIONS[Math.floor(random() * RELATIONS.length)]! }] : []
      const email = random() < 0.4 ? `${first}.${last}${i % 100}@example.com`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.@]/g, '') : null
      const birthday = random() < 0.6 ? [1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)] : [null, null]
      const created = new Date(createdAt).toISOString()
      customers.push(id, displayName, null, `+1${phone}`, email, birthday[0], birthday[1], JSON.stringify(household), '[]', email ? created : null, card, created, created)
      for (const row of tokenRowsOf({ id, displayName, household })) {
        tokens.push(row.token, row.customer_id, row.member)
        plan.tokens += 1
      }

      plan.ids[i] = id
      plan.firstDay[i] = day
      // Some regulars stop coming (lapsing); everyone else is still around.
      plan.lastDay[i] = random() < 0.15 ? day + Math.floor(random() * (HORIZON_DAYS - day)) : HORIZON_DAYS - 1
      plan.home[i] = location
      // Visit rates are log-normal: most come now and then, a few come almost daily.
      plan.rate[i] = Math.exp(1.3 * gaussian(random))
      plan.loyalty[i] = 0.4 + random() * 0.55
    }
    customers.flush()
    tokens.flush()
    sqlite.exec('commit')
    bar?.update(Math.min(n, start + BATCH), n)
    await yieldToEventLoop()
  }
  bar?.stop()
  phases.push({ name: 'customers + name tokens', rows: n + plan.tokens, seconds: (performance.now() - started) / 1000 })
  return plan
}

/** 8 random Crockford characters with at least one digit, then the check character (as `newCardCode`). */
function cardCode(random: () => number): string {
  for (;;) {
    let payload = ''
    let digits = 0
    for (let i = 0; i < 8; i++) {
      const value = Math.floor(random() * 32)
      if (value < 10) digits += 1
      payload += CROCKFORD_ALPHABET[value]
    }
    if (digits > 0) return payload + checkCharacter(payload)
  }
}

async function insertOrders(
  sqlite: Sqlite,
  options: SeedOptions,
  random: () => number,
  ids: (at: number) => string,
  plan: CustomerPlan,
  fixtures: Fixtures,
  dayStart: Float64Array[],
  dayNames: string[],
  phases: SeedMeta['phases'],
): Promise<number> {
  const n = options.customers
  const total = options.orders
  for (let i = 0; i < n; i++) plan.usual[i] = fixtures.randomLine(true)

  // How many orders each customer placed: one on the day they joined, the rest in proportion to rate × days active.
  const counts = new Int32Array(n)
  const capOf = (i: number) => 2 * (plan.lastDay[i]! - plan.firstDay[i]! + 1)
  const base = total >= n ? 1 : 0
  let expected = 0
  for (let i = 0; i < n; i++) expected += plan.rate[i]! * (plan.lastDay[i]! - plan.firstDay[i]! + 1)
  const scale = (total - base * n) / expected
  let assigned = 0
  for (let i = 0; i < n; i++) {
    counts[i] = Math.min(capOf(i), base + Math.floor(plan.rate[i]! * (plan.lastDay[i]! - plan.firstDay[i]! + 1) * scale + random()))
    assigned += counts[i]!
  }
  while (assigned !== total) {
    const i = Math.floor(random() * n)
    if (assigned < total && counts[i]! < capOf(i)) {
      counts[i]! += 1
      assigned += 1
    } else if (assigned > total && counts[i]! > base) {
      counts[i]! -= 1
      assigned -= 1
    }
  }

  // Place every order in time (minute of the horizon, UTC), then insert them in that order, as a live system would.
  const who = new Int32Array(total)
  const minute = new Int32Array(total)
  const where = new Uint8Array(total)
  const day = new Int16Array(total)
  const origin = Math.min(...dayStart.map((starts) => starts[0]!))
  let k = 0
  for (let i = 0; i < n; i++) {
    const span = plan.lastDay[i]! - plan.firstDay[i]! + 1
    for (let j = 0; j < counts[i]!; j++) {
      const d = j === 0 ? plan.firstDay[i]! : plan.firstDay[i]! + Math.floor(random() * span)
      const location = random() < 0.88 ? plan.home[i]! : Math.floor(random() * dayStart.length)
      who[k] = i
      day[k] = d
      where[k] = location
      minute[k] = Math.floor((dayStart[location]![d]! - origin) / 60_000) + 7 * 60 + Math.floor(random() * 720)
      k += 1
    }
  }
  const buckets = new Int32Array(HORIZON_DAYS * 1440 + 2 * 1440)
  for (let o = 0; o < total; o++) buckets[minute[o]! + 1]! += 1
  for (let b = 1; b < buckets.length; b++) buckets[b]! += buckets[b - 1]!
  const sorted = new Int32Array(total)
  for (let o = 0; o < total; o++) sorted[buckets[minute[o]!]!++] = o

  const orders = multiRowInsert(sqlite, 'order', ['id', 'location_id', 'customer_id', 'staff_id', 'status', 'source', 'total_minor', 'placed_at', 'local_day'])
  const lines = multiRowInsert(sqlite, 'order_line', [
    'id',
    'order_id',
    'position',
    'catalog_item_id',
    'name',
    'quantity',
    'unit_price_minor',
    'modifiers',
    'usual_key',
    'line_total_minor',
  ])
  const bar = options.onPhase?.('orders')
  const started = performance.now()
  let lineCount = 0
  const chosen: number[] = []
  for (let start = 0; start < total; start += BATCH) {
    sqlite.exec('begin')
    for (let s = start; s < Math.min(total, start + BATCH); s++) {
      const o = sorted[s]!
      const customer = who[o]!
      const location = fixtures.locations[where[o]!]!
      const placedAt = origin + minute[o]! * 60_000 + Math.floor(random() * 60_000)
      const id = ids(placedAt)
      chosen.length = 0
      chosen.push(random() < plan.loyalty[customer]! ? plan.usual[customer]! : fixtures.randomLine(true))
      const extra = random()
      if (extra < 0.3) chosen.push(fixtures.randomLine(false))
      if (extra < 0.1) chosen.push(fixtures.randomLine(random() < 0.5))
      let totalMinor = 0
      chosen.forEach((templateIndex, position) => {
        const template = fixtures.templates[templateIndex]!
        const quantity = random() < 0.95 ? 1 : 2
        const lineTotal = template.unitPriceMinor * quantity
        totalMinor += lineTotal
        lines.push(`${id}:${position}`, id, position, template.itemId, template.name, quantity, template.unitPriceMinor, template.modifiers, template.usualKey, lineTotal)
      })
      lineCount += chosen.length
      const staffIds = location.staffIds
      orders.push(
        id,
        location.id,
        plan.ids[customer],
        staffIds[Math.floor(random() * staffIds.length)],
        'paid',
        'pos',
        totalMinor,
        new Date(placedAt).toISOString(),
        dayNames[day[o]!],
      )
    }
    orders.flush()
    lines.flush()
    sqlite.exec('commit')
    bar?.update(Math.min(total, start + BATCH), total)
    await yieldToEventLoop()
  }
  bar?.stop()
  phases.push({ name: 'orders + order lines', rows: total + lineCount, seconds: (performance.now() - started) / 1000 })
  return lineCount
}
