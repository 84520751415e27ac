import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { preparedQuery } from '../../src/db/prepared.js'
import type { Role } from '../../src/domain/staff/index.js'
import { createWorld, testDialects, type World } from '../support.js'

/** Staff of some locations, by role; 'staff' is written into the query as a constant, the rest are parameters. */
const staffAt = preparedQuery((db, p: { locationIds: string[]; role: Role; limit: number }) =>
  db
    .selectFrom('staff_member')
    .select(['first_name'])
    .where('home_location_id', 'in', p.locationIds)
    .where((eb) => eb.or([eb('role', '=', p.role), eb('role', '=', 'staff')]))
    .where('archived_at', 'is', null)
    .orderBy('first_name')
    .limit(p.limit),
)

for (const dialect of testDialects()) {
  describe(`queries compiled once (${dialect})`, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(dialect)
    })
    afterAll(() => world.close())
    const run = (params: { locationIds: string[]; role: Role; limit: number }) =>
      staffAt.run(world.app.db.kysely, dialect, params).then((rows) => rows.map((row) => row.first_name))

    it('runs with new values each time, keeping the constants written into the query', async () => {
      expect(await run({ locationIds: [world.locations.a], role: 'manager', limit: 10 })).toEqual(['Priya', 'Sam'])
      expect(await run({ locationIds: [world.locations.a], role: 'owner', limit: 10 })).toEqual(['Ann', 'Sam'])
      expect(await run({ locationIds: [world.locations.b], role: 'manager', limit: 10 })).toEqual(['Bea'])
    })

    it('compiles a list parameter once per length', async () => {
      expect(await run({ locationIds: [world.locations.a, world.locations.b], role: 'manager', limit: 10 })).toEqual(['Bea', 'Priya', 'Sam'])
      expect(await run({ locationIds: [world.locations.b, world.locations.a], role: 'manager', limit: 2 })).toEqual(['Bea', 'Priya'])
      expect(await run({ locationIds: [world.locations.b], role: 'owner', limit: 10 })).toEqual(['Bea'])
    })

    it('runs inside a transaction too', async () => {
      const names = await world.app.db.kysely.transaction().execute((trx) => staffAt.run(trx, dialect, { locationIds: [world.locations.a], role: 'manager', limit: 1 }))
      expect(names.map((row) => row.first_name)).toEqual(['Priya'])
    })
  })
}
