import type { FastifyInstance, FastifyRequest } from 'fastify'

export interface ServerTimings {
  /** Forgets what was recorded so far and starts counting CPU time again; requests that started earlier are ignored. */
  reset(): void
  /** Handler times in ms (onRequest to onResponse), overall and by the kind the URL was labelled with. */
  snapshot(): { all: number[]; byKind: Map<string, number[]>; cpuMsPerRequest: number }
  /** Milliseconds since the server last answered anything. */
  idleMs(): number
}

/** Records how long the server spends on each request, from its first hook to the response being written. */
export function timeRequests(app: FastifyInstance, kindOf: (url: string) => string | undefined): ServerTimings {
  const started = new WeakMap<FastifyRequest, bigint>()
  let all: number[] = []
  let byKind = new Map<string, number[]>()
  let cpu = process.cpuUsage()
  let since = process.hrtime.bigint()
  let lastAnswer = since
  app.addHook('onRequest', (request, _reply, done) => {
    started.set(request, process.hrtime.bigint())
    done()
  })
  app.addHook('onResponse', (request, _reply, done) => {
    const start = started.get(request)
    lastAnswer = process.hrtime.bigint()
    if (start !== undefined && start >= since) {
      const elapsed = Number(lastAnswer - start) / 1e6
      all.push(elapsed)
      const kind = kindOf(request.url)
      if (kind) {
        const list = byKind.get(kind) ?? []
        list.push(elapsed)
        byKind.set(kind, list)
      }
    }
    done()
  })
  return {
    reset() {
      all = []
      byKind = new Map()
      cpu = process.cpuUsage()
      since = process.hrtime.bigint()
    },
    snapshot() {
      const used = process.cpuUsage(cpu)
      return { all, byKind, cpuMsPerRequest: all.length > 0 ? (used.user + used.system) / 1000 / all.length : Number.NaN }
    },
    idleMs: () => Number(process.hrtime.bigint() - lastAnswer) / 1e6,
  }
}
