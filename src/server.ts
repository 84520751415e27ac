import type { FastifyInstance } from 'fastify'
import type { App } from './compose.js'
import type { Config } from './config.js'
import { buildApp } from './http/app.js'
import { startJobs } from './jobs.js'
import { mailTransport } from './mail.js'

export interface RunningServer {
  http: FastifyInstance
  port: number
  /** Stops the jobs, the server and the database, in that order. */
  close(): Promise<void>
}

/** One instance of Usual on a composed app: the HTTP server with every configured option, and its background jobs. */
export async function startServer(app: App, config: Config, listen: { port: number; host: string }): Promise<RunningServer> {
  const http = await buildApp(app.deps, { ...app.http, logLevel: config.logLevel, live: app.live, publicUrl: config.publicUrl, trustProxy: config.trustProxy })
  const stopJobs = startJobs(app.deps, mailTransport(config.smtpUrl, config.mailFrom), http.log)
  await http.listen(listen)
  return {
    http,
    port: (http.server.address() as { port: number }).port,
    async close() {
      stopJobs()
      await http.close()
      await app.close()
    },
  }
}
