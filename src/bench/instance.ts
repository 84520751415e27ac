/**
 * One app instance for `usual bench instances`, in its own process as in production: `usual serve` without the
 * console output, on the PostgreSQL that DATABASE_URL names, listening on a free port it reports to the parent.
 */
import { compose } from '../compose.js'
import { loadConfig } from '../config.js'
import { startServer } from '../server.js'

const config = loadConfig()
const server = await startServer(await compose(config.database, { migrate: false }), config, { port: 0, host: '127.0.0.1' })
process.send?.({ port: server.port })
process.on('disconnect', async () => {
  await server.close()
  process.exit(0)
})
