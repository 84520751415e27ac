import type { FastifyPluginAsync } from 'fastify'
import type { LiveHub } from '../../db/live-hub.js'
import { mayWatchEvent, type StoredLiveEvent } from '../../domain/live/index.js'
import { actorOf } from '../plugins/auth.js'

const HEARTBEAT_MS = 15_000

/** Server-sent events scoped to the actor: their location's events, or every location's for owners. */
export const eventRoutes: FastifyPluginAsync<{ live: LiveHub }> = async (app, { live }) => {
  app.get(
    '/events',
    { schema: { tags: ['live'], summary: 'Live updates as server-sent events (replays after Last-Event-ID)', produces: ['text/event-stream'] } },
    async (request, reply) => {
      const actor = actorOf(request)
      const accepts = (event: StoredLiveEvent) => mayWatchEvent(actor, event)
      reply.hijack()
      const raw = reply.raw
      raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' })
      const send = (event: StoredLiveEvent) => raw.write(`id: ${event.id}\nevent: ${event.topic}\ndata: ${JSON.stringify({ ...event.payload, at: event.at })}\n\n`)
      raw.write('retry: 3000\n\n')
      const lastEventId = request.headers['last-event-id']
      let closed = false
      let stop = () => void (closed = true)
      request.raw.on('close', () => stop())
      const unsubscribe = await live.open(accepts, send, typeof lastEventId === 'string' ? lastEventId : undefined)
      if (closed) return unsubscribe()
      const heartbeat = setInterval(() => raw.write(`event: heartbeat\ndata: {}\n\n`), HEARTBEAT_MS)
      raw.write(`event: ready\ndata: {}\n\n`)
      stop = () => {
        clearInterval(heartbeat)
        unsubscribe()
      }
    },
  )
}
