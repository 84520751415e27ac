import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compose, type App } from '../../src/compose.js'
import { fixedClock } from '../../src/domain/shared/clock.js'
import { buildApp } from '../../src/http/app.js'
import { freshDatabase, NOW, testDialects } from '../support.js'

const GOOD = {
  businessName: 'Corner Café',
  currency: 'GBP',
  locale: 'en-GB',
  locationName: 'High St',
  timeZone: 'Europe/London',
  country: 'GB',
  ownerFirstName: 'Ruth',
  ownerLastName: 'Ellis',
  pin: '135790',
}

for (const dialect of testDialects()) {
  describe(`the first run on an empty database (${dialect})`, () => {
    let app: App
    let http: FastifyInstance
    let drop: () => Promise<void>
    let address = 0
    const setup = (payload: Record<string, unknown>) => http.inject({ method: 'POST', url: '/api/v1/setup', payload, remoteAddress: `10.3.0.${++address}` })

    beforeEach(async () => {
      const database = await freshDatabase(dialect)
      drop = database.drop
      app = await compose(database.config, { clock: fixedClock(NOW) })
      http = await buildApp(app.deps, { ...app.http, logLevel: 'silent', web: false })
    })
    afterEach(async () => {
      await http.close()
      await app.close()
      await drop()
    })

    it('says it is not set up, and answers every other route with setup.required', async () => {
      expect((await http.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ setUp: false })
      for (const url of ['/api/v1/locations', '/api/v1/catalog', '/api/v1/customers?q=jill']) {
        const response = await http.inject({ method: 'GET', url })
        expect(response.statusCode, url).toBe(409)
        expect(response.json().code).toBe('setup.required')
      }
    })

    it('refuses a bad time zone, naming the field, and writes nothing', async () => {
      const response = await setup({ ...GOOD, timeZone: 'Mars/Olympus' })

      expect(response.statusCode).toBe(422)
      expect(response.json()).toMatchObject({ code: 'setup.bad_time_zone', field: 'timeZone' })
      expect((await http.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ setUp: false })
      expect(await app.db.kysely.selectFrom('staff_member').select('id').execute()).toEqual([])
    })

    it.each([
      ['currency', 'XYZ1', 'setup.bad_currency'],
      ['locale', 'not a locale!', 'setup.bad_locale'],
      ['country', 'ZZ', 'setup.bad_country'],
      ['pin', '12', 'setup.bad_pin'],
      ['businessName', '   ', 'setup.missing'],
    ])('refuses a bad %s', async (field, value, code) => {
      const response = await setup({ ...GOOD, [field]: value })

      expect(response.statusCode).toBe(422)
      expect(response.json()).toMatchObject({ code, field })
    })

    it('sets up the business, its location and owner, signs the owner in, and audits it', async () => {
      const response = await setup(GOOD)

      expect(response.statusCode).toBe(201)
      const cookie = response.cookies.find((candidate) => candidate.name === 'usual_session')!
      expect(cookie.httpOnly).toBe(true)
      const headers = { cookie: `usual_session=${cookie.value}` }
      const session = await http.inject({ method: 'GET', url: '/api/v1/session', headers })
      expect(session.json().actor).toMatchObject({ firstName: 'Ruth', role: 'owner', locationId: response.json().locationId, timeZone: 'Europe/London', country: 'GB' })
      const catalog = await http.inject({ method: 'GET', url: '/api/v1/catalog', headers })
      expect(catalog.json()).toMatchObject({ currency: 'GBP', locale: 'en-GB', items: [] })
      expect((await http.inject({ method: 'GET', url: '/api/v1/locations' })).json()).toEqual([{ id: response.json().locationId, name: 'High St', timeZone: 'Europe/London' }])
      const audit = await app.db.kysely.selectFrom('audit_event').select(['action', 'actor_id']).orderBy('id').execute()
      expect(audit.map((event) => event.action)).toEqual(expect.arrayContaining(['setup.completed', 'location.added', 'staff.added', 'session.created']))
    })

    it('can be done once only', async () => {
      expect((await setup(GOOD)).statusCode).toBe(201)

      const again = await setup({ ...GOOD, businessName: 'Someone else' })

      expect(again.statusCode).toBe(409)
      expect(again.json().code).toBe('setup.already_done')
      expect(await app.db.kysely.selectFrom('location').select('id').execute()).toHaveLength(1)
    })

    it('lets exactly one of two setups at the same moment through', async () => {
      const answers = await Promise.all([setup(GOOD), setup({ ...GOOD, ownerFirstName: 'Mallory' })])

      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409])
      expect(await app.db.kysely.selectFrom('staff_member').select('id').execute()).toHaveLength(1)
      expect(await app.db.kysely.selectFrom('location').select('id').execute()).toHaveLength(1)
    })
  })
}
