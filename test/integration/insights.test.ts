import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importCdnow } from '../../src/db/import.js'
import { BGNBD_SETTING, customerOutlook, parseCdnow, refitBgNbd, type StoredFit } from '../../src/domain/insights/index.js'
import { toFitView } from '../../src/http/views/insights.views.js'
import { DomainError } from '../../src/domain/shared/errors.js'
import { createWorld, testDialects, type World } from '../support.js'

const sample = parseCdnow(readFileSync(new URL('../../../shared/data/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8'))
const threeDigits = (value: number) => Number(value.toPrecision(3))

for (const dialect of testDialects()) {
  describe(`lapsing regulars: BG/NBD on visit histories (${dialect})`, () => {
    let world: World
    beforeAll(async () => {
      world = await createWorld(dialect)
      await importCdnow(world.app.db, world.app.deps, sample)
    })
    afterAll(() => world.close())

    it("reproduces Fader, Hardie & Lee's CDNOW estimates from visits stored in the database", async () => {
      const fit = await refitBgNbd(world.app.deps, { calibrationEnd: '1997-09-30', timeUnit: 'week' })

      const json = toFitView(fit)
      expect(json).toMatchObject({ timeUnit: 'week', customers: 2_357, repeatVisits: 2_457 })
      expect([json.params.r, json.params.alpha, json.params.a, json.params.b].map(threeDigits)).toEqual([0.243, 4.41, 0.793, 2.43])
      expect(Math.round(json.logLikelihood * 10) / 10).toBe(-9582.4)
    })

    it("gives a customer the paper's P(alive) and expected purchases", async () => {
      const customer = (await world.app.db.kysely.selectFrom('customer').select('id').where('ref', '=', 'cdnow-00004').executeTakeFirstOrThrow()).id

      const outlook = await customerOutlook(world.app.deps, customer, '1997-09-30')

      expect(outlook!.pAlive).toBeCloseTo(0.7266, 3)
      expect(outlook!.expectedVisits30d).toBeGreaterThan(0)
    })

    it('refuses to fit visits that cannot pin the model down, and keeps the last good fit', async () => {
      const before = await world.app.deps.repos.settings.get<StoredFit>(BGNBD_SETTING)

      // On the first day of the data, everyone seen so far was seen that day and no one has come back.
      const refused = await refitBgNbd(world.app.deps, { calibrationEnd: '1997-01-01', timeUnit: 'week' }).catch((err: unknown) => err)

      expect(refused).toBeInstanceOf(DomainError)
      expect(refused).toMatchObject({ code: 'insights.fit_unsettled', details: { repeatVisits: 0 } })
      expect(await world.app.deps.repos.settings.get<StoredFit>(BGNBD_SETTING)).toEqual(before)
    })

    it('uses no stored fit that did not settle for outlooks', async () => {
      const good = (await world.app.deps.repos.settings.get<StoredFit>(BGNBD_SETTING))!
      const customer = (await world.app.db.kysely.selectFrom('customer').select('id').where('ref', '=', 'cdnow-00004').executeTakeFirstOrThrow()).id
      await world.app.deps.repos.settings.set(BGNBD_SETTING, { ...good, converged: false })

      try {
        expect(await customerOutlook(world.app.deps, customer, '1997-09-30')).toBeNull()
      } finally {
        await world.app.deps.repos.settings.set(BGNBD_SETTING, good)
      }
    })
  })
}
