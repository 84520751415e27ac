import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countHit } from '../../src/db/rate-limit-store.js'
import { buildApp } from '../../src/http/app.js'
import { createWorld, testDialects, type World } from '../support.js'

for (const dialect of testDialects()) {
  describe(`rate-limit counts in the database (${dialect})`, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(dialect)
    })
    afterAll(() => world.close())

    it('counts hits in a fixed window and starts over when it ends, with the time left', async () => {
      const db = world.app.db.kysely
      const first = await countHit(db, 'window-test', 60_000, 1_000_000)
      const second = await countHit(db, 'window-test', 60_000, 1_030_000)
      const next = await countHit(db, 'window-test', 60_000, 1_060_000)

      expect(first).toEqual({ current: 1, ttl: 60_000 })
      expect(second).toEqual({ current: 2, ttl: 30_000 })
      expect(next).toEqual({ current: 1, ttl: 60_000 })
    })

    it('loses no hit when many land at once', async () => {
      const counts = await Promise.all(Array.from({ length: 25 }, () => countHit(world.app.db.kysely, 'race-test', 60_000, 2_000_000)))

      expect(counts.map((count) => count.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1))
    })

    it.runIf(dialect === 'postgres')('gives a stranger one quota across two app instances on the same PostgreSQL', async () => {
      const second = await buildApp(world.app.deps, { ...world.app.http, logLevel: 'silent', web: false })
      try {
        const submit = (http: typeof second) =>
          http.inject({ method: 'POST', url: `/api/v1/public/feedback/location-${world.locations.a}`, payload: { kind: 'idea', text: 'More oat milk' }, remoteAddress: '10.77.0.1' })
        const statuses: number[] = []
        for (let n = 0; n < 10; n++) statuses.push((await submit(n % 2 === 0 ? world.http : second)).statusCode)
        const overTheLimit = await submit(second)

        expect(statuses).toEqual(Array(10).fill(201))
        expect(overTheLimit.statusCode).toBe(429)
        expect(overTheLimit.json()).toMatchObject({ code: 'request.rate_limited' })
      } finally {
        await second.close()
      }
    })
  })
}
