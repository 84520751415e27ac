import type { Db } from '../db/connect.js'
import { bulkInsert } from '../db/bulk.js'
import { tokenRowsOf } from '../db/repositories/customers.repository.js'
import { orderRows } from '../db/repositories/orders.repository.js'
import { couponRow } from '../db/repositories/coupons.repository.js'
import { gestureRow } from '../db/repositories/empowerment.repository.js'
import { feedbackRow, kudosRow, replyRow, taskRow } from '../db/repositories/feedback.repository.js'
import { kudosFor, tasksFor, type Feedback, type Kudos, type Reply, type Task } from '../domain/feedback/index.js'
import { DEFAULT_RECOVERY_MESSAGE, newCouponCode, newCouponToken, type Coupon } from '../domain/coupons/index.js'
import { APPROVAL_WINDOW_MS, DEFAULT_POLICIES, type Gesture, type GestureReason, type GestureType } from '../domain/empowerment/index.js'
import type { CatalogItem, Modifier } from '../domain/catalog/index.js'
import { newCardCode, type HouseholdMember } from '../domain/customers/index.js'
import { priceLines, type Order, type OrderLineRequest } from '../domain/orders/index.js'
import { refitBgNbdIfPossible } from '../domain/insights/index.js'
import type { Deps } from '../domain/ports.js'
import { DEFAULT_BUSINESS } from '../domain/shared/settings.js'
import { addDays, localDay, startOfDayString } from '../domain/shared/instant.js'
import { hashPin, type Role } from '../domain/staff/index.js'
import { bytesFrom, exponential, pick, seededRandom } from './random.js'
import { DEMO_STAMP_PROGRAMME, demoStamps, stampRows } from './demo-ledgers.js'
import { tabAccountRow } from '../db/repositories/tabs.repository.js'
import { STAMP_PROGRAMME_SETTING } from '../domain/loyalty/index.js'

export interface DemoOptions {
  customers: number
  seed: number
  onProgress?: (done: number, total: number) => void
}

export interface DemoSummary {
  locations: { id: string; name: string }[]
  staff: { id: string; name: string; role: Role; locationId: string; pin: string }[]
  customers: number
  orders: number
}

export const DEMO_SETTING = 'demo'

const LOCATIONS = [
  { key: 'main', name: 'Main St', timeZone: 'America/New_York' },
  { key: 'harbor', name: 'Harbor', timeZone: 'America/New_York' },
  { key: 'riverside', name: 'Riverside', timeZone: 'America/Chicago' },
] as const

const STAFF: { first: string; last: string; role: Role; location: (typeof LOCATIONS)[number]['key'] }[] = [
  { first: 'Ann', last: 'Marsh', role: 'owner', location: 'main' },
  { first: 'Priya', last: 'Shah', role: 'manager', location: 'main' },
  { first: 'Sam', last: 'Carter', role: 'staff', location: 'main' },
  { first: 'Jo', last: 'Lee', role: 'staff', location: 'main' },
  { first: 'Ali', last: 'Khan', role: 'staff', location: 'main' },
  { first: 'Melissa', last: 'Grant', role: 'manager', location: 'harbor' },
  { first: 'Ben', last: 'Ortiz', role: 'staff', location: 'harbor' },
  { first: 'Chloe', last: 'Adams', role: 'staff', location: 'harbor' },
  { first: 'Omar', last: 'Haddad', role: 'manager', location: 'riverside' },
  { first: 'Lena', last: 'Fischer', role: 'staff', location: 'riverside' },
  { first: 'Nina', last: 'Patel', role: 'staff', location: 'riverside' },
]

const MODIFIERS: (Omit<Modifier, 'id'> & { key: string })[] = [
  { key: 'small', group: 'size', name: 'Small', priceMinor: -40 },
  { key: 'large', group: 'size', name: 'Large', priceMinor: 60 },
  { key: 'oat', group: 'milk', name: 'Oat', priceMinor: 60 },
  { key: 'almond', group: 'milk', name: 'Almond', priceMinor: 60 },
  { key: 'skim', group: 'milk', name: 'Skim', priceMinor: 0 },
  { key: 'shot', group: 'extra', name: 'Extra shot', priceMinor: 90 },
  { key: 'hot', group: 'extra', name: 'Extra hot', priceMinor: 0 },
  { key: 'vanilla', group: 'extra', name: 'Vanilla syrup', priceMinor: 50 },
  { key: 'decaf', group: 'extra', name: 'Decaf', priceMinor: 0 },
]

const COFFEE = ['size', 'milk', 'extra']
const ITEMS: (Omit<CatalogItem, 'id' | 'position'> & { key: string })[] = [
  { key: 'espresso', sku: 'ESP', name: 'Espresso', category: 'Coffee', priceMinor: 260, modifierGroups: ['extra'] },
  { key: 'americano', sku: 'AME', name: 'Americano', category: 'Coffee', priceMinor: 310, modifierGroups: COFFEE },
  { key: 'flatwhite', sku: 'FLW', name: 'Flat white', category: 'Coffee', priceMinor: 420, modifierGroups: COFFEE },
  { key: 'latte', sku: 'LAT', name: 'Latte', category: 'Coffee', priceMinor: 450, modifierGroups: COFFEE },
  { key: 'cappuccino', sku: 'CAP', name: 'Cappuccino', category: 'Coffee', priceMinor: 440, modifierGroups: COFFEE },
  { key: 'cortado', sku: 'COR', name: 'Cortado', category: 'Coffee', priceMinor: 380, modifierGroups: ['milk', 'extra'] },
  { key: 'mocha', sku: 'MOC', name: 'Mocha', category: 'Coffee', priceMinor: 490, modifierGroups: COFFEE },
  { key: 'drip', sku: 'DRP', name: 'House coffee', category: 'Coffee', priceMinor: 210, modifierGroups: ['size', 'milk'] },
  { key: 'coldbrew', sku: 'CLD', name: 'Cold brew', category: 'Coffee', priceMinor: 420, modifierGroups: ['size', 'milk'] },
  { key: 'icedlatte', sku: 'ICL', name: 'Iced latte', category: 'Coffee', priceMinor: 470, modifierGroups: COFFEE },
  { key: 'earlgrey', sku: 'EGT', name: 'Earl Grey', category: 'Tea', priceMinor: 290, modifierGroups: ['size', 'milk'] },
  { key: 'green', sku: 'GRT', name: 'Green tea', category: 'Tea', priceMinor: 290, modifierGroups: ['size'] },
  { key: 'chai', sku: 'CHA', name: 'Chai latte', category: 'Tea', priceMinor: 430, modifierGroups: ['size', 'milk'] },
  { key: 'matcha', sku: 'MAT', name: 'Matcha latte', category: 'Tea', priceMinor: 480, modifierGroups: ['size', 'milk'] },
  { key: 'mint', sku: 'MNT', name: 'Peppermint tea', category: 'Tea', priceMinor: 280, modifierGroups: ['size'] },
  { key: 'croissant', sku: 'CRO', name: 'Croissant', category: 'Food', priceMinor: 260, modifierGroups: [] },
  { key: 'painchoc', sku: 'PAC', name: 'Pain au chocolat', category: 'Food', priceMinor: 290, modifierGroups: [] },
  { key: 'muffin', sku: 'MUF', name: 'Blueberry muffin', category: 'Food', priceMinor: 300, modifierGroups: [] },
  { key: 'bananabread', sku: 'BNB', name: 'Banana bread', category: 'Food', priceMinor: 320, modifierGroups: [] },
  { key: 'toastie', sku: 'TOA', name: 'Ham & cheese toastie', category: 'Food', priceMinor: 650, modifierGroups: [] },
  { key: 'avotoast', sku: 'AVO', name: 'Avocado toast', category: 'Food', priceMinor: 790, modifierGroups: [] },
  { key: 'bagel', sku: 'BAG', name: 'Bagel & cream cheese', category: 'Food', priceMinor: 380, modifierGroups: [] },
  { key: 'cake', sku: 'CAK', name: 'Chocolate cake', category: 'Food', priceMinor: 450, modifierGroups: [] },
  { key: 'beans', sku: 'BNS', name: 'House beans 250 g', category: 'Retail', priceMinor: 1400, modifierGroups: [] },
  { key: 'cup', sku: 'CUP', name: 'Reusable cup', category: 'Retail', priceMinor: 1200, modifierGroups: [] },
]

const FIRST = 'Olivia Liam Emma Noah Ava Elijah Sophia James Isabella Lucas Mia Mason Amelia Ethan Harper Logan Evelyn Aiden Abigail Jackson Emily Sebastian Ella Mateo Avery Jack Scarlett Owen Grace Daniel Chloe Henry Victoria Wyatt Riley Leo Aria Julian Lily Ezra Zoe Hudson Nora Isaac Hannah Gabriel Layla Carter Zoey Jayden Penelope Maya Luke Stella Anthony Aurora Dylan Hazel Levi Jill Marc Ruth Tom Dev Ines Kenji Amara Tariq Sofia Björn Zoë Renée José'.split(' ')
const LAST = 'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Okafor Becker Reyes Alvarez Kim Novak Rossi Müller Dubois Tanaka Okoye Silva'.split(' ')
const AREA_CODES = ['415', '212', '617', '312', '646', '718', '510', '773', '503', '206']

interface Persona {
  name: string
  pronunciation?: string
  phone: string
  email?: string
  household?: HouseholdMember[]
  usual: OrderLineRequest
  location: (typeof LOCATIONS)[number]['key']
  meanGapDays: number
  loyalty: number
  /** Days before now when they stopped coming (a lapsing regular). */
  lapsedDays?: number
  birthdayInDays?: number
  notes?: { by: string; body: string; daysAgo: number }[]
}

/** Seeds a deterministic demo business: 3 locations, staff of each role, a café catalog and customers with 6 months of visits. */
export async function seedDemo(db: Db, deps: Deps, options: DemoOptions): Promise<DemoSummary> {
  const random = seededRandom(options.seed)
  const bytes = bytesFrom(random)
  const uuid = () => {
    const hex = [...bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  }
  const now = deps.clock.now()
  const nowIso = now.toISOString()

  const locations = LOCATIONS.map((location) => ({ ...location, id: uuid(), country: 'US' }))
  const locationByKey = new Map(locations.map((location) => [location.key, location]))
  await bulkInsert(db, 'location', locations.map(({ id, name, timeZone, country }) => ({ id, name, time_zone: timeZone, country, created_at: nowIso })))

  const staff = STAFF.map((member) => ({ ...member, id: uuid(), pin: String(100_000 + Math.floor(random() * 900_000)), locationId: locationByKey.get(member.location)!.id }))
  const hashes = await Promise.all(staff.map((member) => hashPin(member.pin)))
  await bulkInsert(
    db,
    'staff_member',
    staff.map((member, index) => ({
      id: member.id,
      first_name: member.first,
      last_name: member.last,
      role: member.role,
      home_location_id: member.locationId,
      pin_hash: hashes[index],
      created_at: nowIso,
    })),
  )

  const modifiers = MODIFIERS.map((modifier, position) => ({ ...modifier, id: uuid(), position }))
  const mod = (key: string) => modifiers.find((modifier) => modifier.key === key)!.id
  const items = ITEMS.map((item, position) => ({ ...item, id: uuid(), position }))
  const item = (key: string) => items.find((candidate) => candidate.key === key)!.id
  await bulkInsert(db, 'modifier', modifiers.map((m) => ({ id: m.id, group_name: m.group, name: m.name, price_minor: m.priceMinor, position: m.position })))
  await bulkInsert(
    db,
    'catalog_item',
    items.map((i) => ({ id: i.id, sku: i.sku, name: i.name, category: i.category, price_minor: i.priceMinor, modifier_groups: JSON.stringify(i.modifierGroups), position: i.position })),
  )
  const catalog = { items, modifiers }

  const personas: Persona[] = [
    {
      name: 'Jill Okafor',
      pronunciation: 'JILL oh-KAH-for',
      phone: '+14155550142',
      email: 'jill.okafor@example.com',
      household: [{ name: 'Dev Okafor', relation: 'husband' }],
      usual: { catalogItemId: item('flatwhite'), modifierIds: [mod('oat'), mod('hot')] },
      location: 'main',
      meanGapDays: 1.6,
      loyalty: 0.85,
      birthdayInDays: 4,
      notes: [
        { by: 'Sam', body: 'Training for the Boston marathon. Ask how the long run went.', daysAgo: 9 },
        { by: 'Jo', body: 'Prefers her flat white extra hot, no art.', daysAgo: 40 },
      ],
    },
    {
      name: 'Tom Becker',
      pronunciation: 'TOM BECK-er',
      phone: '+14155550177',
      usual: { catalogItemId: item('drip'), modifierIds: [] },
      location: 'main',
      meanGapDays: 1.3,
      loyalty: 0.9,
      notes: [{ by: 'Sam', body: 'Works from the back booth; happy to settle up later.', daysAgo: 3 }],
    },
    {
      name: 'Dan Reyes',
      phone: '+14155550190',
      email: 'dan.reyes@example.com',
      usual: { catalogItemId: item('americano'), modifierIds: [mod('shot')] },
      location: 'main',
      meanGapDays: 6,
      loyalty: 0.7,
    },
    {
      name: 'Ruth Alvarez',
      pronunciation: 'ROOTH AL-vuh-rez',
      phone: '+14155550123',
      email: 'ruth.alvarez@example.com',
      usual: { catalogItemId: item('earlgrey'), modifierIds: [mod('skim')] },
      location: 'harbor',
      meanGapDays: 3,
      loyalty: 0.8,
    },
    {
      name: 'Grace Kim',
      phone: '+14155550166',
      usual: { catalogItemId: item('latte'), modifierIds: [mod('almond'), mod('vanilla')] },
      location: 'main',
      meanGapDays: 2,
      loyalty: 0.8,
      lapsedDays: 36,
    },
  ]

  const storyCount = personas.length
  const phones = new Set(personas.map((persona) => persona.phone))
  const drinks = items.filter((i) => i.category === 'Coffee' || i.category === 'Tea')
  const food = items.filter((i) => i.category === 'Food')
  const randomLine = (pool: typeof items): OrderLineRequest => {
    const chosen = pick(random, pool)
    const modifierIds = chosen.modifierGroups.flatMap((group) => {
      if (random() < 0.6) return []
      return [pick(random, modifiers.filter((m) => m.group === group)).id]
    })
    return { catalogItemId: chosen.id, modifierIds }
  }
  while (personas.length < options.customers) {
    let phone: string
    do phone = `+1${pick(random, AREA_CODES)}${200 + Math.floor(random() * 800)}${String(Math.floor(random() * 10_000)).padStart(4, '0')}`
    while (phones.has(phone))
    phones.add(phone)
    const first = pick(random, FIRST)
    const last = pick(random, LAST)
    const kind = random()
    personas.push({
      name: `${first} ${last}`,
      phone,
      email: random() < 0.5 ? `${first}.${last}@example.com`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') : undefined,
      usual: randomLine(drinks),
      location: pick(random, LOCATIONS).key,
      meanGapDays: kind < 0.15 ? 3 + random() * 4 : kind < 0.45 ? 8 + random() * 10 : 30 + random() * 40,
      loyalty: 0.45 + random() * 0.5,
      lapsedDays: random() < 0.12 ? 20 + Math.floor(random() * 60) : undefined,
      household: random() < 0.08 ? [{ name: `${pick(random, FIRST)} ${last}` }] : undefined,
    })
  }

  const staffAt = (locationId: string) => staff.filter((member) => member.locationId === locationId && member.role !== 'owner')
  const horizonDays = 182
  const customerRows: Record<string, unknown>[] = []
  const tokenRows: Record<string, unknown>[] = []
  const orders: Order[] = []
  const todayStart = startOfDayString(localDay(now, 'America/New_York'), 'America/New_York')
  // After a repeat visit a generated customer stops coming with a chance of their own, Beta(1, 30) across customers
  // (1 in 31 on average), as BG/NBD has it. Without that spread the fit runs off to where everyone drops out alike,
  // and settles at some hours and not others. Its own random stream, so the named customers' visits stay as they were.
  const dropout = seededRandom(options.seed + 3)
  const placeAt = (daysAgo: number, timeZone: string) => {
    const day = localDay(new Date(todayStart.getTime() - daysAgo * 86_400_000 + 12 * 3_600_000), timeZone)
    const minutes = 7 * 60 + Math.floor(random() * 11 * 60)
    return new Date(startOfDayString(day, timeZone).getTime() + minutes * 60_000)
  }

  personas.forEach((persona, index) => {
    const id = uuid()
    const birthday =
      persona.birthdayInDays !== undefined
        ? (() => {
            const day = addDays(localDay(now, locationByKey.get(persona.location)!.timeZone), persona.birthdayInDays!)
            return { month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) }
          })()
        : random() < 0.7
          ? { month: 1 + Math.floor(random() * 12), day: 1 + Math.floor(random() * 28) }
          : null
    const createdDaysAgo = horizonDays + Math.floor(random() * 200)
    const createdAt = new Date(now.getTime() - createdDaysAgo * 86_400_000).toISOString()
    customerRows.push({
      id,
      display_name: persona.name,
      pronunciation: persona.pronunciation ?? null,
      phone: persona.phone,
      email: persona.email ?? null,
      birth_month: birthday?.month ?? null,
      birth_day: birthday?.day ?? null,
      household: JSON.stringify(persona.household ?? []),
      tags: '[]',
      contact_consent_at: persona.email ? createdAt : null,
      card_code: newCardCode(bytes),
      created_at: createdAt,
      updated_at: createdAt,
    })
    tokenRows.push(...tokenRowsOf({ id, displayName: persona.name, household: persona.household ?? [] }))

    const home = locationByKey.get(persona.location)!
    const stopAt = persona.lapsedDays ?? 0
    const dropoutChance = index < storyCount ? 0 : 1 - (1 - dropout()) ** (1 / 30)
    let visits = 0
    // The first fixed personas visit yesterday or today at the latest, so the demo greets them as regulars.
    let daysAgo = horizonDays - random() * persona.meanGapDays
    while (daysAgo > stopAt) {
      const location = random() < 0.88 ? home : pick(random, locations)
      const lines = [random() < persona.loyalty ? persona.usual : randomLine(drinks)]
      if (random() < 0.3) lines.push(randomLine(food))
      const placedAt = placeAt(Math.floor(daysAgo), location.timeZone)
      if (placedAt < now) {
        const priced = priceLines(catalog, lines)
        orders.push({
          id: uuid(),
          locationId: location.id,
          customerId: id,
          staffId: pick(random, staffAt(location.id)).id,
          status: 'paid',
          source: 'demo',
          totalMinor: priced.reduce((sum, line) => sum + line.lineTotalMinor, 0),
          placedAt,
          localDay: localDay(placedAt, location.timeZone),
          lines: priced,
        })
        if (++visits > 1 && dropout() < dropoutChance) break
      }
      daysAgo -= Math.max(1, exponential(random, persona.meanGapDays))
    }
    options.onProgress?.(index + 1, personas.length)
  })

  // Walk-ins who never gave a name.
  for (let n = 0; n < options.customers * 2; n++) {
    const location = pick(random, locations)
    const placedAt = placeAt(Math.floor(random() * horizonDays), location.timeZone)
    if (placedAt >= now) continue
    const priced = priceLines(catalog, [randomLine(drinks)])
    orders.push({
      id: uuid(),
      locationId: location.id,
      customerId: null,
      staffId: pick(random, staffAt(location.id)).id,
      status: 'paid',
      source: 'demo',
      totalMinor: priced[0]!.lineTotalMinor,
      placedAt,
      localDay: localDay(placedAt, location.timeZone),
      lines: priced,
    })
  }

  await bulkInsert(db, 'customer', customerRows)
  await bulkInsert(db, 'customer_name_token', tokenRows)
  const rows = orders.map(orderRows)
  await bulkInsert(db, 'order', rows.map((row) => row.order))
  await bulkInsert(db, 'order_line', rows.flatMap((row) => row.lines))

  const noteRows = personas.flatMap((persona, index) =>
    (persona.notes ?? []).map((note) => {
      const author = staff.find((member) => member.first === note.by)!
      return {
        id: uuid(),
        customer_id: customerRows[index]!.id,
        staff_id: author.id,
        location_id: author.locationId,
        body: note.body,
        created_at: new Date(now.getTime() - note.daysAgo * 86_400_000).toISOString(),
      }
    }),
  )
  await bulkInsert(db, 'customer_note', noteRows)

  const storyCustomers = new Set(customerRows.slice(0, storyCount).map((row) => row.id as string))
  const goodwill = demoGoodwill({ random, uuid, bytes, now, orders, staff, locations, storyCustomers, managerOf: (locationId) => staff.find((m) => m.locationId === locationId && m.role === 'manager')! })
  await bulkInsert(db, 'empowerment_policy', goodwill.policies)
  await bulkInsert(db, 'gesture', goodwill.gestures.map(gestureRow))
  await bulkInsert(db, 'coupon', goodwill.coupons.map(couponRow))

  // Stamp cards and Tom's house tab, on their own random stream so every earlier demo row stays as it was.
  const timeZones = new Map(locations.map((location) => [location.id, location.timeZone]))
  const stamps = stampRows(demoStamps(orders, (id) => timeZones.get(id) ?? 'UTC', now, uuid, seededRandom(options.seed + 7)))
  await bulkInsert(db, 'stamp_entry', stamps.entries)
  await bulkInsert(db, 'stamp_consumption', stamps.consumptions)
  const tom = customerRows[personas.findIndex((persona) => persona.name === 'Tom Becker')]
  const main = locationByKey.get('main')!
  if (tom) {
    await bulkInsert(db, 'tab_account', [
      tabAccountRow({ id: uuid(), customerId: tom.id as string, kind: 'tab', limitMinor: 2_000, status: 'open', locationId: main.id, openedBy: staff.find((m) => m.locationId === main.id && m.role === 'manager')!.id, openedAt: now, closedAt: null }),
    ])
  }

  // Its own random stream, so adding the loop left every earlier demo row as it was.
  const loop = demoLoop({ seed: options.seed, now, orders, staff, locations, emails: new Map(customerRows.map((row) => [row.id as string, (row.email as string | null) ?? null])) })
  await bulkInsert(db, 'gesture', loop.gestures.map(gestureRow))
  await bulkInsert(db, 'coupon', loop.coupons.map(couponRow))
  await bulkInsert(db, 'feedback', loop.feedback.map(feedbackRow))
  await bulkInsert(db, 'feedback_reply', loop.replies.map(replyRow))
  await bulkInsert(db, 'kudos', loop.kudos.map(kudosRow))
  await bulkInsert(db, 'task', loop.tasks.map(taskRow))

  await deps.uow.run(async (repos) => {
    await repos.settings.set('business', { ...DEFAULT_BUSINESS, customerCareContact: '(415) 555-0100 · care@usual.example' })
    await repos.settings.set(DEMO_SETTING, { seed: options.seed, customers: options.customers })
    await repos.settings.set(STAMP_PROGRAMME_SETTING, DEMO_STAMP_PROGRAMME)
    await repos.audit.record({
      actor: { type: 'system', id: 'demo' },
      action: 'demo.seeded',
      subjectType: 'business',
      subjectId: null,
      after: { seed: options.seed, customers: personas.length, orders: orders.length },
      at: now,
    })
  })

  // A demo too small to learn visit rhythms from is still a demo: the nightly refit tries again.
  await refitBgNbdIfPossible(deps)

  return {
    locations: locations.map(({ id, name }) => ({ id, name })),
    staff: staff.map((member) => ({ id: member.id, name: `${member.first} ${member.last}`, role: member.role, locationId: member.locationId, pin: member.pin })),
    customers: personas.length,
    orders: orders.length,
  }
}

interface GoodwillInput {
  random: () => number
  uuid: () => string
  bytes: (size: number) => Uint8Array
  now: Date
  orders: Order[]
  staff: { id: string; role: Role; locationId: string }[]
  locations: { id: string; name: string }[]
  /** The named customers the demo tells stories about: nothing given to them in the last 30 days, so any day's counter may give them a gesture within the staff limits. */
  storyCustomers: ReadonlySet<string>
  managerOf: (locationId: string) => { id: string }
}

const GESTURE_MIX: { type: GestureType; reason: GestureReason; weight: number }[] = [
  { type: 'comp_item', reason: 'delight', weight: 30 },
  { type: 'comp_item', reason: 'service_failure', weight: 10 },
  { type: 'bonus_stamp', reason: 'loyalty_thanks', weight: 20 },
  { type: 'recovery_coupon', reason: 'service_failure', weight: 15 },
  { type: 'discount', reason: 'loyalty_thanks', weight: 12 },
  { type: 'birthday', reason: 'birthday', weight: 6 },
  { type: 'gift', reason: 'delight', weight: 4 },
  { type: 'replacement', reason: 'defect', weight: 3 },
]

/** Policies, four months of gestures (a few answered by managers), recovery coupons (some used) and two requests waiting now. */
function demoGoodwill({ random, uuid, bytes, now, orders, staff, locations, storyCustomers, managerOf }: GoodwillInput) {
  const at = now.toISOString()
  const owner = staff.find((member) => member.role === 'owner')!
  const policies = (['staff', 'manager'] as const).map((role) => ({
    scope: 'chain',
    role,
    max_per_gesture_minor: DEFAULT_POLICIES[role].maxPerGestureMinor,
    daily_budget_minor: DEFAULT_POLICIES[role].dailyBudgetMinor,
    max_per_customer_30d_minor: DEFAULT_POLICIES[role].maxPerCustomer30dMinor,
    allowed_types: JSON.stringify(DEFAULT_POLICIES[role].allowedTypes),
    updated_at: at,
    updated_by: owner.id,
  }))
  const totalWeight = GESTURE_MIX.reduce((sum, mix) => sum + mix.weight, 0)
  const chooseMix = () => {
    let roll = random() * totalWeight
    return GESTURE_MIX.find((mix) => (roll -= mix.weight) < 0) ?? GESTURE_MIX[0]!
  }
  const since = now.getTime() - 120 * 86_400_000
  const quietFrom = now.getTime() - 31 * 86_400_000
  const gestures: Gesture[] = []
  const coupons: Coupon[] = []
  for (const order of orders) {
    if (!order.customerId || !order.staffId || order.placedAt.getTime() < since || random() > 0.04) continue
    const mix = chooseMix()
    const valueMinor =
      mix.type === 'bonus_stamp' ? 0 : mix.type === 'replacement' ? 4_500 : mix.type === 'discount' ? 100 + Math.floor(random() * 3) * 50 : (order.lines[0]?.unitPriceMinor ?? 300)
    const allowed = DEFAULT_POLICIES.staff.allowedTypes.includes(mix.type) && valueMinor <= DEFAULT_POLICIES.staff.maxPerGestureMinor
    const decided = allowed ? null : random() < 0.85 ? 'approved' : 'declined'
    const requestedAt = new Date(order.placedAt.getTime() + 60_000)
    const gesture: Gesture = {
      id: uuid(),
      type: mix.type,
      reason: mix.reason,
      valueMinor,
      note: mix.reason === 'service_failure' ? pick(random, ['Order took too long', 'Wrong milk the first time', 'Sandwich was missing']) : null,
      staffId: order.staffId,
      customerId: order.customerId,
      locationId: order.locationId,
      orderId: order.id,
      status: decided ?? 'granted',
      limit: decided ? (DEFAULT_POLICIES.staff.allowedTypes.includes(mix.type) ? 'per_gesture' : 'type_not_allowed') : null,
      capMinor: decided ? DEFAULT_POLICIES.staff.maxPerGestureMinor : null,
      wouldBeMinor: decided ? valueMinor : null,
      requestedAt,
      expiresAt: decided ? new Date(requestedAt.getTime() + APPROVAL_WINDOW_MS) : null,
      decidedAt: decided ? new Date(requestedAt.getTime() + 3 * 60_000) : null,
      decidedBy: decided ? managerOf(order.locationId).id : null,
      decisionNote: decided === 'declined' ? 'Let’s offer a repair first' : null,
      couponId: null,
    }
    let coupon: Coupon | null = null
    if (gesture.type === 'recovery_coupon' && gesture.status !== 'declined') {
      const redeemed = random() < 0.55 ? new Date(requestedAt.getTime() + (1 + Math.floor(random() * 10)) * 86_400_000) : null
      coupon = {
        id: uuid(),
        code: newCouponCode(bytes),
        token: newCouponToken(bytes),
        benefit: 'A drink on us',
        message: DEFAULT_RECOVERY_MESSAGE,
        valueMinor,
        customerId: gesture.customerId,
        gestureId: gesture.id,
        locationId: gesture.locationId,
        issuedBy: gesture.staffId,
        issuedAt: requestedAt,
        expiresAt: new Date(requestedAt.getTime() + 30 * 86_400_000),
        redeemedAt: redeemed && redeemed < now ? redeemed : null,
        redeemedLocationId: redeemed && redeemed < now ? gesture.locationId : null,
        redeemedStaffId: redeemed && redeemed < now ? gesture.staffId : null,
        redeemedOrderId: null,
      }
      gesture.couponId = coupon.id
    }
    // Decided after every random draw, so the rest of the demo stays the same row for row.
    if (storyCustomers.has(order.customerId) && order.placedAt.getTime() >= quietFrom) continue
    if (coupon) coupons.push(coupon)
    gestures.push(gesture)
  }
  // Two requests waiting for a manager at each location right now, asked by counter staff (a manager's own limits cover these).
  const counterStaff = new Set(staff.filter((member) => member.role === 'staff').map((member) => member.id))
  const recent = orders.filter((order) => order.customerId && order.staffId && counterStaff.has(order.staffId)).slice(-40)
  for (const location of locations) {
    const candidates = recent.filter((order) => order.locationId === location.id).slice(0, 2)
    candidates.forEach((order, index) => {
      const requestedAt = new Date(now.getTime() - (index + 1) * 60_000)
      const replacement = index === 0
      gestures.push({
        id: uuid(),
        type: replacement ? 'replacement' : 'comp_item',
        reason: replacement ? 'defect' : 'service_failure',
        valueMinor: replacement ? 1_400 : 1_250,
        note: replacement ? 'Bag of beans was stale; replace it' : 'Large order came out wrong twice',
        staffId: order.staffId!,
        customerId: order.customerId,
        locationId: location.id,
        orderId: null,
        status: 'pending_approval',
        limit: replacement ? 'type_not_allowed' : 'per_gesture',
        capMinor: replacement ? 0 : DEFAULT_POLICIES.staff.maxPerGestureMinor,
        wouldBeMinor: replacement ? 1_400 : 1_250,
        requestedAt,
        expiresAt: new Date(requestedAt.getTime() + APPROVAL_WINDOW_MS),
        decidedAt: null,
        decidedBy: null,
        decisionNote: null,
        couponId: null,
      })
    })
  }
  return { policies, gestures, coupons }
}

const PRAISE = [
  (name: string) => `${name} remembered my order before I said a word.`,
  (name: string) => `${name} was so kind when I spilled my coffee, and made me a new one.`,
  (name: string) => `Lovely chat with ${name} this morning. Made my day.`,
  (name: string) => `${name} learned my name after two visits. That is why I keep coming back.`,
]
const PRAISE_UNNAMED = ['Best flat white in town.', 'Quick, friendly and the croissants were still warm.', 'Such a calm place to work from.']
const PROBLEMS = ['Waited 15 minutes for a sandwich that never came.', 'My latte was lukewarm.', 'Wrong milk, and nobody noticed when I said so.', 'The card machine was down and I had no cash.', 'Table by the window was sticky.']
const IDEAS = ['Oat milk at no extra charge, please.', 'Open half an hour earlier on weekdays?', 'A loyalty stamp for bringing my own cup.']
/** Mean hours to a first reply, per location in demo order: Main St answers fastest. */
const REPLY_HOURS = [3, 6, 14]

interface LoopInput {
  seed: number
  now: Date
  orders: Order[]
  staff: { id: string; first: string; role: Role; locationId: string }[]
  locations: { id: string; timeZone: string }[]
  emails: Map<string, string | null>
}

/**
 * Four months of the loop: praise naming staff (kudos, thank-you tasks), problems (recovery tasks; some answered with
 * a recovery coupon within two days, some not), ideas, and replies a few hours later, slower at some locations.
 */
function demoLoop({ seed, now, orders, staff, locations, emails }: LoopInput) {
  const random = seededRandom(seed + 1)
  const bytes = bytesFrom(random)
  const uuid = () => {
    const hex = [...bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  }
  const owner = staff.find((member) => member.role === 'owner')!
  const managerOf = (locationId: string) => staff.find((member) => member.locationId === locationId && member.role === 'manager')!
  const since = now.getTime() - 120 * 86_400_000
  const byCustomer = new Map<string, number[]>()
  for (const order of orders) {
    if (!order.customerId) continue
    const times = byCustomer.get(order.customerId)
    if (times) times.push(order.placedAt.getTime())
    else byCustomer.set(order.customerId, [order.placedAt.getTime()])
  }
  const comesBack = (customerId: string, after: number) => (byCustomer.get(customerId) ?? []).some((t) => t > after + 3 * 86_400_000 && t <= after + 32 * 86_400_000)

  const feedback: Feedback[] = []
  const replies: Reply[] = []
  const kudos: Kudos[] = []
  const tasks: Task[] = []
  const gestures: Gesture[] = []
  const coupons: Coupon[] = []
  for (const order of orders) {
    if (order.placedAt.getTime() < since || !order.staffId) continue
    const roll = random()
    const kind = roll < 0.014 ? 'praise' : roll < 0.03 ? 'problem' : roll < 0.033 ? 'idea' : null
    if (!kind || (!order.customerId && random() < 0.7)) continue
    const receivedAt = new Date(order.placedAt.getTime() + (0.3 + random() * 5) * 3_600_000)
    if (receivedAt >= now) continue
    const server = staff.find((member) => member.id === order.staffId)!
    const named = kind === 'praise' && random() < 0.8 ? server : null
    const email = order.customerId ? (emails.get(order.customerId) ?? (random() < 0.4 ? `guest${Math.floor(random() * 1e6)}@example.com` : null)) : null
    const location = locations.find((candidate) => candidate.id === order.locationId)!
    const item: Feedback = {
      id: uuid(),
      kind,
      rating: kind === 'idea' ? null : kind === 'praise' ? (random() < 0.8 ? 5 : 4) : 1 + Math.floor(random() * 3),
      text: kind === 'praise' ? (named ? pick(random, PRAISE)(named.first) : pick(random, PRAISE_UNNAMED)) : kind === 'problem' ? pick(random, PROBLEMS) : pick(random, IDEAS),
      locationId: order.locationId,
      staffId: named?.id ?? null,
      customerId: order.customerId,
      contactEmail: email,
      source: order.customerId ? 'receipt' : 'location_qr',
      sourceId: order.customerId ? order.id : order.locationId,
      status: 'new',
      receivedAt,
    }
    const manager = managerOf(order.locationId)
    const made = tasksFor(item, { timeZone: location.timeZone, managerId: manager.id !== named?.id ? manager.id : null, staffFirstName: named?.first ?? null }, uuid)
    const ago = now.getTime() - receivedAt.getTime()
    tasks.push(...made.map((task) => ({ ...task, doneAt: ago > 2 * 86_400_000 ? new Date(receivedAt.getTime() + 20 * 3_600_000) : null })))
    const praised = kudosFor(item, uuid)
    if (praised) {
      // Older praise was seen at the person's next shift; the last two days' still waits for them at sign-in.
      const seenAt = ago > 2 * 86_400_000 ? new Date(receivedAt.getTime() + 20 * 3_600_000) : null
      kudos.push({ ...praised, seenAt })
      if (random() < 0.3) kudos.push({ ...praised, id: uuid(), from: 'manager', givenBy: manager.id, note: 'Thanked in person', givenAt: new Date(receivedAt.getTime() + 86_400_000), seenAt })
    }
    // Recovery is likelier where the customer came back: the demo's planted effect, so the chart has something to say.
    if (kind === 'problem' && order.customerId && random() < (comesBack(order.customerId, order.placedAt.getTime()) ? 0.75 : 0.25)) {
      const requestedAt = new Date(receivedAt.getTime() + (1 + random() * 30) * 3_600_000)
      if (requestedAt < now) {
        const valueMinor = order.lines[0]?.unitPriceMinor ?? 300
        const gesture: Gesture = {
          id: uuid(),
          type: 'recovery_coupon',
          reason: 'service_failure',
          valueMinor,
          note: 'Sorry about your visit: from their feedback',
          staffId: manager.id,
          customerId: order.customerId,
          locationId: order.locationId,
          orderId: null,
          status: 'granted',
          limit: null,
          capMinor: null,
          wouldBeMinor: null,
          requestedAt,
          expiresAt: null,
          decidedAt: null,
          decidedBy: null,
          decisionNote: null,
          couponId: uuid(),
        }
        gestures.push(gesture)
        coupons.push({
          id: gesture.couponId!,
          code: newCouponCode(bytes),
          token: newCouponToken(bytes),
          benefit: 'A drink on us',
          message: DEFAULT_RECOVERY_MESSAGE,
          valueMinor,
          customerId: order.customerId,
          gestureId: gesture.id,
          locationId: order.locationId,
          issuedBy: manager.id,
          issuedAt: requestedAt,
          expiresAt: new Date(requestedAt.getTime() + 30 * 86_400_000),
          redeemedAt: null,
          redeemedLocationId: null,
          redeemedStaffId: null,
          redeemedOrderId: null,
        })
      }
    }
    const replyAt = new Date(receivedAt.getTime() + (0.3 + exponential(random, REPLY_HOURS[locations.indexOf(location)] ?? 6)) * 3_600_000)
    if (email && replyAt < now && random() < 0.9) {
      replies.push({
        id: uuid(),
        feedbackId: item.id,
        staffId: random() < 0.5 ? owner.id : manager.id,
        body: `Thank you for writing to us. ${kind === 'problem' ? 'I am sorry; your next drink is on us.' : 'We read every message, and the team was glad of yours.'}`,
        sentTo: email,
        sentAt: replyAt,
      })
      item.status = 'replied'
    }
    feedback.push(item)
  }
  return { feedback, replies, kudos, tasks, gestures, coupons }
}

/** The demo PINs again, from the stored seed (the database only holds their hashes). */
export function demoPins(seed: number): string[] {
  const random = seededRandom(seed)
  const bytes = bytesFrom(random)
  for (let n = 0; n < LOCATIONS.length; n++) bytes(16)
  return STAFF.map(() => {
    bytes(16)
    return String(100_000 + Math.floor(random() * 900_000))
  })
}
