/**
 * One app instance for `usual bench instances`, in its own process as in production: the server and its background
 * jobs on the PostgreSQL that DATABASE_URL names, listening on a free port it reports to the parent.
 */
import { compose } from '../compose.js'
import { loadConfig } from '../config.js'
import { buildApp } from '../http/app.js'
import { startJobs } from '../jobs.js'
import { mailTransport } from '../mail.js'

const config = loadConfig()
const app = await compose(config.database, { migrate: false })
const http = await buildApp(app.deps, { logLevel: 'warn', live: app.live, db: app.db })
const stopJobs = startJobs(app.deps, mailTransport(undefined, config.mailFrom), http.log)
await http.listen({ port: 0, host: '127.0.0.1' })
process.send?.({ port: (http.server.address() as { port: number }).port })
process.on('disconnect', async () => {
  stopJobs()
  await http.close()
  await app.close()
  process.exit(0)
})
