import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deviceLabel } from '../../src/http/routes/session.routes.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

describe('deviceLabel', () => {
  it('names a device by what it is', () => {
    expect(deviceLabel('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1')).toBe('iPad')
    expect(deviceLabel('Mozilla/5.0 (Linux; Android 14; SM-X200) AppleWebKit/537.36 Chrome/120 Safari/537.36')).toBe('Android tablet')
    expect(deviceLabel('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 Chrome/120 Safari/537.36')).toBe('Chrome on Mac')
    expect(deviceLabel(undefined)).toBe('Browser')
  })
})

for (const dialect of testDialects()) {
  describe(`locations and tablets (${dialect})`, () => {
    let world: World
    let sam: string
    let priya: string
    let ann: string
    let address = 0

    beforeEach(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      ann = await signInAs(world, 'ann')
    })
    afterEach(() => world.close())

    const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) =>
      world.http.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload && { payload }) })
    const audits = (action: string) => world.app.db.kysely.selectFrom('audit_event').selectAll().where('action', '=', action).execute()

    /** A sign-in from one browser: its device cookie goes along when it has one. */
    async function signInOn(device: { cookie?: string }, who: keyof World['staff'], locationId?: string) {
      const member = world.staff[who]
      const response = await world.http.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { 'user-agent': 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)', ...(device.cookie && { cookie: device.cookie }) },
        payload: { locationId: locationId ?? member.locationId, staffId: member.id, pin: member.pin },
        remoteAddress: `10.8.0.${++address}`,
      })
      const set = response.cookies.find((cookie) => cookie.name === 'usual_device')
      if (set) device.cookie = `usual_device=${set.value}`
      const session = response.cookies.find((cookie) => cookie.name === 'usual_session')
      return { response, set, session: session && `usual_session=${session.value}` }
    }

    it('lets an owner add a location and change its name and time zone, checking both', async () => {
      const added = await call(ann, 'POST', '/locations', { name: ' Harbour  Rd ', timeZone: 'Europe/London', country: 'gb' })
      expect(added.statusCode).toBe(201)
      expect(added.json()).toMatchObject({ name: 'Harbour Rd', timeZone: 'Europe/London', country: 'GB' })
      const id = added.json().id
      expect(((await world.http.inject({ method: 'GET', url: '/api/v1/locations' })).json() as { id: string }[]).map((location) => location.id)).toContain(id)

      const renamed = await call(ann, 'PATCH', `/locations/${id}`, { name: 'Harbour Road', timeZone: 'Europe/Dublin' })
      expect(renamed.json()).toMatchObject({ name: 'Harbour Road', timeZone: 'Europe/Dublin' })
      const taken = await call(ann, 'PATCH', `/locations/${id}`, { name: 'main st' })
      const bad = await call(ann, 'POST', '/locations', { name: 'Pier', timeZone: 'Mars/Olympus' })
      const country = await call(ann, 'POST', '/locations', { name: 'Pier', timeZone: 'UTC', country: 'XX' })
      expect([taken.statusCode, taken.json().code]).toEqual([409, 'location.name_taken'])
      expect([bad.statusCode, bad.json().code, bad.json().field]).toEqual([422, 'location.bad_time_zone', 'timeZone'])
      expect([country.statusCode, country.json().code]).toEqual([422, 'location.bad_country'])
      expect((await call(priya, 'POST', '/locations', { name: 'Pier', timeZone: 'UTC' })).statusCode).toBe(403)
      expect((await call(priya, 'PATCH', `/locations/${world.locations.a}`, { name: 'Mine' })).statusCode).toBe(403)
      expect(await audits('location.added')).toHaveLength(1)
      expect(await audits('location.changed')).toHaveLength(1)

      // A new location's counter: a barista moved there can sign in, and the counter clock follows its zone.
      await call(ann, 'PATCH', `/staff/${world.staff.sam.id}`, { homeLocationId: id })
      const there = await signInOn({}, 'sam', id)
      expect(there.response.json().actor).toMatchObject({ locationId: id, timeZone: 'Europe/Dublin' })
    })

    it('enrols a tablet at its first sign-in, and knows it again at the next', async () => {
      const tablet: { cookie?: string } = {}
      const first = await signInOn(tablet, 'sam')
      expect(first.response.statusCode).toBe(201)
      expect(first.set).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/session' })
      expect(first.set!.value.length).toBeGreaterThanOrEqual(43)
      const again = await signInOn(tablet, 'priya')
      expect(again.set).toBeUndefined()

      // The test's own sign-ins (no user agent) enrolled a "Browser" each; the iPad is this one.
      const devices = ((await call(priya, 'GET', '/devices')).json() as { id: string; name: string }[]).filter((device) => device.name === 'iPad')
      expect(devices).toEqual([expect.objectContaining({ locationId: world.locations.a, name: 'iPad', enrolledBy: world.staff.sam.id })])
      expect((await call(ann, 'GET', `/devices?locationId=${world.locations.b}`)).json()).toEqual([])
      expect((await call(priya, 'GET', `/devices?locationId=${world.locations.b}`)).statusCode).toBe(403)
      expect((await call(sam, 'GET', '/devices')).statusCode).toBe(403)
      const stored = await world.app.db.kysely.selectFrom('device').select('token_hash').where('name', '=', 'iPad').executeTakeFirstOrThrow()
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(stored.token_hash).not.toContain(first.set!.value)
      expect((await audits('device.enrolled')).filter((event) => event.after?.includes('iPad'))).toHaveLength(1)

      const renamed = await call(priya, 'PATCH', `/devices/${devices[0]!.id}`, { name: 'Front counter' })
      expect(renamed.json().name).toBe('Front counter')
      expect((await call(priya, 'PATCH', `/devices/${devices[0]!.id}`, { name: ' ' })).json().code).toBe('device.bad_name')
    })

    it('un-enrols a tablet: everyone on it is signed out, and only a manager can enrol it again', async () => {
      const tablet: { cookie?: string } = {}
      const onTablet = (await signInOn(tablet, 'sam')).session!
      const laptop: { cookie?: string } = {}
      await signInOn(laptop, 'priya')
      const tabletId = (await world.app.db.kysely.selectFrom('device').select('id').where('enrolled_by', '=', world.staff.sam.id).where('name', '=', 'iPad').executeTakeFirstOrThrow()).id
      expect(((await call(priya, 'GET', '/devices')).json() as { id: string }[]).map((device) => device.id)).toContain(tabletId)

      const gone = await call(priya, 'POST', `/devices/${tabletId}/unenrol`)
      expect(gone.statusCode).toBe(200)
      expect(gone.json().sessionsEnded).toBe(1)
      world.clock.advance(3_000)
      expect((await call(onTablet, 'GET', '/session')).statusCode).toBe(401)
      expect(((await call(priya, 'GET', '/devices')).json() as { id: string }[]).map((device) => device.id)).not.toContain(tabletId)

      const refused = await signInOn(tablet, 'sam')
      expect([refused.response.statusCode, refused.response.json().code]).toEqual([403, 'device.unenrolled'])
      const failures = await world.app.db.kysely.selectFrom('pin_failure').selectAll().where('staff_id', '=', world.staff.sam.id).execute()
      expect(failures).toHaveLength(0)
      const manager = await signInOn(tablet, 'priya')
      expect(manager.response.statusCode).toBe(201)
      expect(manager.set).toBeDefined()
      expect((await signInOn(tablet, 'sam')).response.statusCode).toBe(201)
      expect((await call(priya, 'POST', `/devices/${tabletId}/unenrol`)).json().code).toBe('device.not_found')
      expect((await audits('device.unenrolled'))[0]).toMatchObject({ actor_id: world.staff.priya.id, subject_id: tabletId })
    })

    it('keeps managers to their own location’s tablets', async () => {
      const tablet: { cookie?: string } = {}
      await signInOn(tablet, 'bea')
      const id = (await world.app.db.kysely.selectFrom('device').select('id').where('location_id', '=', world.locations.b).executeTakeFirstOrThrow()).id
      expect((await call(priya, 'POST', `/devices/${id}/unenrol`)).json().code).toBe('auth.other_location')
      expect((await call(sam, 'POST', `/devices/${id}/unenrol`)).statusCode).toBe(403)
      expect((await call(ann, 'POST', `/devices/${id}/unenrol`)).statusCode).toBe(200)
    })
  })
}
