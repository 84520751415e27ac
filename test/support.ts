import type { FastifyInstance } from 'fastify'
import { compose, type App } from '../src/compose.js'
import { scratchSchema } from '../src/db/scratch-schema.js'
import type { DatabaseConfig } from '../src/config.js'
import type { Dialect } from '../src/db/connect.js'
import { fixedClock, type Clock } from '../src/domain/shared/clock.js'
import { hashPin, type Role } from '../src/domain/staff/index.js'
import { buildApp } from '../src/http/app.js'

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI always sets it). */
export function testDialects(): Dialect[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']
}

/** A fresh, migrated database: in-memory SQLite, or a throw-away schema in the test PostgreSQL. */
export async function freshDatabase(dialect: Dialect): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  if (dialect === 'sqlite') return { config: { dialect: 'sqlite', file: ':memory:' }, drop: async () => {} }
  const { url, drop } = await scratchSchema(process.env.TEST_DATABASE_URL!, 't')
  return { config: { dialect: 'postgres', url }, drop }
}

export interface World {
  /** The database, for a second app instance on it. */
  database: DatabaseConfig
  app: App
  http: FastifyInstance
  clock: ReturnType<typeof fixedClock>
  locations: { a: string; b: string }
  staff: Record<'sam' | 'priya' | 'bea' | 'ann', { id: string; pin: string; role: Role; locationId: string }>
  items: { flatWhite: string; croissant: string; drip: string }
  modifiers: { oat: string; hot: string; large: string }
  close(): Promise<void>
}

export const NOW = '2026-11-20T15:00:00.000Z'

/** Two locations (A in New York, B in Chicago), a barista and a manager at A, a barista at B, an owner, and a small catalog. */
export async function createWorld(dialect: Dialect, options: { clock?: Clock; trustProxy?: boolean | number | string } = {}): Promise<World> {
  const database = await freshDatabase(dialect)
  const clock = fixedClock(NOW)
  const app = await compose(database.config, { clock: options.clock ?? clock, poolSize: 20 })
  const at = clock.now()
  const ids = { a: 'loc-a', b: 'loc-b' }
  const staff = {
    sam: { id: 'staff-sam', pin: '111111', role: 'staff' as Role, locationId: ids.a, first: 'Sam' },
    priya: { id: 'staff-priya', pin: '222222', role: 'manager' as Role, locationId: ids.a, first: 'Priya' },
    bea: { id: 'staff-bea', pin: '333333', role: 'staff' as Role, locationId: ids.b, first: 'Bea' },
    ann: { id: 'staff-ann', pin: '444444', role: 'owner' as Role, locationId: ids.a, first: 'Ann' },
  }
  const items = { flatWhite: 'item-fw', croissant: 'item-cro', drip: 'item-drip' }
  const modifiers = { oat: 'mod-oat', hot: 'mod-hot', large: 'mod-large' }
  await app.deps.uow.run(async (repos) => {
    await repos.locations.insert({ id: ids.a, name: 'Main St', timeZone: 'America/New_York', country: 'US' }, at)
    await repos.locations.insert({ id: ids.b, name: 'Harbor', timeZone: 'America/Chicago', country: 'US' }, at)
    for (const member of Object.values(staff)) {
      await repos.staff.insert(
        { id: member.id, firstName: member.first, lastName: 'Test', role: member.role, homeLocationId: member.locationId, pinHash: await hashPin(member.pin), archivedAt: null },
        at,
      )
    }
    await repos.catalog.insertItem({ id: items.flatWhite, sku: 'FLW', name: 'Flat white', category: 'Coffee', priceMinor: 420, modifierGroups: ['size', 'milk', 'extra'], position: 1 })
    await repos.catalog.insertItem({ id: items.croissant, sku: 'CRO', name: 'Croissant', category: 'Food', priceMinor: 260, modifierGroups: [], position: 2 })
    await repos.catalog.insertItem({ id: items.drip, sku: 'DRP', name: 'House coffee', category: 'Coffee', priceMinor: 210, modifierGroups: ['size', 'milk'], position: 3 })
    await repos.catalog.insertModifier({ id: modifiers.oat, group: 'milk', name: 'Oat', priceMinor: 60, position: 1 })
    await repos.catalog.insertModifier({ id: modifiers.hot, group: 'extra', name: 'Extra hot', priceMinor: 0, position: 2 })
    await repos.catalog.insertModifier({ id: modifiers.large, group: 'size', name: 'Large', priceMinor: 60, position: 3 })
  })
  const http = await buildApp(app.deps, { ...app.http, logLevel: process.env.TEST_LOG ?? 'silent', web: false, live: app.live, trustProxy: options.trustProxy })
  await http.ready()
  return {
    database: database.config,
    app,
    http,
    clock,
    locations: ids,
    staff,
    items,
    modifiers,
    close: async () => {
      await http.close()
      await app.close()
      await database.drop()
    },
  }
}

/** Signs a member of the world in and returns the Cookie header to send. */
export async function signInAs(world: World, who: keyof World['staff'], locationId?: string): Promise<string> {
  const member = world.staff[who]
  const response = await world.http.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { locationId: locationId ?? member.locationId, staffId: member.id, pin: member.pin },
  })
  if (response.statusCode !== 201) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
  const cookie = response.cookies.find((c) => c.name === 'usual_session')!
  return `usual_session=${cookie.value}`
}
