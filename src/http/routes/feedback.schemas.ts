import { Type } from '@sinclair/typebox'
import { FEEDBACK_KINDS, FEEDBACK_SOURCES, type FeedbackRow, type Kudos, type KudosNews, type Reply, type TaskRow } from '../../domain/feedback/index.js'
import { Instant, literals, Nullable } from './common.schemas.js'

export const FeedbackKindSchema = literals(FEEDBACK_KINDS)
export const FeedbackStatusSchema = literals(['new', 'replied', 'closed'] as const)

export const SourceParams = Type.Object({
  source: Type.String({ minLength: 1, maxLength: 80, description: '`coupon-<id>`, `receipt-<orderId>` or `location-<id>`' }),
})

/** What a customer sends: only kind and text are required. */
export const FeedbackBody = Type.Object(
  {
    kind: FeedbackKindSchema,
    rating: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
    text: Type.String({ minLength: 1, maxLength: 2_000, pattern: '\\S' }),
    staffId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
  },
  { additionalProperties: false },
)

export const FeedbackView = Type.Object({
  id: Type.String(),
  kind: FeedbackKindSchema,
  rating: Nullable(Type.Integer()),
  text: Type.String(),
  locationId: Type.String(),
  locationName: Type.String(),
  staffId: Nullable(Type.String()),
  staffName: Nullable(Type.String()),
  customerId: Nullable(Type.String()),
  customerName: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  source: literals(FEEDBACK_SOURCES),
  status: FeedbackStatusSchema,
  receivedAt: Instant,
  firstReplyAt: Nullable(Instant),
  replies: Type.Integer(),
})

export const toFeedbackView = (row: FeedbackRow) => ({
  id: row.id,
  kind: row.kind,
  rating: row.rating,
  text: row.text,
  locationId: row.locationId,
  locationName: row.locationName,
  staffId: row.staffId,
  staffName: row.staffName,
  customerId: row.customerId,
  customerName: row.customerName,
  contactEmail: row.contactEmail,
  source: row.source,
  status: row.status,
  receivedAt: row.receivedAt.toISOString(),
  firstReplyAt: row.firstReplyAt?.toISOString() ?? null,
  replies: row.replies,
})

export const ReplyView = Type.Object({ id: Type.String(), feedbackId: Type.String(), staffId: Type.String(), body: Type.String(), sentTo: Type.String(), sentAt: Instant })
export const toReplyView = (reply: Reply) => ({ ...reply, sentAt: reply.sentAt.toISOString() })

export const KudosView = Type.Object({
  id: Type.String(),
  staffId: Type.String(),
  locationId: Type.String(),
  from: literals(['customer', 'manager', 'owner'] as const),
  givenBy: Nullable(Type.String()),
  feedbackId: Nullable(Type.String()),
  note: Nullable(Type.String()),
  givenAt: Instant,
})
export const toKudosView = (kudos: Kudos) => ({ ...kudos, givenAt: kudos.givenAt.toISOString() })

export const TaskView = Type.Object({
  id: Type.String(),
  kind: literals(['recovery', 'thank_you'] as const),
  title: Type.String(),
  locationId: Type.String(),
  locationName: Type.String(),
  assigneeId: Nullable(Type.String()),
  assigneeName: Nullable(Type.String()),
  feedbackId: Nullable(Type.String()),
  dueAt: Instant,
  doneAt: Nullable(Instant),
  createdAt: Instant,
})
export const toTaskView = (task: TaskRow) => ({ ...task, dueAt: task.dueAt.toISOString(), doneAt: task.doneAt?.toISOString() ?? null, createdAt: task.createdAt.toISOString() })

export const KudosNewsView = Type.Object({
  id: Type.String(),
  from: literals(['customer', 'manager', 'owner'] as const),
  giverName: Nullable(Type.String()),
  words: Nullable(Type.String()),
  rating: Nullable(Type.Integer()),
  locationName: Type.String(),
  givenAt: Instant,
})
export const toKudosNewsView = (news: KudosNews) => ({ ...news, givenAt: news.givenAt.toISOString() })
