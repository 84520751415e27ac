import type { ColumnType, Generated } from 'kysely'

/** Instants: written as ISO-8601 strings, read as text (SQLite) or Date (PostgreSQL). */
export type Instant = ColumnType<string | Date, string, string>
export type NullableInstant = ColumnType<string | Date | null, string | null | undefined, string | null>
/** Integers: PostgreSQL aggregates may arrive as strings; columns arrive as numbers. */
export type Int = ColumnType<number, number | undefined, number>

export interface LocationTable {
  id: string
  name: string
  time_zone: string
  country: string
  created_at: Instant
}

export interface StaffMemberTable {
  id: string
  first_name: string
  last_name: string
  role: 'staff' | 'manager' | 'owner'
  home_location_id: string
  pin_hash: string
  created_at: Instant
  archived_at: NullableInstant
  pin_reset_expires_at: NullableInstant
}

export interface SessionTable {
  id: string
  staff_id: string
  location_id: string
  created_at: Instant
  expires_at: Instant
  revoked_at: NullableInstant
  device_id: ColumnType<string | null, string | null | undefined, string | null>
}

export interface DeviceTable {
  id: string
  token_hash: string
  location_id: string
  name: string
  enrolled_at: Instant
  enrolled_by: string
  last_seen_at: Instant
  revoked_at: NullableInstant
}

export interface PinFailureTable {
  id: string
  staff_id: string
  location_id: string
  at: Instant
}

export interface CustomerTable {
  id: string
  display_name: string
  pronunciation: string | null
  phone: string | null
  email: string | null
  birth_month: number | null
  birth_day: number | null
  household: string
  tags: string
  contact_consent_at: NullableInstant
  card_code: string
  created_at: Instant
  updated_at: Instant
  ref: ColumnType<string | null, string | null | undefined, string | null>
}

export interface CustomerNameTokenTable {
  token: string
  customer_id: string
  member: string
}

export interface CustomerNoteTable {
  id: string
  customer_id: string
  staff_id: string
  location_id: string
  body: string
  created_at: Instant
}

export interface CatalogItemTable {
  id: string
  sku: string
  name: string
  category: string
  price_minor: number
  modifier_groups: string
  position: Int
  archived_at: NullableInstant
}

export interface ModifierTable {
  id: string
  group_name: string
  name: string
  price_minor: Int
  position: Int
  archived_at: NullableInstant
}

export interface CatalogItemUnavailableTable {
  catalog_item_id: string
  location_id: string
}

export interface OrderTable {
  id: string
  location_id: string
  customer_id: string | null
  staff_id: string | null
  status: 'paid' | 'tab'
  source: string
  total_minor: number
  placed_at: Instant
  local_day: string
  ref: ColumnType<string | null, string | null | undefined, string | null>
  voided_at: ColumnType<string | Date | null, string | null | undefined, string | null>
  voided_by: ColumnType<string | null, string | null | undefined, string | null>
  void_reason: ColumnType<string | null, string | null | undefined, string | null>
}

export interface OrderLineTable {
  id: string
  order_id: string
  position: number
  catalog_item_id: string
  name: string
  quantity: number
  unit_price_minor: number
  modifiers: string
  usual_key: string
  line_total_minor: number
}

export interface IdempotencyKeyTable {
  key: string
  scope: string
  request_hash: string
  status_code: number | null
  response_body: string | null
  created_at: Instant
}

export interface AuditEventTable {
  id: string
  at: Instant
  actor_type: string
  actor_id: string | null
  location_id: string | null
  action: string
  subject_type: string
  subject_id: string | null
  before: string | null
  after: string | null
  /** Set once, when erasing a customer redacted personal words in before/after; nothing else may change. */
  redacted_at: ColumnType<string | Date | null, string | null | undefined, string>
}

export interface OutboxTable {
  id: string
  topic: string
  payload: string
  created_at: Instant
  available_at: Instant
  attempts: Int
  delivered_at: NullableInstant
  last_error: string | null
}

export interface SettingTable {
  key: string
  value: string
}

export interface EmpowermentPolicyTable {
  scope: string
  role: 'staff' | 'manager'
  max_per_gesture_minor: number
  daily_budget_minor: number
  max_per_customer_30d_minor: number
  allowed_types: string
  updated_at: Instant
  updated_by: string
}

export interface GestureTable {
  id: string
  type: string
  reason: string
  value_minor: number
  note: string | null
  staff_id: string
  customer_id: string | null
  location_id: string
  order_id: string | null
  status: string
  limit_passed: string | null
  cap_minor: number | null
  would_be_minor: number | null
  requested_at: Instant
  expires_at: NullableInstant
  decided_at: NullableInstant
  decided_by: string | null
  decision_note: string | null
  coupon_id: string | null
  ref: ColumnType<string | null, string | null | undefined, string | null>
}

export interface CouponTable {
  id: string
  code: string
  token: string
  benefit: string
  message: string
  value_minor: number
  customer_id: string | null
  gesture_id: string | null
  location_id: string
  issued_by: string
  issued_at: Instant
  expires_at: Instant
  redeemed_at: NullableInstant
  redeemed_location_id: string | null
  redeemed_staff_id: string | null
  redeemed_order_id: string | null
}

export interface ThrottleEventTable {
  id: string
  key: string
  at: Instant
}

export interface LiveEventTable {
  id: string
  location_id: string | null
  topic: string
  payload: string
  at: Instant
  /** The writing transaction on PostgreSQL (set by default), 0 on SQLite. */
  tx: Generated<string | number>
  /** Next in line: a sequence on PostgreSQL, max + 1 under SQLite's one writer. */
  seq: ColumnType<string | number, string | number | undefined, never>
}

export interface FeedbackTable {
  id: string
  kind: 'praise' | 'problem' | 'idea'
  rating: number | null
  text: string
  location_id: string
  staff_id: string | null
  customer_id: string | null
  contact_email: string | null
  source: 'coupon' | 'receipt' | 'location_qr'
  source_id: string
  status: 'new' | 'replied' | 'closed'
  received_at: Instant
}

export interface FeedbackReplyTable {
  id: string
  feedback_id: string
  staff_id: string
  body: string
  sent_to: string
  sent_at: Instant
}

export interface KudosTable {
  id: string
  staff_id: string
  location_id: string
  from_role: 'customer' | 'manager' | 'owner'
  given_by: string | null
  feedback_id: string | null
  note: string | null
  given_at: Instant
  /** When the person praised saw it at the counter; null until then. */
  seen_at: Instant | null
}

export interface RateLimitHitTable {
  key: string
  window_start_ms: number
  hits: number
}

export interface TaskTable {
  id: string
  kind: 'recovery' | 'thank_you'
  title: string
  location_id: string
  assignee_id: string | null
  feedback_id: string | null
  due_at: Instant
  done_at: NullableInstant
  created_at: Instant
}

export interface PrivacyRequestTable {
  id: string
  kind: 'export' | 'erasure'
  contact_email: string
  customer_id: string | null
  status: 'requested' | 'done' | 'declined'
  requested_at: Instant
  decided_at: NullableInstant
  decided_by: string | null
}

export interface StampEntryTable {
  id: string
  customer_id: string
  kind: string
  qty: number
  expires_at: NullableInstant
  order_id: string | null
  gesture_id: string | null
  batch_id: string | null
  forgiven: Int
  staff_id: string | null
  location_id: string | null
  reason: string | null
  at: Instant
}

export interface StampConsumptionTable {
  entry_id: string
  batch_id: string
  qty: number
}

export interface StampCardTable {
  customer_id: string
  token: string
  created_at: Instant
}

export interface TabAccountTable {
  id: string
  customer_id: string
  kind: 'tab' | 'house'
  limit_minor: number
  status: 'open' | 'closed'
  location_id: string
  opened_by: string
  opened_at: Instant
  closed_at: NullableInstant
}

export interface TabEntryTable {
  id: string
  account_id: string
  kind: string
  amount_minor: number
  order_id: string | null
  reverses_id: string | null
  staff_id: string
  approved_by: string | null
  location_id: string
  reason: string | null
  at: Instant
}

export interface TabStatementTable {
  id: string
  account_id: string
  number: number
  period_start: Instant
  period_end: Instant
  opening_minor: number
  closing_minor: number
  entries: string
  issued_by: string
  issued_at: Instant
}

export interface TabApprovalTable {
  id: string
  customer_id: string
  location_id: string
  staff_id: string
  amount_minor: number
  limit_minor: number
  balance_minor: number
  order_request: string
  status: 'pending' | 'approved' | 'declined' | 'expired'
  requested_at: Instant
  expires_at: Instant
  decided_at: NullableInstant
  decided_by: string | null
  order_id: string | null
}

export interface Database {
  location: LocationTable
  staff_member: StaffMemberTable
  session: SessionTable
  pin_failure: PinFailureTable
  customer: CustomerTable
  customer_name_token: CustomerNameTokenTable
  customer_note: CustomerNoteTable
  catalog_item: CatalogItemTable
  modifier: ModifierTable
  catalog_item_unavailable: CatalogItemUnavailableTable
  device: DeviceTable
  order: OrderTable
  order_line: OrderLineTable
  idempotency_key: IdempotencyKeyTable
  audit_event: AuditEventTable
  outbox: OutboxTable
  setting: SettingTable
  empowerment_policy: EmpowermentPolicyTable
  gesture: GestureTable
  coupon: CouponTable
  throttle_event: ThrottleEventTable
  live_event: LiveEventTable
  feedback: FeedbackTable
  feedback_reply: FeedbackReplyTable
  kudos: KudosTable
  task: TaskTable
  rate_limit_hit: RateLimitHitTable
  privacy_request: PrivacyRequestTable
  stamp_entry: StampEntryTable
  stamp_consumption: StampConsumptionTable
  stamp_card: StampCardTable
  tab_account: TabAccountTable
  tab_entry: TabEntryTable
  tab_statement: TabStatementTable
  tab_approval: TabApprovalTable
}
