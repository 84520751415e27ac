import type { Device, DevicesPort, Location, LocationsPort } from '../../domain/locations/index.js'
import type { DeviceTable } from '../schema.js'
import type { Selectable } from 'kysely'
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
    async update(id, change) {
      await db
        .updateTable('location')
        .set({ ...(change.name !== undefined && { name: change.name }), ...(change.timeZone !== undefined && { time_zone: change.timeZone }) })
        .where('id', '=', id)
        .execute()
    },
    async findByName(name) {
      const row = await db.selectFrom('location').select(['id', 'name', 'time_zone', 'country']).where(({ fn, eb }) => eb(fn('lower', ['name']), '=', name.toLowerCase())).executeTakeFirst()
      return row && rowToLocation(row)
    },
    async insert(location, at) {
      await db
        .insertInto('location')
        .values({ id: location.id, name: location.name, time_zone: location.timeZone, country: location.country, created_at: at.toISOString() })
        .execute()
    },
  }
}

const instant = (value: string | Date) => new Date(value)

const rowToDevice = (row: Selectable<DeviceTable>): Device => ({
  id: row.id,
  locationId: row.location_id,
  name: row.name,
  enrolledAt: instant(row.enrolled_at),
  enrolledBy: row.enrolled_by,
  lastSeenAt: instant(row.last_seen_at),
  revokedAt: row.revoked_at === null ? null : instant(row.revoked_at),
})

export function devicesRepository(db: Executor): DevicesPort {
  return {
    async findByTokenHash(tokenHash) {
      const row = await db.selectFrom('device').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst()
      return row && rowToDevice(row)
    },
    async findById(id) {
      const row = await db.selectFrom('device').selectAll().where('id', '=', id).executeTakeFirst()
      return row && rowToDevice(row)
    },
    async insert(device) {
      await db
        .insertInto('device')
        .values({
          id: device.id,
          token_hash: device.tokenHash,
          location_id: device.locationId,
          name: device.name,
          enrolled_at: device.enrolledAt.toISOString(),
          enrolled_by: device.enrolledBy,
          last_seen_at: device.lastSeenAt.toISOString(),
          revoked_at: null,
        })
        .execute()
    },
    async touch(id, locationId, at) {
      await db.updateTable('device').set({ location_id: locationId, last_seen_at: at.toISOString() }).where('id', '=', id).execute()
    },
    async listEnrolled(locationId) {
      let query = db.selectFrom('device').selectAll().where('revoked_at', 'is', null)
      if (locationId) query = query.where('location_id', '=', locationId)
      return (await query.orderBy('last_seen_at', 'desc').orderBy('id').execute()).map(rowToDevice)
    },
    async rename(id, name) {
      await db.updateTable('device').set({ name }).where('id', '=', id).execute()
    },
    async revoke(id, at) {
      const result = await db.updateTable('device').set({ revoked_at: at.toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}
