import { loadConfig } from '../../config.js'
import { createDb, migrateDown, migrateToLatest } from '../../db/connect.js'

export async function migrate(options: { down?: boolean }): Promise<void> {
  const config = loadConfig()
  const db = createDb(config.database)
  try {
    const names = options.down ? await migrateDown(db, 1) : await migrateToLatest(db)
    if (names.length === 0) console.log(options.down ? 'Nothing to undo.' : 'The database is up to date.')
    for (const name of names) console.log(`${options.down ? 'undone' : 'applied'} ${name}`)
  } finally {
    await db.destroy()
  }
}
