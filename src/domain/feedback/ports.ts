import type { Feedback, FeedbackKind, FeedbackStatus, Kudos, Reply, Task, UnseenKudos } from './feedback.js'
import type { AuditPort } from '../audit/ports.js'
import type { CouponReads } from '../coupons/ports.js'
import type { LiveEventsPort } from '../live/ports.js'
import type { LocationsPort } from '../locations/ports.js'
import type { OrderReads } from '../orders/index.js'
import type { OutboxPort } from '../outbox/ports.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'
import type { StaffPort } from '../staff/ports.js'

export interface FeedbackFilter {
  locationId?: string
  status?: FeedbackStatus
  kind?: FeedbackKind
  /** The page after this feedback, by received time then id: what "Show older" asks for. */
  before?: Pick<Feedback, 'receivedAt' | 'id'>
  limit: number
}

/** Feedback as the inbox shows it: with names, and when it was first answered. */
export interface FeedbackRow extends Feedback {
  locationName: string
  timeZone: string
  staffName: string | null
  customerName: string | null
  firstReplyAt: Date | null
  replies: number
}

export interface TaskRow extends Task {
  locationName: string
  assigneeName: string | null
}

export interface FeedbackPort {
  insert(feedback: Feedback): Promise<void>
  findById(id: string): Promise<FeedbackRow | undefined>
  /** Newest first. */
  list(filter: FeedbackFilter): Promise<FeedbackRow[]>
  insertReply(reply: Reply): Promise<void>
  /** Sets the status to replied unless it was closed; false when it was. */
  markReplied(id: string): Promise<boolean>
  /** Sets the status to closed unless it already was; false when it was (so two closes cannot both count). */
  markClosed(id: string): Promise<boolean>
}

export interface KudosPort {
  insert(kudos: Kudos): Promise<void>
  /** A staff member's kudos they have not seen yet, newest first. */
  listUnseen(staffId: string, limit: number): Promise<UnseenKudos[]>
  /** Marks those of `ids` that are this staff member's and unseen as seen at `at`; returns the ids it marked. */
  markSeen(staffId: string, ids: string[], at: Date): Promise<string[]>
}

export interface TasksPort {
  insert(task: Task): Promise<void>
  findById(id: string): Promise<TaskRow | undefined>
  /** Marks the task done at `at` unless it already was; false when it was (so two taps cannot both count). */
  markDone(id: string, at: Date): Promise<boolean>
  /** Soonest due first. */
  list(filter: { locationId?: string; open?: boolean; limit: number }): Promise<TaskRow[]>
}

/** What feedback reads through other modules' functions: the coupon or order a form was reached from. */
type ReadsOfOthers = CouponReads['repos'] & OrderReads['repos']

/** Feedback, kudos and tasks; the coupon or order a form was reached from; the location and its staff; replies by email. */
export interface FeedbackRepos extends ReadsOfOthers {
  feedback: FeedbackPort
  kudos: KudosPort
  tasks: TasksPort
  locations: LocationsPort
  staff: StaffPort
  outbox: OutboxPort
  live: LiveEventsPort
  audit: AuditPort
}

export type FeedbackDeps = UseCaseDeps<FeedbackRepos>
