import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compose } from '../../src/compose.js'
import { buildApp } from '../../src/http/app.js'
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

      expect(replayed.id).not.toBe(seen.id)
      expect(reconnected.received.filter((e) => e.id === seen.id)).toEqual([])
      reconnected.close()
    })

    it('still delivers an event whose transaction commits after a later one', async () => {
      const priya = await signInAs(world, 'priya')
      const stream = await openStream(base, priya)
      await stream.waitFor((e) => e.event === 'ready')
      const publish = (repos: Parameters<Parameters<World['app']['deps']['uow']['run']>[0]>[0], name: string) =>
        repos.live.publish({ topic: 'test.ordering', locationId: world.locations.a, payload: { name } }, world.clock.now())
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      // The early transaction writes its event first and commits last.
      const early = world.app.deps.uow.run(async (repos) => {
        await publish(repos, 'early')
        await held
      })
      await new Promise((resolve) => setTimeout(resolve, 50))
      const late = world.app.deps.uow.run((repos) => publish(repos, 'late'))
      // On SQLite the late one waits for the early one's connection; on PostgreSQL it commits and is read first.
      await Promise.race([late, new Promise((resolve) => setTimeout(resolve, 300))])
      if (dialect === 'postgres') await new Promise((resolve) => setTimeout(resolve, 200))
      release()
      await Promise.all([early, late])

      await stream.waitFor((e) => e.data.name === 'early')
      await stream.waitFor((e) => e.data.name === 'late')
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(stream.received.filter((e) => e.event === 'test.ordering').map((e) => e.data.name).sort()).toEqual(['early', 'late'])
      stream.close()
    })

    it('refuses the stream without a session', async () => {
      const response = await fetch(`${base}/api/v1/events`)

      expect(response.status).toBe(401)
    })
  })
}

describe.runIf(process.env.TEST_DATABASE_URL)('live updates across two app instances on one PostgreSQL', () => {
  let world: World
  let second: { close(): Promise<void>; base: string; inject: World['http']['inject'] }
  let base: string
  beforeAll(async () => {
    world = await createWorld('postgres')
    await world.http.listen({ port: 0, host: '127.0.0.1' })
    base = `http://127.0.0.1:${(world.http.server.address() as { port: number }).port}`
    const app = await compose(world.database, { clock: world.clock, poolSize: 20 })
    const http = await buildApp(app.deps, { ...app.http, logLevel: 'silent', web: false, live: app.live })
    await http.listen({ port: 0, host: '127.0.0.1' })
    second = {
      base: `http://127.0.0.1:${(http.server.address() as { port: number }).port}`,
      inject: http.inject.bind(http),
      close: async () => {
        await http.close()
        await app.close()
      },
    }
  })
  afterAll(async () => {
    await second.close()
    await world.close()
  })

  it('delivers every one of a burst of 120 approval requests exactly once, live and on replay', async () => {
    const [sam, priya] = [await signInAs(world, 'sam'), await signInAs(world, 'priya')]
    const stream = await openStream(second.base, priya)
    await stream.waitFor((e) => e.event === 'ready')
    const inject = [world.http.inject.bind(world.http), second.inject]
    const requested = await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        const response = await inject[i % 2]!({ method: 'POST', url: '/api/v1/gestures', headers: { cookie: sam }, payload: { type: 'replacement', reason: 'defect', valueMinor: 89_900 + i } })
        expect(response.statusCode).toBe(202)
        return response.json().gesture.id as string
      }),
    )
    const approvals = () => stream.received.filter((e) => e.event === 'approval.requested')
    const until = Date.now() + 5_000
    while (approvals().length < 120 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
    await new Promise((resolve) => setTimeout(resolve, 300))
    stream.close()
    const live = approvals()
    expect(live.map((e) => e.data.gestureId).sort()).toEqual([...requested].sort())

    const reconnected = await openStream(base, priya, live[59]!.id)
    const replayUntil = Date.now() + 5_000
    while (reconnected.received.filter((e) => e.event === 'approval.requested').length < 60 && Date.now() < replayUntil) await new Promise((resolve) => setTimeout(resolve, 20))
    await new Promise((resolve) => setTimeout(resolve, 300))
    reconnected.close()
    expect(reconnected.received.filter((e) => e.event === 'approval.requested').map((e) => e.id)).toEqual(live.slice(60).map((e) => e.id))
  })
})
