import { sql } from 'kysely'
import { formatLivePosition, type LiveEventsPort, type LivePosition } from '../../domain/live/index.js'
import type { Ids } from '../../domain/shared/ids.js'
import type { Dialect } from '../connect.js'
import { toInstant, type Executor } from '../transaction.js'

export const LIVE_CHANNEL = 'usual_live'

/**
 * On PostgreSQL an event is settled once every transaction older than the one that wrote it has finished: then no
 * event can still commit in front of it. (A transaction id below the snapshot's xmin is no longer running.)
 */
const settled = sql<boolean>`tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`

export function liveEventsRepository(db: Executor, dialect: Dialect, ids: Ids, poke: () => void): LiveEventsPort {
  const position = (row: { tx: string | number; seq: string | number }): LivePosition => ({ tx: Number(row.tx), seq: Number(row.seq) })
  return {
    async publish(event, at) {
      const values = { id: ids.next(), location_id: event.locationId, topic: event.topic, payload: JSON.stringify(event.payload), at: at.toISOString() }
      if (dialect === 'postgres') {
        await db.insertInto('live_event').values(values).execute()
        // PostgreSQL delivers a NOTIFY only when the transaction commits, to every app instance listening.
        await sql`select pg_notify(${LIVE_CHANNEL}, '')`.execute(db)
      } else {
        // One writer at a time: the next number is commit order. The poke's read queues behind this transaction.
        await db
          .insertInto('live_event')
          .values({ ...values, seq: sql<number>`(select coalesce(max(seq), 0) + 1 from live_event where tx = 0)` })
          .execute()
        poke()
      }
    },
    async listAfter(after, limit) {
      let query = db
        .selectFrom('live_event')
        .select(['id', 'location_id', 'topic', 'payload', 'at', 'tx', 'seq'])
        .select(dialect === 'postgres' ? settled.as('settled') : sql<boolean>`1`.as('settled'))
      if (after) query = query.where(sql<boolean>`(tx, seq) > (${after.tx}, ${after.seq})`)
      const rows = await query.orderBy('tx').orderBy('seq').limit(limit).execute()
      // Rows come in position order, and an unsettled transaction sorts after every settled one.
      const ready = rows.filter((row) => Boolean(row.settled))
      return {
        events: ready.map((row) => ({
          id: formatLivePosition(position(row)),
          locationId: row.location_id,
          topic: row.topic,
          payload: JSON.parse(row.payload),
          at: toInstant(row.at),
        })),
        waiting: ready.length < rows.length,
      }
    },
    async latestPosition() {
      let query = db.selectFrom('live_event').select(['tx', 'seq'])
      if (dialect === 'postgres') query = query.where(settled)
      const row = await query.orderBy('tx', 'desc').orderBy('seq', 'desc').limit(1).executeTakeFirst()
      return row ? position(row) : null
    },
  }
}
