/**
 * A load generator for POST requests, run in its own process so it does not share the server's
 * event loop: autocannon at full speed, cycling through prepared requests (each its own body and cookie).
 */
import autocannon from 'autocannon'

export interface PostJob {
  origin: string
  path: string
  /** One entry per request shape; connections walk them with a shared cursor. */
  requests: { cookie: string; body: string }[]
  connections: number
  seconds: number
}

export interface PostResult {
  requests: number
  errors: number
  byStatus: Record<string, number>
  seconds: number
  perSecond: number
  latencyMs: { p50: number; p99: number; max: number }
}

async function run(job: PostJob): Promise<PostResult> {
  let next = 0
  const byStatus: Record<string, number> = {}
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.origin,
        connections: job.connections,
        duration: job.seconds,
        requests: [
          {
            method: 'POST',
            path: job.path,
            setupRequest: (req) => {
              const shape = job.requests[next++ % job.requests.length]!
              return { ...req, headers: { ...req.headers, 'content-type': 'application/json', cookie: shape.cookie }, body: shape.body }
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client: unknown, statusCode: number) => {
      byStatus[statusCode] = (byStatus[statusCode] ?? 0) + 1
    })
  })
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    byStatus,
    seconds: result.duration,
    perSecond: result.requests.total / result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  }
}

process.on('message', (message: { job: PostJob }) => {
  run(message.job).then(
    (result) => process.send?.({ result }),
    (error: unknown) => process.send?.({ error: error instanceof Error ? error.message : String(error) }),
  )
})
process.on('disconnect', () => process.exit(0))
