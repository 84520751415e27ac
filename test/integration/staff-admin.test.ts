import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { oneTimeCode } from '../../src/domain/staff/index.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

describe('oneTimeCode', () => {
  it('is six digits, and draws again rather than favour low codes', () => {
    const draws = [
      [0xff, 0xff, 0xff, 0xff], // above the last whole million: drawn again
      [0x00, 0x00, 0x00, 0x2a],
    ]
    let call = 0
    expect(oneTimeCode(() => Uint8Array.from(draws[call++]!))).toBe('000042')
    expect(call).toBe(2)
  })
})

for (const dialect of testDialects()) {
  describe(`staff administration (${dialect})`, () => {
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
    const signIn = (payload: Record<string, unknown>) => world.http.inject({ method: 'POST', url: '/api/v1/session', payload, remoteAddress: `10.9.0.${++address}` })
    const audits = (action: string) => world.app.db.kysely.selectFrom('audit_event').selectAll().where('action', '=', action).execute()

    it('lets an owner add a manager, who chooses a PIN at the counter with the one-time code', async () => {
      const added = await call(ann, 'POST', '/staff', { firstName: ' Lena ', lastName: 'Park', role: 'manager', homeLocationId: world.locations.b })
      expect(added.statusCode).toBe(201)
      const { member, pinCode } = added.json()
      expect(member).toMatchObject({ firstName: 'Lena', lastName: 'Park', role: 'manager', homeLocationId: world.locations.b, active: true, pinPending: true })
      expect(pinCode.code).toMatch(/^\d{6}$/)

      const names = (await world.http.inject({ method: 'GET', url: `/api/v1/locations/${world.locations.b}/staff` })).json()
      expect(names).toContainEqual({ id: member.id, firstName: 'Lena', codePending: true })

      const codeOnly = await signIn({ locationId: world.locations.b, staffId: member.id, pin: pinCode.code })
      expect(codeOnly.statusCode).toBe(401)
      expect(codeOnly.json().code).toBe('auth.new_pin_required')
      const same = await signIn({ locationId: world.locations.b, staffId: member.id, pin: pinCode.code, newPin: pinCode.code })
      expect(same.json().code).toBe('auth.new_pin_same')
      const chosen = await signIn({ locationId: world.locations.b, staffId: member.id, pin: pinCode.code, newPin: '975310' })
      expect(chosen.statusCode).toBe(201)
      expect(chosen.json().actor).toMatchObject({ role: 'manager', locationId: world.locations.b })

      expect((await signIn({ locationId: world.locations.b, staffId: member.id, pin: pinCode.code })).json().code).toBe('auth.wrong_pin')
      expect((await signIn({ locationId: world.locations.b, staffId: member.id, pin: '975310' })).statusCode).toBe(201)
      expect(await audits('staff.added')).toHaveLength(1)
      expect((await audits('staff.pin_set'))[0]).toMatchObject({ actor_id: member.id, subject_id: member.id })
    })

    it('keeps managers to the staff of their own location', async () => {
      const barista = await call(priya, 'POST', '/staff', { firstName: 'Omar', role: 'staff', homeLocationId: world.locations.a })
      expect(barista.statusCode).toBe(201)
      const manager = await call(priya, 'POST', '/staff', { firstName: 'Omar', role: 'manager', homeLocationId: world.locations.a })
      expect([manager.statusCode, manager.json().code]).toEqual([403, 'auth.role_required'])
      const elsewhere = await call(priya, 'POST', '/staff', { firstName: 'Omar', role: 'staff', homeLocationId: world.locations.b })
      expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([403, 'auth.other_location'])
      const bea = await call(priya, 'PATCH', `/staff/${world.staff.bea.id}`, { firstName: 'Beatrice' })
      expect([bea.statusCode, bea.json().code]).toEqual([403, 'auth.other_location'])
      const promote = await call(priya, 'PATCH', `/staff/${world.staff.sam.id}`, { role: 'manager' })
      expect([promote.statusCode, promote.json().code]).toEqual([403, 'auth.role_required'])
      const owner = await call(priya, 'POST', `/staff/${world.staff.ann.id}/deactivate`)
      expect(owner.statusCode).toBe(403)
      const list = (await call(priya, 'GET', '/staff')).json() as { firstName: string }[]
      expect(list.map((member) => member.firstName).sort()).toEqual(['Ann', 'Omar', 'Priya', 'Sam'])
      expect((await call(sam, 'GET', '/staff')).statusCode).toBe(403)
    })

    it('refuses bad input with the field named, and writes nothing', async () => {
      for (const [payload, code, field] of [
        [{ firstName: '  ', role: 'staff', homeLocationId: world.locations.a }, 'staff.name_required', 'firstName'],
        [{ firstName: 'x'.repeat(41), role: 'staff', homeLocationId: world.locations.a }, 'staff.name_too_long', 'firstName'],
        [{ firstName: 'Omar', role: 'staff', homeLocationId: 'nowhere' }, 'staff.unknown_location', 'homeLocationId'],
      ] as const) {
        const response = await call(ann, 'POST', '/staff', payload)
        expect(response.headers['content-type']).toContain('application/problem+json')
        expect([response.statusCode, response.json().code, response.json().field]).toEqual([422, code, field])
      }
      expect((await call(ann, 'POST', '/staff', { firstName: 'Omar', role: 'boss', homeLocationId: world.locations.a })).statusCode).toBe(400)
      expect((await call(ann, 'GET', '/staff')).json()).toHaveLength(4)
      expect(await audits('staff.added')).toHaveLength(0)
    })

    it('changes a role and moves a person, signing them out where they were', async () => {
      const moved = await call(ann, 'PATCH', `/staff/${world.staff.sam.id}`, { role: 'manager', homeLocationId: world.locations.b })
      expect(moved.statusCode).toBe(200)
      expect(moved.json()).toMatchObject({ role: 'manager', homeLocationId: world.locations.b })
      world.clock.advance(5_000)
      expect((await call(sam, 'GET', '/session')).statusCode).toBe(401)
      expect((await signIn({ locationId: world.locations.b, staffId: world.staff.sam.id, pin: world.staff.sam.pin })).json().actor.role).toBe('manager')
      const [event] = await audits('staff.changed')
      expect(JSON.parse(event!.before as string)).toMatchObject({ role: 'staff', homeLocationId: world.locations.a })
      expect(JSON.parse(event!.after as string)).toMatchObject({ role: 'manager', homeLocationId: world.locations.b })
    })

    it('deactivates a person: no sign-in, sessions end, history kept; and reactivates them', async () => {
      const off = await call(priya, 'POST', `/staff/${world.staff.sam.id}/deactivate`)
      expect(off.json()).toMatchObject({ active: false })
      world.clock.advance(5_000)
      expect((await call(sam, 'GET', '/session')).statusCode).toBe(401)
      expect((await signIn({ locationId: world.locations.a, staffId: world.staff.sam.id, pin: world.staff.sam.pin })).json().code).toBe('auth.staff_not_found')
      expect((await world.app.deps.repos.staff.findById(world.staff.sam.id))?.firstName).toBe('Sam')
      expect((await call(priya, 'GET', '/staff')).json()).toContainEqual(expect.objectContaining({ id: world.staff.sam.id, active: false }))
      expect((await call(priya, 'POST', `/staff/${world.staff.sam.id}/reactivate`)).json()).toMatchObject({ active: true })
      expect((await signIn({ locationId: world.locations.a, staffId: world.staff.sam.id, pin: world.staff.sam.pin })).statusCode).toBe(201)
      expect(await audits('staff.deactivated')).toHaveLength(1)
      expect(await audits('staff.reactivated')).toHaveLength(1)
    })

    it('resets a PIN: the old one stops working and the code lets them choose a new one', async () => {
      const reset = await call(priya, 'POST', `/staff/${world.staff.sam.id}/pin-reset`)
      expect(reset.statusCode).toBe(200)
      const { code } = reset.json()
      world.clock.advance(5_000)
      expect((await call(sam, 'GET', '/session')).statusCode).toBe(401)
      expect((await signIn({ locationId: world.locations.a, staffId: world.staff.sam.id, pin: world.staff.sam.pin })).json().code).toBe('auth.wrong_pin')
      expect((await signIn({ locationId: world.locations.a, staffId: world.staff.sam.id, pin: code, newPin: '864200' })).statusCode).toBe(201)
      expect(await audits('staff.pin_reset')).toHaveLength(1)
    })

    it('lets a reset code expire after a day', async () => {
      const { code } = (await call(ann, 'POST', `/staff/${world.staff.sam.id}/pin-reset`)).json()
      world.clock.advance(24 * 60 * 60_000 + 1)
      const late = await signIn({ locationId: world.locations.a, staffId: world.staff.sam.id, pin: code, newPin: '864200' })
      expect([late.statusCode, late.json().code]).toEqual([401, 'auth.code_expired'])
    })

    it('never lets the last owner go, by deactivation or demotion', async () => {
      const self = await call(ann, 'POST', `/staff/${world.staff.ann.id}/deactivate`)
      expect([self.statusCode, self.json().code]).toEqual([409, 'staff.last_owner'])
      const demote = await call(ann, 'PATCH', `/staff/${world.staff.ann.id}`, { role: 'manager' })
      expect([demote.statusCode, demote.json().code]).toEqual([409, 'staff.last_owner'])
      expect((await world.app.deps.repos.staff.findById(world.staff.ann.id))?.role).toBe('owner')
    })

    it('keeps one owner when two owners deactivate each other at the same moment', async () => {
      const second = (await call(ann, 'POST', '/staff', { firstName: 'Zoe', role: 'owner', homeLocationId: world.locations.a })).json()
      await signIn({ locationId: world.locations.a, staffId: second.member.id, pin: second.pinCode.code, newPin: '135790' }).then((response) => expect(response.statusCode).toBe(201))
      let zoe = `usual_session=${(await signIn({ locationId: world.locations.a, staffId: second.member.id, pin: '135790' })).cookies.find((c) => c.name === 'usual_session')!.value}`
      for (let round = 0; round < 5; round++) {
        const [a, b] = await Promise.all([call(ann, 'POST', `/staff/${second.member.id}/deactivate`), call(zoe, 'POST', `/staff/${world.staff.ann.id}/deactivate`)])
        const owners = await world.app.db.kysely.selectFrom('staff_member').select('id').where('role', '=', 'owner').where('archived_at', 'is', null).execute()
        expect(owners).toHaveLength(1)
        expect([a.statusCode, b.statusCode].sort()).toEqual(expect.arrayContaining([200]))
        if (round === 4) break
        // Bring the deactivated one back for the next round, signed in again.
        const gone = owners[0]!.id === world.staff.ann.id ? second.member.id : world.staff.ann.id
        const keeper = owners[0]!.id === world.staff.ann.id ? ann : zoe
        expect((await call(keeper, 'POST', `/staff/${gone}/reactivate`)).statusCode).toBe(200)
        if (gone === world.staff.ann.id) ann = await signInAs(world, 'ann')
        else {
          const again = await signIn({ locationId: world.locations.a, staffId: second.member.id, pin: '135790' })
          expect(again.statusCode).toBe(201)
          zoe = `usual_session=${again.cookies.find((c) => c.name === 'usual_session')!.value}`
        }
      }
    })
  })
}
