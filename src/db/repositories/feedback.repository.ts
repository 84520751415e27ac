import type { Feedback, FeedbackPort, FeedbackRow, Kudos, KudosPort, Reply, Task, TaskRow, TasksPort } from '../../domain/feedback/index.js'
import type { ExpressionBuilder } from 'kysely'
import type { Database } from '../schema.js'
import { toInstant, toOptionalInstant, type Executor } from '../transaction.js'

export function feedbackRow(feedback: Feedback) {
  return {
    id: feedback.id,
    kind: feedback.kind,
    rating: feedback.rating,
    text: feedback.text,
    location_id: feedback.locationId,
    staff_id: feedback.staffId,
    customer_id: feedback.customerId,
    contact_email: feedback.contactEmail,
    source: feedback.source,
    source_id: feedback.sourceId,
    status: feedback.status,
    received_at: feedback.receivedAt.toISOString(),
  }
}

export function replyRow(reply: Reply) {
  return { id: reply.id, feedback_id: reply.feedbackId, staff_id: reply.staffId, body: reply.body, sent_to: reply.sentTo, sent_at: reply.sentAt.toISOString() }
}

export function kudosRow(kudos: Kudos) {
  return {
    id: kudos.id,
    staff_id: kudos.staffId,
    location_id: kudos.locationId,
    from_role: kudos.from,
    given_by: kudos.givenBy,
    feedback_id: kudos.feedbackId,
    note: kudos.note,
    given_at: kudos.givenAt.toISOString(),
    seen_at: kudos.seenAt?.toISOString() ?? null,
  }
}

export function taskRow(task: Task) {
  return {
    id: task.id,
    kind: task.kind,
    title: task.title,
    location_id: task.locationId,
    assignee_id: task.assigneeId,
    feedback_id: task.feedbackId,
    due_at: task.dueAt.toISOString(),
    done_at: task.doneAt?.toISOString() ?? null,
    created_at: task.createdAt.toISOString(),
  }
}

/** The instant of a feedback row's first reply, as a correlated subquery (null before any reply). */
export const firstReplyAt = (eb: ExpressionBuilder<Database, 'feedback'>) =>
  eb.selectFrom('feedback_reply').whereRef('feedback_reply.feedback_id', '=', 'feedback.id').select((r) => r.fn.min('sent_at').as('first')).as('first_reply_at')

export function feedbackRepository(db: Executor): FeedbackPort {
  const select = () =>
    db
      .selectFrom('feedback')
      .innerJoin('location', 'location.id', 'feedback.location_id')
      .leftJoin('staff_member', 'staff_member.id', 'feedback.staff_id')
      .leftJoin('customer', 'customer.id', 'feedback.customer_id')
      .selectAll('feedback')
      .select((eb) => [
        'location.name as location_name',
        'location.time_zone',
        'staff_member.first_name as staff_name',
        'customer.display_name as customer_name',
        firstReplyAt(eb),
        eb.selectFrom('feedback_reply').whereRef('feedback_reply.feedback_id', '=', 'feedback.id').select((r) => r.fn.countAll<number>().as('n')).as('replies'),
      ])

  type Row = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>
  const rowToFeedback = (row: Row): FeedbackRow => ({
    id: row.id,
    kind: row.kind,
    rating: row.rating,
    text: row.text,
    locationId: row.location_id,
    staffId: row.staff_id,
    customerId: row.customer_id,
    contactEmail: row.contact_email,
    source: row.source,
    sourceId: row.source_id,
    status: row.status,
    receivedAt: toInstant(row.received_at),
    locationName: row.location_name,
    timeZone: row.time_zone,
    staffName: row.staff_name,
    customerName: row.customer_name,
    firstReplyAt: toOptionalInstant((row.first_reply_at as string | Date | null) ?? null),
    replies: Number(row.replies ?? 0),
  })

  return {
    async insert(feedback) {
      await db.insertInto('feedback').values(feedbackRow(feedback)).execute()
    },
    async findById(id) {
      const row = await select().where('feedback.id', '=', id).executeTakeFirst()
      return row && rowToFeedback(row)
    },
    async list(filter) {
      let query = select()
      if (filter.locationId) query = query.where('feedback.location_id', '=', filter.locationId)
      if (filter.status) query = query.where('feedback.status', '=', filter.status)
      if (filter.kind) query = query.where('feedback.kind', '=', filter.kind)
      // Keyset paging in the list's own order: rows after the one named, however many share its instant.
      if (filter.before) {
        const { receivedAt, id } = filter.before
        query = query.where((eb) =>
          eb.or([eb('feedback.received_at', '<', receivedAt.toISOString()), eb.and([eb('feedback.received_at', '=', receivedAt.toISOString()), eb('feedback.id', '<', id)])]),
        )
      }
      const rows = await query.orderBy('feedback.received_at', 'desc').orderBy('feedback.id', 'desc').limit(filter.limit).execute()
      return rows.map(rowToFeedback)
    },
    async insertReply(reply) {
      await db.insertInto('feedback_reply').values(replyRow(reply)).execute()
    },
    async markReplied(id) {
      const result = await db.updateTable('feedback').set({ status: 'replied' }).where('id', '=', id).where('status', '!=', 'closed').executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
    async markClosed(id) {
      const result = await db.updateTable('feedback').set({ status: 'closed' }).where('id', '=', id).where('status', '!=', 'closed').executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
  }
}

export function kudosRepository(db: Executor): KudosPort {
  return {
    async insert(kudos) {
      await db.insertInto('kudos').values(kudosRow(kudos)).execute()
    },
    async listUnseen(staffId, limit) {
      const rows = await db
        .selectFrom('kudos')
        .innerJoin('location', 'location.id', 'kudos.location_id')
        .leftJoin('staff_member as giver', 'giver.id', 'kudos.given_by')
        .leftJoin('feedback', 'feedback.id', 'kudos.feedback_id')
        .select([
          'kudos.id',
          'kudos.from_role',
          'kudos.note',
          'kudos.given_at',
          'giver.first_name as giver_name',
          'feedback.text as feedback_text',
          'feedback.rating',
          'location.name as location_name',
        ])
        .where('kudos.staff_id', '=', staffId)
        .where('kudos.seen_at', 'is', null)
        .orderBy('kudos.given_at', 'desc')
        .orderBy('kudos.id', 'desc')
        .limit(limit)
        .execute()
      return rows.map((row) => ({
        id: row.id,
        from: row.from_role,
        giverName: row.giver_name,
        note: row.note,
        feedbackText: row.feedback_text,
        feedbackRating: row.rating,
        locationName: row.location_name,
        givenAt: toInstant(row.given_at),
      }))
    },
    async markSeen(staffId, ids, at) {
      if (ids.length === 0) return []
      const rows = await db
        .updateTable('kudos')
        .set({ seen_at: at.toISOString() })
        .where('staff_id', '=', staffId)
        .where('id', 'in', ids)
        .where('seen_at', 'is', null)
        .returning('id')
        .execute()
      return rows.map((row) => row.id)
    },
  }
}

export function tasksRepository(db: Executor): TasksPort {
  const select = () =>
    db
      .selectFrom('task')
      .innerJoin('location', 'location.id', 'task.location_id')
      .leftJoin('staff_member', 'staff_member.id', 'task.assignee_id')
      .selectAll('task')
      .select(['location.name as location_name', 'staff_member.first_name as assignee_name'])
  type Row = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>
  const rowToTask = (row: Row): TaskRow => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    locationId: row.location_id,
    assigneeId: row.assignee_id,
    feedbackId: row.feedback_id,
    dueAt: toInstant(row.due_at),
    doneAt: toOptionalInstant(row.done_at),
    createdAt: toInstant(row.created_at),
    locationName: row.location_name,
    assigneeName: row.assignee_name,
  })

  return {
    async insert(task) {
      await db.insertInto('task').values(taskRow(task)).execute()
    },
    async findById(id) {
      const row = await select().where('task.id', '=', id).executeTakeFirst()
      return row && rowToTask(row)
    },
    async markDone(id, at) {
      const result = await db.updateTable('task').set({ done_at: at.toISOString() }).where('id', '=', id).where('done_at', 'is', null).executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
    async list(filter) {
      let query = select()
      if (filter.locationId) query = query.where('task.location_id', '=', filter.locationId)
      if (filter.open) query = query.where('task.done_at', 'is', null)
      const rows = await query.orderBy('task.due_at').orderBy('task.id').limit(filter.limit).execute()
      return rows.map(rowToTask)
    },
  }
}
