import { resolve } from 'node:path'
import { loadConfig } from '../../config.js'
import { createDb } from '../../db/connect.js'
import { exportAll } from '../../db/export.js'

export async function exportCommand(options: { dir: string }): Promise<void> {
  const db = createDb(loadConfig().database)
  try {
    const dir = resolve(options.dir)
    const counts = await exportAll(db, dir)
    console.log(`Wrote ${dir}/customers.csv (${counts.customers}), orders.csv (${counts.orders}), gestures.csv (${counts.gestures}).`)
  } finally {
    await db.destroy()
  }
}
