/**
 * The load generator, run in its own process so it does not share the server's event loop.
 * `rate` jobs are open-loop: request i is due at start + i / rate whatever happened to earlier
 * ones, and its latency counts from when it was due, so a stalled server cannot hide its backlog.
 * `max` jobs run autocannon with a fixed number of connections and no rate cap.
 */
import autocannon from 'autocannon'
import { Agent, request } from 'node:http'
import { summarize } from './stats.js'

export interface LoadTarget {
  origin: string
  paths: string[]
  headers: Record<string, string>
  seconds: number
}

export type LoadJob = LoadTarget & ({ kind: 'rate'; rate: number } | { kind: 'max'; connections: number })

export interface LoadResult {
  requests: number
  errors: number
  non2xx: number
  seconds: number
  perSecond: number
  latencyMs: { p50: number; p99: number; max: number }
}

async function runAtRate(job: LoadTarget & { rate: number }): Promise<LoadResult> {
  const url = new URL(job.origin)
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })
  const total = Math.max(1, Math.round(job.rate * job.seconds))
  const interval = 1000 / job.rate
  const latencies = new Float64Array(total)
  let sent = 0
  let finished = 0
  let errors = 0
  let non2xx = 0
  const start = performance.now() + 20
  let lastEnd = start
  await new Promise<void>((resolve) => {
    const settle = (index: number, due: number, ok: boolean) => {
      lastEnd = performance.now()
      latencies[index] = lastEnd - due
      if (!ok) errors += 1
      finished += 1
      if (finished === total) resolve()
    }
    const send = (index: number) => {
      const due = start + index * interval
      const req = request({ agent, host: url.hostname, port: url.port, path: job.paths[index % job.paths.length], headers: job.headers }, (res) => {
        if ((res.statusCode ?? 0) >= 300) non2xx += 1
        res.resume()
        res.on('end', () => settle(index, due, true))
        res.on('error', () => settle(index, due, false))
      })
      req.on('error', () => settle(index, due, false))
      req.end()
    }
    const tick = () => {
      const now = performance.now()
      while (sent < total && start + sent * interval <= now) send(sent++)
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()))
    }
    setTimeout(tick, 20)
  })
  agent.destroy()
  const seconds = (lastEnd - start) / 1000
  return {
    requests: total,
    errors,
    non2xx,
    seconds,
    perSecond: total / seconds,
    latencyMs: (({ p50, p99, max }) => ({ p50, p99, max }))(summarize(latencies)),
  }
}

async function runFlatOut(job: LoadTarget & { connections: number }): Promise<LoadResult> {
  let next = 0
  const result = await autocannon({
    url: job.origin,
    connections: job.connections,
    duration: job.seconds,
    headers: job.headers,
    // One shared cursor, so the connections walk the query list together instead of each replaying it from the top.
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: job.paths[next++ % job.paths.length] }) }],
  })
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    seconds: result.duration,
    perSecond: result.requests.total / result.duration,
    // autocannon keeps whole milliseconds.
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  }
}

process.on('message', (message: { id: number; job: LoadJob }) => {
  const { id, job } = message
  const run = job.kind === 'rate' ? runAtRate(job) : runFlatOut(job)
  run.then(
    (result) => process.send?.({ id, result }),
    (error: unknown) => process.send?.({ id, error: error instanceof Error ? error.message : String(error) }),
  )
})
process.on('disconnect', () => process.exit(0))
