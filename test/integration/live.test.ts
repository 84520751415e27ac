import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

interface Received {
  id: string
  event: string
  data: Record<string, unknown>
}

/** Opens the event stream and collects events until closed. */
async function openStream(base: string, cookie: string, lastEventId?: string) {
  const controller = new AbortController()
  const response = await fetch(`${base}/api/v1/events`, { headers: { cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) }, signal: controller.signal })
  const received: Received[] = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        buffer += value
        let end
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const field = (name: string) => block.split('\n').find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2)
          if (field('event')) received.push({ id: field('id') ?? '', event: field('event')!, data: JSON.parse(field('data') ?? '{}') })
        }
      }
    } catch {
      // aborted
    }
  })()
  const waitFor = async (predicate: (event: Received) => boolean, ms = 2_000) => {
    const until = Date.now() + ms
    while (Date.now() < until) {
      const found = received.find(predicate)
      if (found) return found
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error(`no matching event in ${ms} ms; got ${received.map((e) => e.event).join(', ')}`)
  }
  return { status: response.status, received, waitFor, close: () => controller.abort() }
}

for (const dialect of testDialects()) {
  describe(`live updates over server-sent events (${dialect})`, () => {
    let world: World
    let base: string
    beforeAll(async () => {
      world = await createWorld(dialect)
      await world.http.listen({ port: 0, host: '127.0.0.1' })
      base = `http://127.0.0.1:${(world.http.server.address() as { port: number }).port}`
    })
    afterAll(() => world.close())

    it("shows a request on its location's managers' screens within a second, and the answer on the counter", async () => {
      const [sam, priya, bea] = [await signInAs(world, 'sam'), await signInAs(world, 'priya'), await signInAs(world, 'bea')]
      const managerStream = await openStream(base, priya)
      const counterStream = await openStream(base, sam)
      const otherLocation = await openStream(base, bea)
      await managerStream.waitFor((e) => e.event === 'ready')

      const request = (
        await world.http.inject({ method: 'POST', url: '/api/v1/gestures', headers: { cookie: sam }, payload: { type: 'replacement', reason: 'defect', valueMinor: 89_900 } })
      ).json().gesture
      const requested = await managerStream.waitFor((e) => e.event === 'approval.requested', 1_000)
      await world.http.inject({ method: 'POST', url: `/api/v1/gestures/${request.id}/approval`, headers: { cookie: priya }, payload: { approve: true } })
      const decided = await counterStream.waitFor((e) => e.event === 'approval.decided', 1_000)

      expect(requested.data.gestureId).toBe(request.id)
      expect(decided.data).toMatchObject({ gestureId: request.id, status: 'approved' })
      expect(otherLocation.received.filter((e) => e.event.startsWith('approval'))).toEqual([])
      for (const stream of [managerStream, counterStream, otherLocation]) stream.close()
    })

    it('replays what was missed after Last-Event-ID on reconnect', async () => {
      const [sam, priya] = [await signInAs(world, 'sam'), await signInAs(world, 'priya')]
      const first = await openStream(base, priya)
      await world.http.inject({ method: 'POST', url: '/api/v1/gestures', headers: { cookie: sam }, payload: { type: 'gift', reason: 'delight', valueMinor: 100 } })
      const seen = await first.waitFor((e) => e.event === 'approval.requested')
      first.close()
      const missed = (await world.http.inject({ method: 'POST', url: '/api/v1/gestures', headers: { cookie: sam }, payload: { type: 'gift', reason: 'delight', valueMinor: 200 } })).json().gesture

      const reconnected = await openStream(base, priya, seen.id)
      const replayed = await reconnected.waitFor((e) => e.event === 'approval.requested' && e.data.gestureId === missed.id)

      expect(replayed.id > seen.id).toBe(true)
      reconnected.close()
    })

    it('refuses the stream without a session', async () => {
      const response = await fetch(`${base}/api/v1/events`)

      expect(response.status).toBe(401)
    })
  })
}
