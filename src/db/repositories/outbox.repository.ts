import type { OutboxPort } from '../../domain/outbox/index.js'
import type { SettingsPort } from '../../domain/shared/settings.js'
import type { Ids } from '../../domain/shared/ids.js'
import type { Executor } from '../transaction.js'

export function outboxRepository(db: Executor, ids: Ids): OutboxPort {
  return {
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

export function settingsRepository(db: Executor): SettingsPort {
  return {
    async get<T>(key: string) {
      const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst()
      return row ? (JSON.parse(row.value) as T) : undefined
    },
    async set(key, value) {
      await db
        .insertInto('setting')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute()
    },
  }
}
