import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, migrateDown, migrateToLatest, type Db } from '../../src/db/connect.js'
import { freshDatabase, testDialects } from '../support.js'

for (const dialect of testDialects()) {
  describe(`migrations (${dialect})`, () => {
    let db: Db
    let drop: () => Promise<void>
    beforeAll(async () => {
      const fresh = await freshDatabase(dialect)
      drop = fresh.drop
      db = createDb(fresh.config)
    })
    afterAll(async () => {
      await db.destroy()
      await drop()
    })

    it('migrate up, all the way down, and up again', async () => {
      const applied = await migrateToLatest(db)
      const undone = await migrateDown(db)
      const reapplied = await migrateToLatest(db)

      expect(applied.length).toBeGreaterThan(0)
      expect(undone).toEqual([...applied].reverse())
      expect(reapplied).toEqual(applied)
    })

    it('keeps the audit log append-only in the database itself', async () => {
      await db.kysely
        .insertInto('audit_event')
        .values({ id: 'e1', at: new Date().toISOString(), actor_type: 'system', action: 'test', subject_type: 'test', subject_id: null, actor_id: null, location_id: null, before: null, after: null })
        .execute()

      await expect(sql`update audit_event set action = 'changed'`.execute(db.kysely)).rejects.toThrow(/append-only/)
      await expect(sql`delete from audit_event`.execute(db.kysely)).rejects.toThrow(/append-only/)
      if (dialect === 'postgres') await expect(sql`truncate audit_event`.execute(db.kysely)).rejects.toThrow(/append-only/)
      const left = await db.kysely.selectFrom('audit_event').select('id').execute()
      expect(left.map((row) => row.id)).toEqual(['e1'])
    })
  })
}
