import { auditRecord } from '../audit/index.js'
import { couponOrigin } from '../coupons/index.js'
import type { Location } from '../locations/index.js'
import { orderOrigin } from '../orders/index.js'
import type { FeedbackDeps, FeedbackRepos, FeedbackRow, TaskRow } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { hasRole, requireLocation, requireRole, type Actor } from '../access/index.js'
import { type StaffMember } from '../staff/index.js'
import {
  kudosFor,
  kudosNews,
  MAX_FEEDBACK_TEXT,
  MAX_KUDOS_NOTE,
  MAX_REPLY_TEXT,
  parseFeedbackSource,
  tasksFor,
  type Feedback,
  type FeedbackKind,
  type FeedbackSource,
  type FeedbackStatus,
  type Kudos,
  type KudosNews,
  type Reply,
} from './feedback.js'
import { isEmailAddress } from '../shared/email.js'

export interface FeedbackInput {
  kind: FeedbackKind
  rating?: number | null
  text: string
  staffId?: string | null
  email?: string | null
}

interface ResolvedSource {
  source: FeedbackSource
  sourceId: string
  location: Location
  customerId: string | null
}

const sourceNotFound = () => new DomainError('not_found', 'feedback.source_not_found', 'This feedback link is not one we know.')

/** The coupon, receipt or location a public feedback link points to, and the customer behind it when known. */
async function resolveSource(repos: FeedbackRepos, text: string): Promise<ResolvedSource> {
  const parsed = parseFeedbackSource(text)
  if (!parsed) throw sourceNotFound()
  const origin =
    parsed.source === 'coupon'
      ? await couponOrigin({ repos }, parsed.sourceId)
      : parsed.source === 'receipt'
        ? await orderOrigin({ repos }, parsed.sourceId)
        : { locationId: parsed.sourceId, customerId: null }
  const location = origin && (await repos.locations.findById(origin.locationId))
  if (!origin || !location) throw sourceNotFound()
  return { ...parsed, location, customerId: origin.customerId }
}

/** People a customer may name as the one who served them: the location's own staff, first names only. */
const servingStaff = async (repos: FeedbackRepos, locationId: string): Promise<StaffMember[]> =>
  (await repos.staff.listForLocation(locationId)).filter((member) => member.homeLocationId === locationId)

/** What the public feedback page needs: the location's name and its staff's first names. Nothing about the customer. */
export async function feedbackForm(deps: FeedbackDeps, sourceText: string) {
  const { location, source } = await resolveSource(deps.repos, sourceText)
  const staff = await servingStaff(deps.repos, location.id)
  return { source, locationName: location.name, timeZone: location.timeZone, staff: staff.map(({ id, firstName }) => ({ id, firstName })) }
}

/** Checks what a customer typed; the schema has already checked shapes, this checks meaning. */
function cleanInput(input: FeedbackInput) {
  const text = input.text.trim()
  if (!text) throw new DomainError('invalid', 'feedback.text_required', 'Tell us in a few words what happened.', { field: 'text' })
  if (text.length > MAX_FEEDBACK_TEXT) throw new DomainError('invalid', 'feedback.text_too_long', `Keep it under ${MAX_FEEDBACK_TEXT} characters.`, { field: 'text' })
  const rating = input.rating ?? null
  if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) {
    throw new DomainError('invalid', 'feedback.rating_invalid', 'A rating is 1 to 5 stars.', { field: 'rating' })
  }
  const email = input.email?.trim() || null
  if (email !== null && !isEmailAddress(email)) throw new DomainError('invalid', 'feedback.email_invalid', `“${email}” is not an email address.`, { field: 'email' })
  return { kind: input.kind, text, rating, email, staffId: input.staffId || null }
}

/**
 * A customer's feedback from a public link. Praise naming someone becomes kudos for them and a task for their
 * manager to thank them in person; a problem becomes a recovery task due by the end of the next local day.
 * Everything, with its audit events, is written in one transaction.
 */
export async function submitFeedback(deps: FeedbackDeps, sourceText: string, input: FeedbackInput): Promise<{ feedback: Feedback; staffFirstName: string | null }> {
  const clean = cleanInput(input)
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const { source, sourceId, location, customerId } = await resolveSource(repos, sourceText)
    const staff = await servingStaff(repos, location.id)
    const named = clean.staffId ? staff.find((member) => member.id === clean.staffId) : undefined
    if (clean.staffId && !named) throw new DomainError('invalid', 'feedback.unknown_staff', 'Pick one of the names shown, or “Not sure”.', { field: 'staffId' })
    const feedback: Feedback = {
      id: deps.ids.next(),
      kind: clean.kind,
      rating: clean.rating,
      text: clean.text,
      locationId: location.id,
      staffId: named?.id ?? null,
      customerId,
      contactEmail: clean.email,
      source,
      sourceId,
      status: 'new',
      receivedAt: now,
    }
    await repos.feedback.insert(feedback)
    const actor = { type: 'customer' as const, ...(customerId ? { id: customerId } : {}) }
    await repos.audit.record({ actor, action: 'feedback.received', subjectType: 'feedback', subjectId: feedback.id, locationId: location.id, after: feedback, at: now })

    const kudos = kudosFor(feedback, () => deps.ids.next())
    if (kudos) {
      await repos.kudos.insert(kudos)
      await repos.audit.record({ actor, action: 'kudos.given', subjectType: 'kudos', subjectId: kudos.id, locationId: location.id, after: kudos, at: now })
    }
    const manager = staff.find((member) => member.role === 'manager' && member.id !== named?.id) ?? null
    for (const task of tasksFor(feedback, { timeZone: location.timeZone, managerId: manager?.id ?? null, staffFirstName: named?.firstName ?? null }, () => deps.ids.next())) {
      await repos.tasks.insert(task)
      await repos.audit.record({ actor: { type: 'system', id: 'feedback' }, action: 'task.created', subjectType: 'task', subjectId: task.id, locationId: location.id, after: task, at: now })
    }
    await repos.live.publish({ topic: 'feedback.received', locationId: location.id, payload: { feedbackId: feedback.id, kind: feedback.kind } }, now)
    return { feedback, staffFirstName: named?.firstName ?? null }
  })
}

/** Scope of a list for managers (their location) and owners (any, or all). */
function scopeOf(actor: Actor, what: string, locationId: string | undefined): string | undefined {
  requireRole(actor, 'manager', what)
  const scoped = locationId || (actor.role === 'owner' ? undefined : actor.locationId)
  if (scoped) requireLocation(actor, scoped)
  return scoped
}

/** The feedback inbox, newest first, a page at a time (`before`: the last one shown): managers see their location's, owners any or all. */
export async function listFeedback(
  deps: FeedbackDeps,
  actor: Actor,
  filter: { locationId?: string; status?: FeedbackStatus; kind?: FeedbackKind; before?: string; limit?: number } = {},
): Promise<FeedbackRow[]> {
  const locationId = scopeOf(actor, 'read feedback', filter.locationId)
  const before = filter.before ? await deps.repos.feedback.findById(filter.before) : undefined
  if (filter.before && !before) {
    throw new DomainError('invalid', 'feedback.before_unknown', 'The page to continue from is not a feedback we know; start again from the newest.', { field: 'before' })
  }
  return deps.repos.feedback.list({ ...filter, before, locationId, limit: Math.min(filter.limit ?? 100, 500) })
}

/** Open recovery and thank-you tasks, soonest due first. */
export async function listTasks(deps: FeedbackDeps, actor: Actor, filter: { locationId?: string; open?: boolean; limit?: number } = {}): Promise<TaskRow[]> {
  const locationId = scopeOf(actor, 'see tasks', filter.locationId)
  return deps.repos.tasks.list({ locationId, open: filter.open ?? true, limit: Math.min(filter.limit ?? 100, 500) })
}

/**
 * An owner (or the location's manager) answers a customer by email. The reply, its email in the outbox, the
 * feedback's new status and the audit event commit together.
 */
export async function replyToFeedback(deps: FeedbackDeps, actor: Actor, feedbackId: string, request: { body: string; business: string }): Promise<Reply> {
  requireRole(actor, 'manager', 'reply to customers')
  const body = request.body.trim()
  if (!body) throw new DomainError('invalid', 'reply.empty', 'Write the reply first.', { field: 'body' })
  if (body.length > MAX_REPLY_TEXT) throw new DomainError('invalid', 'reply.too_long', `Keep the reply under ${MAX_REPLY_TEXT} characters.`, { field: 'body' })
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const feedback = await repos.feedback.findById(feedbackId)
    if (!feedback) throw new DomainError('not_found', 'feedback.not_found', 'No such feedback.', { feedbackId })
    requireLocation(actor, feedback.locationId)
    if (!feedback.contactEmail) throw new DomainError('conflict', 'feedback.no_contact', 'This customer left no email, so there is nowhere to send a reply.')
    if (!(await repos.feedback.markReplied(feedback.id))) throw new DomainError('conflict', 'feedback.closed', 'This feedback is closed.', { currentStatus: 'closed' })
    const reply: Reply = { id: deps.ids.next(), feedbackId: feedback.id, staffId: actor.staffId, body, sentTo: feedback.contactEmail, sentAt: now }
    await repos.feedback.insertReply(reply)
    await repos.outbox.enqueue(
      {
        topic: 'email.send',
        payload: {
          to: feedback.contactEmail,
          subject: `About your visit to ${request.business} ${feedback.locationName}`,
          text: `${body}\n\n${actor.firstName}, ${request.business}\n\nYou wrote: “${feedback.text}”`,
        },
      },
      now,
    )
    await repos.audit.record(auditRecord(actor, 'feedback.replied', { type: 'feedback', id: feedback.id }, now, {
      locationId: feedback.locationId,
      before: { status: feedback.status },
      after: { status: 'replied', replyId: reply.id, sentTo: reply.sentTo },
    }))
    await repos.live.publish({ topic: 'feedback.replied', locationId: feedback.locationId, payload: { feedbackId: feedback.id } }, now)
    return reply
  })
}

/**
 * The location's manager (or an owner) marks a recovery or thank-you task done. A task is done once: a second tap,
 * here or on another screen, is refused rather than counted again. The change and its audit event commit together.
 */
export async function completeTask(deps: FeedbackDeps, actor: Actor, taskId: string): Promise<TaskRow> {
  requireRole(actor, 'manager', 'mark tasks done')
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const task = await repos.tasks.findById(taskId)
    if (!task) throw new DomainError('not_found', 'task.not_found', 'No such task.', { taskId })
    requireLocation(actor, task.locationId)
    if (!(await repos.tasks.markDone(task.id, now))) {
      throw new DomainError('conflict', 'task.already_done', 'This task is already done.', { doneAt: task.doneAt?.toISOString() ?? null })
    }
    await repos.audit.record(auditRecord(actor, 'task.done', { type: 'task', id: task.id }, now, {
      locationId: task.locationId,
      before: { doneAt: null },
      after: { doneAt: now },
    }))
    await repos.live.publish({ topic: 'task.done', locationId: task.locationId, payload: { taskId: task.id } }, now)
    return { ...task, doneAt: now }
  })
}

/**
 * The location's manager (or an owner) closes feedback that needs nothing more: answered, or nothing to answer.
 * Closed feedback takes no more replies and leaves the "waiting for a reply" count.
 */
export async function closeFeedback(deps: FeedbackDeps, actor: Actor, feedbackId: string): Promise<FeedbackRow> {
  requireRole(actor, 'manager', 'close feedback')
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const feedback = await repos.feedback.findById(feedbackId)
    if (!feedback) throw new DomainError('not_found', 'feedback.not_found', 'No such feedback.', { feedbackId })
    requireLocation(actor, feedback.locationId)
    if (!(await repos.feedback.markClosed(feedback.id))) throw new DomainError('conflict', 'feedback.closed', 'This feedback is already closed.', { currentStatus: 'closed' })
    await repos.audit.record(auditRecord(actor, 'feedback.closed', { type: 'feedback', id: feedback.id }, now, {
      locationId: feedback.locationId,
      before: { status: feedback.status },
      after: { status: 'closed' },
    }))
    await repos.live.publish({ topic: 'feedback.closed', locationId: feedback.locationId, payload: { feedbackId: feedback.id } }, now)
    return { ...feedback, status: 'closed' }
  })
}

/** A manager (for their location's people) or an owner (anyone's) recognises a staff member. */
export async function giveKudos(deps: FeedbackDeps, actor: Actor, request: { staffId: string; note?: string | null; feedbackId?: string | null }): Promise<Kudos> {
  requireRole(actor, 'manager', 'give kudos')
  const note = request.note?.trim() || null
  if (note && note.length > MAX_KUDOS_NOTE) throw new DomainError('invalid', 'kudos.note_too_long', `Keep the note under ${MAX_KUDOS_NOTE} characters.`, { field: 'note' })
  if (request.staffId === actor.staffId) throw new DomainError('invalid', 'kudos.own', 'Kudos are for someone else.', { field: 'staffId' })
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const member = await repos.staff.findById(request.staffId)
    if (!member || member.archivedAt) throw new DomainError('invalid', 'kudos.unknown_staff', 'No such staff member.', { field: 'staffId' })
    requireLocation(actor, member.homeLocationId)
    if (request.feedbackId) {
      const feedback = await repos.feedback.findById(request.feedbackId)
      if (!feedback || feedback.locationId !== member.homeLocationId) throw new DomainError('invalid', 'kudos.unknown_feedback', 'That feedback is not about this person’s location.', { field: 'feedbackId' })
    }
    const kudos: Kudos = {
      id: deps.ids.next(),
      staffId: member.id,
      locationId: member.homeLocationId,
      from: hasRole(actor, 'owner') ? 'owner' : 'manager',
      givenBy: actor.staffId,
      feedbackId: request.feedbackId ?? null,
      note,
      givenAt: now,
      seenAt: null,
    }
    await repos.kudos.insert(kudos)
    await repos.audit.record(auditRecord(actor, 'kudos.given', { type: 'kudos', id: kudos.id }, now, { locationId: kudos.locationId, after: kudos }))
    return kudos
  })
}

/** How many unseen kudos greet someone at once; older ones wait for the next sign-in. */
const KUDOS_NEWS_SHOWN = 10

/** Praise for the signed-in person that they have not seen yet, newest first: praise reaches the named employee. */
export async function newKudosFor(deps: FeedbackDeps, actor: Actor): Promise<KudosNews[]> {
  return (await deps.repos.kudos.listUnseen(actor.staffId, KUDOS_NEWS_SHOWN)).map(kudosNews)
}

/** The person praised has seen these kudos; anyone else's ids are left alone. Each one marked is audited. */
export async function markKudosSeen(deps: FeedbackDeps, actor: Actor, ids: string[]): Promise<{ seen: number }> {
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const marked = await repos.kudos.markSeen(actor.staffId, [...new Set(ids)], now)
    for (const id of marked) {
      await repos.audit.record(auditRecord(actor, 'kudos.seen', { type: 'kudos', id: id }, now, { locationId: actor.locationId, after: { seenAt: now } }))
    }
    return { seen: marked.length }
  })
}
