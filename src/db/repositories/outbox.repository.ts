import type { Selectable } from 'kysely'
import { MAX_ATTEMPTS, type OutboxTxPort, type StoredOutboxMessage } from '../../domain/outbox/index.js'
import type { Dialect } from '../connect.js'
import type { OutboxTable } from '../schema.js'
import { toInstant, toOptionalInstant } from '../transaction.js'
import { preparedQuery } from '../prepared.js'
import type { SettingsPort } from '../../domain/shared/settings.js'
import type { Ids } from '../../domain/shared/ids.js'
import type { Executor } from '../transaction.js'

function rowToMessage(row: Selectable<OutboxTable>): StoredOutboxMessage {
  return {
    id: row.id,
    topic: row.topic,
    payload: JSON.parse(row.payload),
    availableAt: toInstant(row.available_at),
    createdAt: toInstant(row.created_at),
    attempts: row.attempts,
    deliveredAt: toOptionalInstant(row.delivered_at),
    lastError: row.last_error,
  }
}

export function outboxRepository(db: Executor, dialect: Dialect, ids: Ids): OutboxTxPort {
  return {
    async claimDue(at, limit, leaseUntil) {
      const due = db
        .selectFrom('outbox')
        .selectAll()
        .where('delivered_at', 'is', null)
        .where('available_at', '<=', at.toISOString())
        .where('attempts', '<', MAX_ATTEMPTS)
        .orderBy('available_at')
        .limit(limit)
      // SQLite has one writer at a time; PostgreSQL workers on many instances must not take the same rows.
      const rows = dialect === 'postgres' ? await due.forUpdate().skipLocked().execute() : await due.execute()
      if (rows.length > 0) {
        await db
          .updateTable('outbox')
          .set({ available_at: leaseUntil.toISOString() })
          .where(
            'id',
            'in',
            rows.map((row) => row.id),
          )
          .execute()
      }
      return rows.map(rowToMessage)
    },
    async markDelivered(id, at) {
      await db.updateTable('outbox').set({ delivered_at: at.toISOString() }).where('id', '=', id).execute()
    },
    async markFailed(id, error, retryAt, countAttempt) {
      await db
        .updateTable('outbox')
        .set((eb) => ({ attempts: eb('attempts', '+', countAttempt ? 1 : 0), last_error: error.slice(0, 500), available_at: retryAt.toISOString() }))
        .where('id', '=', id)
        .execute()
    },
    async list({ limit, topic }) {
      let query = db.selectFrom('outbox').selectAll()
      if (topic) query = query.where('topic', '=', topic)
      return (await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(rowToMessage)
    },
    async enqueue(message, at) {
      await db
        .insertInto('outbox')
        .values({
          id: ids.next(),
          topic: message.topic,
          payload: JSON.stringify(message.payload),
          created_at: at.toISOString(),
          available_at: (message.availableAt ?? at).toISOString(),
        })
        .execute()
    },
  }
}

/** Tier thresholds are read on every search, and the visit model's fit on every card. */
const settingQuery = preparedQuery((db, p: { key: string }) => db.selectFrom('setting').select('value').where('key', '=', p.key))

/** How long a setting once read is used without asking the database again. */
export const RECENT_SETTING_MS = 2_000

/**
 * Settings read in the last two seconds, as stored (JSON text), shared by one process's repositories. A write
 * through this process stops its key being kept for the next two seconds, so a read racing the write's commit
 * cannot keep the old value; other app processes see a change within RECENT_SETTING_MS.
 */
export class RecentSettings {
  private readonly values = new Map<string, { json: string | undefined; until: number; written: boolean }>()

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): { json: string | undefined } | undefined {
    const entry = this.values.get(key)
    return entry && !entry.written && entry.until > this.now() ? entry : undefined
  }

  remember(key: string, json: string | undefined): void {
    const entry = this.values.get(key)
    if (entry?.written && entry.until > this.now()) return
    this.values.set(key, { json, until: this.now() + RECENT_SETTING_MS, written: false })
  }

  forget(key: string): void {
    this.values.set(key, { json: undefined, until: this.now() + RECENT_SETTING_MS, written: true })
  }
}

/**
 * Settings by key. Outside a transaction reads go through `recent`; inside one they always ask the database, so a
 * transaction sees its own writes and a rolled-back value is never kept.
 */
export function settingsRepository(db: Executor, dialect: Dialect, recent: RecentSettings, { inTransaction = false } = {}): SettingsPort {
  return {
    async get<T>(key: string) {
      let known = inTransaction ? undefined : recent.get(key)
      if (!known) {
        const [row] = await settingQuery.run(db, dialect, { key })
        known = { json: row?.value }
        if (!inTransaction) recent.remember(key, known.json)
      }
      return known.json === undefined ? undefined : (JSON.parse(known.json) as T)
    },
    async set(key, value) {
      recent.forget(key)
      await db
        .insertInto('setting')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute()
    },
  }
}
