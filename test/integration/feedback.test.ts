import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replyToFeedback } from '../../src/domain/feedback/index.js'
import type { Actor } from '../../src/domain/staff/index.js'
import type { TxRepositories } from '../../src/domain/ports.js'
import { createWorld, signInAs, testDialects, type World } from '../support.js'

let address = 0
/** Each call from its own address, so the per-address rate limit only bites where a test means it to. */
const freshAddress = () => `10.1.${Math.floor(++address / 250)}.${(address % 250) + 1}`

const submit = (world: World, source: string, payload: Record<string, unknown>, remoteAddress = freshAddress()) =>
  world.http.inject({ method: 'POST', url: `/api/v1/public/feedback/${source}`, payload, remoteAddress })

for (const dialect of testDialects()) {
  describe(`the feedback loop (${dialect})`, () => {
    let world: World
    let sam: string
    let priya: string
    let ann: string
    let couponId: string
    let jillId: string
    const db = () => world.app.db.kysely
    const location = (key: 'a' | 'b') => `location-${world.locations[key]}`

    beforeAll(async () => {
      world = await createWorld(dialect)
      sam = await signInAs(world, 'sam')
      priya = await signInAs(world, 'priya')
      ann = await signInAs(world, 'ann')
      const jill = await world.http.inject({ method: 'POST', url: '/api/v1/customers', headers: { cookie: sam }, payload: { displayName: 'Jill Okafor', phone: '(415) 555-0142' } })
      jillId = jill.json().id
      const gesture = await world.http.inject({
        method: 'POST',
        url: '/api/v1/gestures',
        headers: { cookie: sam },
        payload: { type: 'recovery_coupon', reason: 'service_failure', valueMinor: 420, customerId: jillId },
      })
      couponId = gesture.json().coupon.id
    })
    afterAll(() => world.close())

    it('shows a stranger only the location’s name and its staff’s first names', async () => {
      const response = await world.http.inject({ method: 'GET', url: `/api/v1/public/feedback/coupon-${couponId}` })

      expect(response.statusCode).toBe(200)
      expect(Object.keys(response.json()).sort()).toEqual(['business', 'locale', 'locationName', 'staff'])
      expect(response.json().locationName).toBe('Main St')
      expect(response.json().staff.map((member: { firstName: string }) => member.firstName).sort()).toEqual(['Ann', 'Priya', 'Sam'])
      expect(Object.keys(response.json().staff[0]).sort()).toEqual(['firstName', 'id'])
    })

    it('takes praise naming Sam from a coupon: kudos for Sam from the customer, a thank-you task for Priya, all audited', async () => {
      const response = await submit(world, `coupon-${couponId}`, { kind: 'praise', rating: 5, text: 'Sam remembered my name!', staffId: world.staff.sam.id, email: 'jill@example.com' })

      expect(response.statusCode).toBe(201)
      expect(response.json()).toEqual({ thanks: 'Sam and their manager will see this today.' })
      const feedback = await db().selectFrom('feedback').selectAll().where('source_id', '=', couponId).executeTakeFirstOrThrow()
      expect(feedback).toMatchObject({ kind: 'praise', rating: 5, source: 'coupon', customer_id: jillId, location_id: world.locations.a, staff_id: world.staff.sam.id, status: 'new' })
      const kudos = await db().selectFrom('kudos').selectAll().where('feedback_id', '=', feedback.id).execute()
      expect(kudos).toMatchObject([{ staff_id: world.staff.sam.id, from_role: 'customer', given_by: null }])
      const tasks = await db().selectFrom('task').selectAll().where('feedback_id', '=', feedback.id).execute()
      expect(tasks).toMatchObject([{ kind: 'thank_you', title: 'Thank Sam in person', assignee_id: world.staff.priya.id }])
      const audit = await db().selectFrom('audit_event').select(['action', 'actor_type', 'actor_id']).where('location_id', '=', world.locations.a).where('action', 'in', ['feedback.received', 'kudos.given', 'task.created']).orderBy('id').execute()
      expect(audit).toEqual([
        { action: 'feedback.received', actor_type: 'customer', actor_id: jillId },
        { action: 'kudos.given', actor_type: 'customer', actor_id: jillId },
        { action: 'task.created', actor_type: 'system', actor_id: 'feedback' },
      ])
    })

    it('makes a problem from a location’s QR code a recovery task for the manager, due by the end of the next local day', async () => {
      const response = await submit(world, location('a'), { kind: 'problem', text: 'Waited 20 minutes for a sandwich' })

      expect(response.statusCode).toBe(201)
      const tasks = await listTasks(priya)
      expect(tasks.filter((task) => task.kind === 'recovery')).toMatchObject([
        { title: 'Make it right with the customer', assigneeName: 'Priya', locationName: 'Main St', dueAt: '2026-11-22T05:00:00.000Z' },
      ])
    })

    it.each([
      [{ kind: 'praise' }, 'text'],
      [{ kind: 'praise', text: '   ' }, 'text'],
      [{ kind: 'rant', text: 'Hi' }, 'kind'],
      [{ kind: 'idea', text: 'Oat milk please', rating: 6 }, 'rating'],
      [{ kind: 'idea', text: 'Oat milk please', email: 'not-an-email' }, 'email'],
      [{ kind: 'idea', text: 'Oat milk please', customerId: 'someone' }, ''],
    ])('refuses %j with a 400 problem naming the field “%s”', async (payload, field) => {
      const response = await submit(world, location('a'), payload)

      expect(response.statusCode).toBe(400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.json()).toMatchObject({ code: 'request.invalid' })
      if (field) expect(response.json().field).toBe(field)
    })

    it('refuses to name someone from another location, and an unknown link', async () => {
      const other = await submit(world, location('a'), { kind: 'praise', text: 'Great', staffId: world.staff.bea.id })
      const unknown = await submit(world, 'coupon-00000000-0000-0000-0000-000000000000', { kind: 'praise', text: 'Great' })

      expect(other.statusCode).toBe(422)
      expect(other.json()).toMatchObject({ code: 'feedback.unknown_staff', field: 'staffId' })
      expect(unknown.statusCode).toBe(404)
      expect(unknown.json().code).toBe('feedback.source_not_found')
    })

    it('rate-limits submissions per address, with a problem saying so, and leaves other addresses alone', async () => {
      const statuses: number[] = []
      for (let n = 0; n < 11; n++) statuses.push((await submit(world, location('b'), { kind: 'idea', text: `Idea ${n}` }, '10.9.9.9')).statusCode)
      const limited = await submit(world, location('b'), { kind: 'idea', text: 'One more' }, '10.9.9.9')
      const elsewhere = await submit(world, location('b'), { kind: 'idea', text: 'From next door' }, '10.9.9.10')

      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201))
      expect(statuses[10]).toBe(429)
      expect(limited.json()).toMatchObject({ code: 'request.rate_limited', status: 429 })
      expect(elsewhere.statusCode).toBe(201)
    })

    const listFeedback = async (cookie: string, query: Record<string, string> = {}) => {
      const response = await world.http.inject({ method: 'GET', url: '/api/v1/feedback', query, headers: { cookie } })
      expect(response.statusCode).toBe(200)
      return response.json() as { id: string; kind: string; text: string; locationId: string; status: string; contactEmail: string | null; firstReplyAt: string | null; customerName: string | null; staffName: string | null }[]
    }
    const listTasks = async (cookie: string) => (await world.http.inject({ method: 'GET', url: '/api/v1/tasks', headers: { cookie } })).json() as { kind: string; title: string; assigneeName: string; locationName: string; dueAt: string }[]
    const reply = (cookie: string, feedbackId: string, body = 'Thank you, Jill! Sam was thrilled.') =>
      world.http.inject({ method: 'POST', url: `/api/v1/feedback/${feedbackId}/replies`, headers: { cookie }, payload: { body } })

    it('lists the inbox newest first, with names; managers see only their location', async () => {
      const owners = await listFeedback(ann)
      const managers = await listFeedback(priya)

      expect(owners.some((row) => row.locationId === world.locations.b)).toBe(true)
      expect(managers.length).toBeGreaterThan(0)
      expect(managers.every((row) => row.locationId === world.locations.a)).toBe(true)
      expect(managers.at(-1)).toMatchObject({ kind: 'praise', customerName: 'Jill Okafor', staffName: 'Sam', contactEmail: 'jill@example.com' })
    })

    it('replies by email through the outbox, in the same transaction as the audit event, and marks the feedback replied', async () => {
      const praise = (await listFeedback(ann, { kind: 'praise' })).find((row) => row.contactEmail === 'jill@example.com')!
      world.clock.advance(3 * 3_600_000)

      const response = await reply(ann, praise.id)

      expect(response.statusCode).toBe(201)
      expect(response.json()).toMatchObject({ feedbackId: praise.id, sentTo: 'jill@example.com', body: 'Thank you, Jill! Sam was thrilled.' })
      const email = await db().selectFrom('outbox').selectAll().where('topic', '=', 'email.send').orderBy('id', 'desc').executeTakeFirstOrThrow()
      expect(JSON.parse(email.payload)).toMatchObject({ to: 'jill@example.com', subject: 'About your visit to Usual Café Main St', text: expect.stringContaining('Thank you, Jill! Sam was thrilled.') })
      const audit = await db().selectFrom('audit_event').selectAll().where('subject_id', '=', praise.id).where('action', '=', 'feedback.replied').executeTakeFirstOrThrow()
      expect(audit.actor_id).toBe(world.staff.ann.id)
      expect(new Date(audit.at).getTime()).toBe(new Date(email.created_at).getTime())
      expect((await listFeedback(ann)).find((row) => row.id === praise.id)).toMatchObject({ status: 'replied', firstReplyAt: new Date(NOW_PLUS_3H).toISOString() })
    })

    it('writes nothing when any part of a reply fails: no reply, no email, status unchanged', async () => {
      await submit(world, location('a'), { kind: 'idea', text: 'Longer hours on Sunday', email: 'ines@example.com' })
      const target = (await listFeedback(ann, { kind: 'idea' })).find((row) => row.contactEmail === 'ines@example.com')!
      const emailsBefore = await countRows('outbox')
      const deps = world.app.deps
      const failingAudit = { ...deps, uow: { run: <T>(fn: (repos: TxRepositories) => Promise<T>) => deps.uow.run((repos) => fn({ ...repos, audit: { ...repos.audit, record: () => Promise.reject(new Error('disk full')) } })) } }
      const actor: Actor = { staffId: world.staff.ann.id, firstName: 'Ann', role: 'owner', locationId: world.locations.a, timeZone: 'America/New_York', country: 'US', sessionId: 's' }

      await expect(replyToFeedback(failingAudit, actor, target.id, { body: 'Noted, thanks!', business: 'Usual Café' })).rejects.toThrow('disk full')

      expect(await countRows('outbox')).toBe(emailsBefore)
      expect(await db().selectFrom('feedback_reply').select('id').where('feedback_id', '=', target.id).execute()).toEqual([])
      expect((await listFeedback(ann)).find((row) => row.id === target.id)!.status).toBe('new')
    })

    it('keeps replies in scope: a manager of Main St cannot answer Harbor, staff cannot answer at all', async () => {
      await submit(world, location('b'), { kind: 'problem', text: 'Cold coffee', email: 'dan@example.com' })
      const harbor = (await listFeedback(ann, { locationId: world.locations.b })).find((row) => row.contactEmail === 'dan@example.com')!
      const mainSt = (await listFeedback(ann, { locationId: world.locations.a })).find((row) => row.contactEmail === 'ines@example.com')!

      const fromPriya = await reply(priya, harbor.id, 'Sorry about that')
      const fromSam = await reply(sam, mainSt.id, 'Thanks!')
      const priyaAtHome = await reply(priya, mainSt.id, 'Good idea, we will try it.')

      expect(fromPriya.statusCode).toBe(403)
      expect(fromPriya.json().code).toBe('auth.other_location')
      expect(fromSam.statusCode).toBe(403)
      expect(fromSam.json().code).toBe('auth.role_required')
      expect(priyaAtHome.statusCode).toBe(201)
      expect((await world.http.inject({ method: 'GET', url: '/api/v1/feedback', query: { locationId: world.locations.b }, headers: { cookie: priya } })).statusCode).toBe(403)
    })

    it('cannot reply to a customer who left no email', async () => {
      const silent = (await listFeedback(ann, { kind: 'problem' })).find((row) => row.contactEmail === null)!

      const response = await reply(ann, silent.id)

      expect(response.statusCode).toBe(409)
      expect(response.json().code).toBe('feedback.no_contact')
    })

    it('lets managers give kudos to their own people, owners to anyone, and staff to nobody', async () => {
      const give = (cookie: string, staffId: string) => world.http.inject({ method: 'POST', url: '/api/v1/kudos', headers: { cookie }, payload: { staffId, note: 'Calm on a busy Saturday' } })

      const priyaToSam = await give(priya, world.staff.sam.id)
      const priyaToBea = await give(priya, world.staff.bea.id)
      const annToBea = await give(ann, world.staff.bea.id)
      const samToPriya = await give(sam, world.staff.priya.id)

      expect(priyaToSam.statusCode).toBe(201)
      expect(priyaToSam.json()).toMatchObject({ staffId: world.staff.sam.id, from: 'manager', givenBy: world.staff.priya.id, locationId: world.locations.a })
      expect(priyaToBea.statusCode).toBe(403)
      expect(annToBea.json()).toMatchObject({ from: 'owner', locationId: world.locations.b })
      expect(samToPriya.statusCode).toBe(403)
      const audit = await db().selectFrom('audit_event').select('actor_id').where('action', '=', 'kudos.given').where('actor_type', '=', 'staff').execute()
      expect(audit.map((row) => row.actor_id).sort()).toEqual([world.staff.ann.id, world.staff.priya.id].sort())
    })

    it('marks a task done once: of two taps at the same moment exactly one counts, audited; done tasks leave the list', async () => {
      await submit(world, location('a'), { kind: 'problem', text: 'The milk was off' })
      const task = await db()
        .selectFrom('task')
        .innerJoin('feedback', 'feedback.id', 'task.feedback_id')
        .select('task.id')
        .where('feedback.text', '=', 'The milk was off')
        .executeTakeFirstOrThrow()
      const done = () => world.http.inject({ method: 'POST', url: `/api/v1/tasks/${task.id}/done`, headers: { cookie: priya } })

      const responses = await Promise.all([done(), done(), done()])

      expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409, 409])
      expect(responses.find((response) => response.statusCode === 200)!.json()).toMatchObject({ id: task.id, doneAt: expect.any(String), locationName: 'Main St' })
      expect(responses.find((response) => response.statusCode === 409)!.json()).toMatchObject({ code: 'task.already_done' })
      const audit = await db().selectFrom('audit_event').select(['actor_id', 'after']).where('action', '=', 'task.done').where('subject_id', '=', task.id).execute()
      expect(audit).toMatchObject([{ actor_id: world.staff.priya.id }])
      expect((await listTasks(priya)).map((open) => (open as { id?: string }).id)).not.toContain(task.id)
    })

    it('keeps tasks in scope: staff cannot mark them done, a manager only at their location, an owner anywhere', async () => {
      await submit(world, location('b'), { kind: 'problem', text: 'No lids left' })
      const harbor = await db()
        .selectFrom('task')
        .innerJoin('feedback', 'feedback.id', 'task.feedback_id')
        .select('task.id')
        .where('feedback.text', '=', 'No lids left')
        .executeTakeFirstOrThrow()
      const done = (cookie: string, id = harbor.id) => world.http.inject({ method: 'POST', url: `/api/v1/tasks/${id}/done`, headers: { cookie } })

      const [bySam, byPriya, unknown] = [await done(sam), await done(priya), await done(ann, 'no-such-task')]
      const byAnn = await done(ann)

      expect([bySam.statusCode, byPriya.statusCode, unknown.statusCode, byAnn.statusCode]).toEqual([403, 403, 404, 200])
      expect(await db().selectFrom('audit_event').select('actor_id').where('action', '=', 'task.done').where('subject_id', '=', harbor.id).execute()).toEqual([{ actor_id: world.staff.ann.id }])
    })

    it('closes feedback once, audited; closed feedback takes no reply and the close is kept in scope', async () => {
      await submit(world, location('a'), { kind: 'idea', text: 'Decaf oat flat whites', email: 'rui@example.com' })
      const [idea] = await listFeedback(priya, { kind: 'idea' })
      const close = (cookie: string) => world.http.inject({ method: 'POST', url: `/api/v1/feedback/${idea!.id}/close`, headers: { cookie } })

      const bySam = await close(sam)
      const [first, second] = await Promise.all([close(priya), close(priya)])
      const afterwards = await reply(priya, idea!.id, 'Thanks!')

      expect(bySam.statusCode).toBe(403)
      expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409])
      expect([first, second].find((response) => response.statusCode === 200)!.json()).toMatchObject({ id: idea!.id, status: 'closed' })
      expect(afterwards.statusCode).toBe(409)
      expect(afterwards.json().code).toBe('feedback.closed')
      expect((await listFeedback(priya, { status: 'closed' })).map((row) => row.id)).toContain(idea!.id)
      const audit = await db().selectFrom('audit_event').select(['actor_id', 'before', 'after']).where('action', '=', 'feedback.closed').where('subject_id', '=', idea!.id).execute()
      expect(audit).toHaveLength(1)
      expect(JSON.parse(String(typeof audit[0]!.after === 'string' ? audit[0]!.after : JSON.stringify(audit[0]!.after)))).toEqual({ status: 'closed' })
    })

    it('brings praise to the person named at their next sign-in, once, with the customer’s words; nobody else sees it or can clear it', async () => {
      await submit(world, location('a'), { kind: 'praise', rating: 4, text: 'Sam made my morning', staffId: world.staff.sam.id })
      const news = async (cookie: string) => (await world.http.inject({ method: 'GET', url: '/api/v1/me/kudos', headers: { cookie } })).json() as { id: string; from: string; words: string | null; rating: number | null; giverName: string | null; locationName: string }[]
      const seen = (cookie: string, ids: string[]) => world.http.inject({ method: 'POST', url: '/api/v1/me/kudos/seen', headers: { cookie }, payload: { ids } })

      const forSam = await news(sam)
      const forPriya = await news(priya)
      const byPriya = await seen(priya, forSam.map((kudos) => kudos.id))
      const stillForSam = await news(sam)
      const [first, second] = await Promise.all([seen(sam, forSam.map((kudos) => kudos.id)), seen(sam, forSam.map((kudos) => kudos.id))])

      expect(forSam[0]).toMatchObject({ from: 'customer', words: 'Sam made my morning', rating: 4, giverName: null, locationName: 'Main St' })
      expect(forSam.map((kudos) => kudos.words)).toContain('Sam remembered my name!')
      expect(forSam.some((kudos) => kudos.from === 'manager' && kudos.giverName === 'Priya' && kudos.words === 'Calm on a busy Saturday')).toBe(true)
      expect(forPriya.map((kudos) => kudos.words)).not.toContain('Sam made my morning')
      expect(byPriya.json()).toEqual({ seen: 0 })
      expect(stillForSam).toHaveLength(forSam.length)
      expect([first.json().seen, second.json().seen].sort()).toEqual([0, forSam.length])
      expect(await news(sam)).toEqual([])
      const audit = await db().selectFrom('audit_event').select('actor_id').where('action', '=', 'kudos.seen').execute()
      expect(audit).toHaveLength(forSam.length)
      expect(new Set(audit.map((row) => row.actor_id))).toEqual(new Set([world.staff.sam.id]))
    })

    it('refuses an empty or oversized list of kudos seen with a 400 naming the field', async () => {
      const empty = await world.http.inject({ method: 'POST', url: '/api/v1/me/kudos/seen', headers: { cookie: sam }, payload: { ids: [] } })
      const stranger = await world.http.inject({ method: 'GET', url: '/api/v1/me/kudos' })

      expect(empty.statusCode).toBe(400)
      expect(empty.json()).toMatchObject({ code: 'request.invalid', field: 'ids' })
      expect(stranger.statusCode).toBe(401)
    })

    it('pages the inbox with “before”: pages follow each other in order, none twice, though all arrived at the same instant', async () => {
      const everything = await listFeedback(ann, { limit: '500' })
      const pages: string[][] = []
      let before: string | undefined
      for (;;) {
        const page = await listFeedback(ann, { limit: '3', ...(before ? { before } : {}) })
        if (page.length === 0) break
        pages.push(page.map((row) => row.id))
        before = page.at(-1)!.id
      }

      const unknown = await world.http.inject({ method: 'GET', url: '/api/v1/feedback', query: { before: 'no-such-feedback' }, headers: { cookie: ann } })

      expect(unknown.statusCode).toBe(422)
      expect(unknown.json()).toMatchObject({ code: 'feedback.before_unknown', field: 'before' })
      expect(everything.length).toBeGreaterThan(6)
      expect(pages.flat()).toEqual(everything.map((row) => row.id))
      expect(pages.slice(0, -1).every((page) => page.length === 3)).toBe(true)
    })

    async function countRows(table: 'outbox') {
      const row = await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      return Number(row.n)
    }
  })
}

const NOW_PLUS_3H = '2026-11-20T18:00:00.000Z'
