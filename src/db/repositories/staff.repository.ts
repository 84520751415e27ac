import { sql, type Selectable } from 'kysely'
import type { Actor, SessionsPort, StaffMember, StaffTxPort } from '../../domain/staff/index.js'
import type { StaffMemberTable } from '../schema.js'
import { toInstant, toOptionalInstant, type Executor } from '../transaction.js'
import type { Dialect } from '../connect.js'
import { preparedQuery } from '../prepared.js'

type StaffRow = Pick<Selectable<StaffMemberTable>, 'id' | 'first_name' | 'last_name' | 'role' | 'home_location_id' | 'pin_hash' | 'archived_at' | 'pin_reset_expires_at'>

const rowToStaffMember = (row: StaffRow): StaffMember => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  role: row.role,
  homeLocationId: row.home_location_id,
  pinHash: row.pin_hash,
  archivedAt: toOptionalInstant(row.archived_at),
  pinResetExpiresAt: toOptionalInstant(row.pin_reset_expires_at),
})

const STAFF_COLUMNS = ['id', 'first_name', 'last_name', 'role', 'home_location_id', 'pin_hash', 'archived_at', 'pin_reset_expires_at'] as const

export function staffRepository(db: Executor, dialect: Dialect): StaffTxPort {
  return {
    async findById(id) {
      const row = await db.selectFrom('staff_member').select(STAFF_COLUMNS).where('id', '=', id).executeTakeFirst()
      return row && rowToStaffMember(row)
    },
    async listForLocation(locationId) {
      const rows = await db
        .selectFrom('staff_member')
        .select(STAFF_COLUMNS)
        .where('archived_at', 'is', null)
        .where((eb) => eb.or([eb('home_location_id', '=', locationId), eb('role', '=', 'owner')]))
        .orderBy('first_name')
        .execute()
      return rows.map(rowToStaffMember)
    },
    async insert(member, at) {
      await db
        .insertInto('staff_member')
        .values({
          id: member.id,
          first_name: member.firstName,
          last_name: member.lastName,
          role: member.role,
          home_location_id: member.homeLocationId,
          pin_hash: member.pinHash,
          created_at: at.toISOString(),
          archived_at: member.archivedAt?.toISOString() ?? null,
          pin_reset_expires_at: member.pinResetExpiresAt?.toISOString() ?? null,
        })
        .execute()
    },
    async listAll() {
      const rows = await db.selectFrom('staff_member').select(STAFF_COLUMNS).orderBy('first_name').orderBy('last_name').orderBy('id').execute()
      return rows.map(rowToStaffMember)
    },
    async update(id, change) {
      const set = {
        ...(change.firstName !== undefined && { first_name: change.firstName }),
        ...(change.lastName !== undefined && { last_name: change.lastName }),
        ...(change.role !== undefined && { role: change.role }),
        ...(change.homeLocationId !== undefined && { home_location_id: change.homeLocationId }),
      }
      if (Object.keys(set).length > 0) await db.updateTable('staff_member').set(set).where('id', '=', id).execute()
    },
    async setArchived(id, at) {
      await db.updateTable('staff_member').set({ archived_at: at?.toISOString() ?? null }).where('id', '=', id).execute()
    },
    async setPin(id, pinHash, resetExpiresAt) {
      await db.updateTable('staff_member').set({ pin_hash: pinHash, pin_reset_expires_at: resetExpiresAt?.toISOString() ?? null }).where('id', '=', id).execute()
    },
    async lockActiveOwners() {
      const query = db.selectFrom('staff_member').select('id').where('role', '=', 'owner').where('archived_at', 'is', null).orderBy('id')
      const rows = await (dialect === 'postgres' ? query.forUpdate() : query).execute()
      return rows.map((row) => row.id)
    },
    async countPinFailuresSince(staffId, since) {
      const row = await db
        .selectFrom('pin_failure')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
        .where('staff_id', '=', staffId)
        .where('at', '>=', since.toISOString())
        .executeTakeFirstOrThrow()
      return { count: Number(row.count), oldest: row.oldest ? toInstant(row.oldest) : null }
    },
    async recordPinFailure(id, staffId, locationId, at) {
      await db.insertInto('pin_failure').values({ id, staff_id: staffId, location_id: locationId, at: at.toISOString() }).execute()
    },
    async deletePinFailure(id) {
      await db.deleteFrom('pin_failure').where('id', '=', id).execute()
    },
    async lockForUpdate(staffId) {
      // SQLite runs one write transaction at a time already; PostgreSQL needs the row lock.
      if (dialect === 'postgres') await sql`select id from staff_member where id = ${staffId} for update`.execute(db)
    },
  }
}

/** Every signed-in request asks this. */
const findActorQuery = preparedQuery((db, p: { sessionId: string; at: string }) =>
  db
    .selectFrom('session')
    .innerJoin('staff_member', 'staff_member.id', 'session.staff_id')
    .innerJoin('location', 'location.id', 'session.location_id')
    .select([
      'session.id as session_id',
      'staff_member.id as staff_id',
      'staff_member.first_name',
      'staff_member.role',
      'location.id as location_id',
      'location.time_zone',
      'location.country',
    ])
    .where('session.id', '=', p.sessionId)
    .where('session.revoked_at', 'is', null)
    .where('session.expires_at', '>', p.at)
    .where('staff_member.archived_at', 'is', null),
)

export function sessionsRepository(db: Executor, dialect: Dialect): SessionsPort {
  return {
    async insert(session) {
      await db
        .insertInto('session')
        .values({
          id: session.id,
          staff_id: session.staffId,
          location_id: session.locationId,
          created_at: session.createdAt.toISOString(),
          expires_at: session.expiresAt.toISOString(),
          revoked_at: null,
          device_id: session.deviceId ?? null,
        })
        .execute()
    },
    async findActor(sessionId, at): Promise<Actor | undefined> {
      const [row] = await findActorQuery.run(db, dialect, { sessionId, at: at.toISOString() })
      return (
        row && {
          sessionId: row.session_id,
          staffId: row.staff_id,
          firstName: row.first_name,
          role: row.role,
          locationId: row.location_id,
          timeZone: row.time_zone,
          country: row.country,
        }
      )
    },
    async revoke(sessionId, at) {
      const result = await db
        .updateTable('session')
        .set({ revoked_at: at.toISOString() })
        .where('id', '=', sessionId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
    async revokeForDevice(deviceId, at) {
      const result = await db
        .updateTable('session')
        .set({ revoked_at: at.toISOString() })
        .where('device_id', '=', deviceId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows)
    },
    async revokeForStaff(staffId, at) {
      const result = await db
        .updateTable('session')
        .set({ revoked_at: at.toISOString() })
        .where('staff_id', '=', staffId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows)
    },
  }
}
