import type { Location, LocationsPort } from '../../domain/locations/index.js'
import type { Executor } from '../transaction.js'

const rowToLocation = (row: { id: string; name: string; time_zone: string; country: string }): Location => ({
  id: row.id,
  name: row.name,
  timeZone: row.time_zone,
  country: row.country,
})

export function locationsRepository(db: Executor): LocationsPort {
  return {
    async list() {
      const rows = await db.selectFrom('location').select(['id', 'name', 'time_zone', 'country']).orderBy('name').execute()
      return rows.map(rowToLocation)
    },
    async findById(id) {
      const row = await db.selectFrom('location').select(['id', 'name', 'time_zone', 'country']).where('id', '=', id).executeTakeFirst()
      return row && rowToLocation(row)
    },
    async any() {
      return (await db.selectFrom('location').select('id').limit(1).executeTakeFirst()) !== undefined
    },
    async claimFirstRun(at) {
      // A guarded insert: two setups at once both try the same key, and the database lets one through.
      const result = await db
        .insertInto('setting')
        .values({ key: 'first_run', value: JSON.stringify({ at: at.toISOString() }) })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1
    },
    async insert(location, at) {
      await db
        .insertInto('location')
        .values({ id: location.id, name: location.name, time_zone: location.timeZone, country: location.country, created_at: at.toISOString() })
        .execute()
    },
  }
}
