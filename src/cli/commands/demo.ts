import { loadConfig } from '../../config.js'
import { compose } from '../../compose.js'
import { migrateDown, migrateToLatest } from '../../db/connect.js'
import { seedDemo } from '../../demo/demo-data.js'
import { progressBar } from '../progress.js'

export async function demo(options: { customers: number; seed: number; json?: boolean; reset?: boolean }): Promise<void> {
  const config = loadConfig()
  const app = await compose(config.database)
  try {
    if (options.reset) {
      await migrateDown(app.db)
      await migrateToLatest(app.db)
    } else if ((await app.deps.repos.locations.list()).length > 0) {
      console.error('usual demo: this database already has data. Run `usual demo --reset` to wipe it and load the demo.')
      process.exitCode = 1
      return
    }
    const bar = options.json ? undefined : progressBar('customers')
    const summary = await seedDemo(app.db, app.deps, { customers: options.customers, seed: options.seed, onProgress: bar?.update })
    bar?.stop()
    if (options.json) {
      console.log(JSON.stringify({ locations: summary.locations, staff: summary.staff }))
      return
    }
    console.log(`Loaded ${summary.customers} customers and ${summary.orders} orders at ${summary.locations.map((l) => l.name).join(', ')}.`)
    for (const member of summary.staff) console.log(`  ${member.name.padEnd(16)} ${member.role.padEnd(8)} PIN ${member.pin}`)
  } finally {
    await app.close()
  }
}
