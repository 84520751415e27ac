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
  /** Rate jobs: spread requests round-robin over these servers instead of `origin` alone. */
  origins?: string[]
  /** Rate jobs: cycle through these requests (each its own method, headers and body) instead of GETs of `paths`. */
  requests?: PreparedRequest[]
}

export interface PreparedRequest {
  method: 'GET' | 'POST'
  path: string
  headers: Record<string, string>
  body?: string
}

export type LoadJob = LoadTarget & ({ kind: 'rate'; rate: number } | { kind: 'max'; connections: number })

export interface LoadResult {
  requests: number
  errors: number
  non2xx: number
  /** Requests still unanswered when the run was cut off; their latency counts up to the cut. */
  unfinished: number
  seconds: number
  perSecond: number
  latencyMs: { p50: number; p99: number; max: number }
  /** Rate jobs: answers by HTTP status. */
  byStatus?: Record<string, number>
}

const MAX_SOCKETS = 32

/** How long a rate run may overrun its duration while the server works through a backlog. */
const graceMs = (seconds: number) => Math.max(5_000, seconds * 1000)

async function runAtRate(job: LoadTarget & { rate: number }): Promise<LoadResult> {
  const urls = (job.origins ?? [job.origin]).map((origin) => new URL(origin))
  const prepared: PreparedRequest[] = job.requests ?? job.paths.map((path) => ({ method: 'GET', path, headers: job.headers }))
  // A few connections are plenty for a healthy server (rate × latency); more would only pile an overloaded
  // server's backlog into its event loop, where it outlives the run. Requests waiting for a socket still count.
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS })
  const total = Math.max(1, Math.round(job.rate * job.seconds))
  const interval = 1000 / job.rate
  const latencies = new Float64Array(total)
  const settled = new Uint8Array(total)
  let sent = 0
  let finished = 0
  let answered = 0
  let errors = 0
  let non2xx = 0
  const byStatus: Record<string, number> = {}
  const start = performance.now() + 20
  let lastEnd = start
  await new Promise<void>((resolve) => {
    const settle = (index: number, ok: boolean) => {
      if (settled[index]) return
      settled[index] = 1
      lastEnd = performance.now()
      latencies[index] = lastEnd - (start + index * interval)
      if (ok) answered += 1
      else errors += 1
      finished += 1
      if (finished === total) {
        clearTimeout(cutoff)
        resolve()
      }
    }
    const send = (index: number) => {
      const url = urls[index % urls.length]!
      const { method, path, headers, body } = prepared[index % prepared.length]!
      const req = request({ agent, method, host: url.hostname, port: url.port, path, headers }, (res) => {
        if ((res.statusCode ?? 0) >= 300) non2xx += 1
        byStatus[res.statusCode ?? 0] = (byStatus[res.statusCode ?? 0] ?? 0) + 1
        res.resume()
        res.on('end', () => settle(index, true))
        res.on('error', () => settle(index, false))
      })
      req.on('error', () => settle(index, false))
      req.end(body)
    }
    const tick = () => {
      const now = performance.now()
      while (sent < total && start + sent * interval <= now) send(sent++)
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()))
    }
    const cutoff = setTimeout(() => {
      const answeredBefore = answered
      const errorsBefore = errors
      for (let index = 0; index < total; index++) settle(index, false)
      errors = errorsBefore
      answered = answeredBefore
      resolve()
    }, job.seconds * 1000 + graceMs(job.seconds))
    setTimeout(tick, 20)
  })
  agent.destroy()
  const unfinished = total - answered - errors
  const seconds = (lastEnd - start) / 1000
  const { p50, p99, max } = summarize(latencies)
  return { requests: total, errors, non2xx, unfinished, seconds, perSecond: answered / seconds, latencyMs: { p50, p99, max }, byStatus }
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
    unfinished: 0,
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
