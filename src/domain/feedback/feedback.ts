import { addDays, localDay, startOfDayString } from '../shared/instant.js'

export const FEEDBACK_KINDS = ['praise', 'problem', 'idea'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

export const FEEDBACK_SOURCES = ['coupon', 'receipt', 'location_qr'] as const
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number]

export type FeedbackStatus = 'new' | 'replied' | 'closed'

/** What a customer told us from a coupon, a receipt or a location's QR code, in a minute on their phone. */
export interface Feedback {
  id: string
  kind: FeedbackKind
  /** 1–5 stars, when given. */
  rating: number | null
  text: string
  locationId: string
  /** The staff member the customer named as the one who served them. */
  staffId: string | null
  /** Known when the source points to one (a coupon or receipt of theirs). */
  customerId: string | null
  /** Where a reply goes; no email means no reply can be sent. */
  contactEmail: string | null
  source: FeedbackSource
  /** The coupon, order or location the link was made for. */
  sourceId: string
  status: FeedbackStatus
  receivedAt: Date
}

/** Recognition of a staff member: from a customer (praise naming them), a manager or an owner. */
export interface Kudos {
  id: string
  staffId: string
  locationId: string
  from: 'customer' | 'manager' | 'owner'
  /** The manager or owner who gave it; null when a customer did. */
  givenBy: string | null
  feedbackId: string | null
  note: string | null
  givenAt: Date
  /** When the person praised saw it at the counter; null until then. */
  seenAt: Date | null
}

/** An unseen kudos as stored, with what the customer wrote when it came from feedback. */
export interface UnseenKudos {
  id: string
  from: Kudos['from']
  giverName: string | null
  note: string | null
  feedbackText: string | null
  feedbackRating: number | null
  locationName: string
  givenAt: Date
}

/** Kudos as the person praised sees it at their next sign-in: what was said, and by whom. */
export interface KudosNews {
  id: string
  from: Kudos['from']
  /** The manager's or owner's first name; null when a customer gave it. */
  giverName: string | null
  /** The customer's words, or the manager's or owner's note. */
  words: string | null
  rating: number | null
  locationName: string
  givenAt: Date
}

/** A customer's own words come first; a manager passing praise on is quoted by their note, else the praise's words. */
export function kudosNews(kudos: UnseenKudos): KudosNews {
  const fromCustomer = kudos.from === 'customer'
  return {
    id: kudos.id,
    from: kudos.from,
    giverName: kudos.giverName,
    words: fromCustomer ? kudos.feedbackText : (kudos.note ?? kudos.feedbackText),
    rating: fromCustomer ? kudos.feedbackRating : null,
    locationName: kudos.locationName,
    givenAt: kudos.givenAt,
  }
}

export type TaskKind = 'recovery' | 'thank_you'

/** Something a manager must do by a due time: make a problem right, or thank someone in person. */
export interface Task {
  id: string
  kind: TaskKind
  title: string
  locationId: string
  /** The location's manager; null when it has none (the owner then sees it). */
  assigneeId: string | null
  feedbackId: string | null
  dueAt: Date
  doneAt: Date | null
  createdAt: Date
}

/** An answer to a customer, sent by email through the outbox. */
export interface Reply {
  id: string
  feedbackId: string
  staffId: string
  body: string
  sentTo: string
  sentAt: Date
}

export const MAX_FEEDBACK_TEXT = 2_000
export const MAX_REPLY_TEXT = 4_000
export const MAX_KUDOS_NOTE = 280

/** The parts of a public feedback link `/f/<kind>-<id>`: a coupon, a receipt (an order) or a location's QR code. */
export function parseFeedbackSource(text: string): { source: FeedbackSource; sourceId: string } | null {
  const match = /^(coupon|receipt|location)-([A-Za-z0-9-]{1,64})$/.exec(text)
  if (!match) return null
  const source: FeedbackSource = match[1] === 'location' ? 'location_qr' : (match[1] as FeedbackSource)
  return { source, sourceId: match[2]! }
}

/** The path of a feedback page for a source, the inverse of `parseFeedbackSource`. */
export function feedbackPath(source: FeedbackSource, sourceId: string): string {
  return `/f/${source === 'location_qr' ? 'location' : source}-${sourceId}`
}

/** A recovery or thank-you task is due by the end of the next local day at the location (PRODUCT.md, The loop). */
export function taskDueAt(at: Date, timeZone: string): Date {
  return startOfDayString(addDays(localDay(at, timeZone), 2), timeZone)
}

/** The tasks feedback creates: a problem asks for recovery; praise naming someone asks their manager to thank them. */
export function tasksFor(
  feedback: Pick<Feedback, 'id' | 'kind' | 'locationId' | 'receivedAt'>,
  context: { timeZone: string; managerId: string | null; staffFirstName: string | null },
  newId: () => string,
): Task[] {
  const base = { locationId: feedback.locationId, assigneeId: context.managerId, feedbackId: feedback.id, dueAt: taskDueAt(feedback.receivedAt, context.timeZone), doneAt: null, createdAt: feedback.receivedAt }
  if (feedback.kind === 'problem') return [{ id: newId(), kind: 'recovery', title: 'Make it right with the customer', ...base }]
  if (feedback.kind === 'praise' && context.staffFirstName) return [{ id: newId(), kind: 'thank_you', title: `Thank ${context.staffFirstName} in person`, ...base }]
  return []
}

/** Praise naming a staff member is kudos for them, from the customer. */
export function kudosFor(feedback: Pick<Feedback, 'id' | 'kind' | 'staffId' | 'locationId' | 'receivedAt'>, newId: () => string): Kudos | null {
  if (feedback.kind !== 'praise' || !feedback.staffId) return null
  return { id: newId(), staffId: feedback.staffId, locationId: feedback.locationId, from: 'customer', givenBy: null, feedbackId: feedback.id, note: null, givenAt: feedback.receivedAt, seenAt: null }
}

/** Hours, with fractions, from one instant to a later one (how long a customer waited for a reply). */
export function hoursBetween(from: Date, to: Date): number {
  return Math.max(0, (to.getTime() - from.getTime()) / 3_600_000)
}
