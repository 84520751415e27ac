import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBareLookup } from '../../src/bench/bare-lookup.js'
import { lookupQueries } from '../../src/bench/lookup-queries.js'
import { BENCH_PIN, ensureLookupDb } from '../../src/bench/lookup-seed.js'
import { compose, type App } from '../../src/compose.js'
import { tierWindowStart } from '../../src/domain/recognition/index.js'
import { localDay } from '../../src/domain/shared/instant.js'
import { buildApp } from '../../src/http/app.js'

interface Result {
  id: string
  tier?: string
}

// The lookup benchmark's ratio is only fair if its bare handler asks the database what the app asks.
describe('the lookup benchmark’s bare handler', () => {
  let dir: string
  let app: App
  let http: Awaited<ReturnType<typeof buildApp>>
  let cookie: string
  let bare: ReturnType<typeof buildBareLookup>
  let queries: ReturnType<typeof lookupQueries>

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'usual-bench-'))
    const file = join(dir, 'lookup.db')
    const seed = await ensureLookupDb({ file, customers: 3_000, orders: 30_000 })
    app = await compose({ dialect: 'sqlite', file }, { migrate: true })
    http = await buildApp(app.deps, { logLevel: 'warn', web: false })
    const signIn = await http.inject({ method: 'POST', url: '/api/v1/session', payload: { locationId: seed.meta.locationId, staffId: seed.meta.staffId, pin: BENCH_PIN } })
    cookie = `usual_session=${signIn.cookies.find((candidate) => candidate.name === 'usual_session')!.value}`
    const timeZone = app.db.sqlite!.prepare('select time_zone from location where id = ?').pluck().get(seed.meta.locationId) as string
    bare = buildBareLookup(app.db.sqlite!, { statements: 'same', visitsSince: tierWindowStart(localDay(new Date(), timeZone)) })
    queries = lookupQueries(app.db.sqlite!, 300)
  }, 120_000)
  afterAll(async () => {
    await http?.close()
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const searchBoth = async (path: string) => {
    const fromApp = (await http.inject({ method: 'GET', url: path, headers: { cookie } })).json().results as Result[]
    const fromBare = (await bare.app.inject({ method: 'GET', url: path })).json().results as Result[]
    return { fromApp, fromBare }
  }

  it('finds the same customers with the same tiers for phone and card searches', async () => {
    let compared = 0
    for (const query of queries.filter((candidate) => candidate.kind !== 'name')) {
      const { fromApp, fromBare } = await searchBoth(query.path)
      expect(fromBare, query.q).toEqual(fromApp.map(({ id, tier }) => expect.objectContaining({ id, tier })))
      compared += 1
    }
    expect(compared).toBeGreaterThan(100)
  })

  it('reads the same name range and gives its customers the app’s tiers', async () => {
    let shared = 0
    let shown = 0
    const tiers = new Set<string>()
    for (const query of queries.filter((candidate) => candidate.kind === 'name')) {
      const { fromApp, fromBare } = await searchBoth(query.path)
      const appTiers = new Map(fromApp.map(({ id, tier }) => [id, tier]))
      for (const { id, tier } of fromBare) {
        shown += 1
        if (!appTiers.has(id)) continue
        shared += 1
        tiers.add(tier!)
        expect(tier, `${query.q}: ${id}`).toBe(appTiers.get(id))
      }
    }
    // The app ranks within the range it reads; the bare handler takes the range's first customers.
    expect(shared / shown).toBeGreaterThan(0.9)
    expect(tiers.size).toBeGreaterThan(1)
  })
})
