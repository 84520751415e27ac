/**
 * Every column that holds personal data, and what erasing a customer does to it (PRODUCT.md: a customer may ask for
 * their data or its deletion). Erasure anonymises: ledgers and orders stay under the customer's id, which no longer
 * names anyone. A test reads the migrated schema and fails on a personal-looking column that is not listed here.
 */
export type PiiTreatment =
  /** The customer's own profile field: nulled or replaced by an anonymous value. */
  | 'erase'
  /** Free text written by or about the customer: replaced by a marker, the row (and its amounts) kept. */
  | 'scrub'
  /** A copy derived from other columns (search tokens, cached responses): deleted with the customer's rows. */
  | 'derived'
  /** A staff member's own data: kept while they work here, not part of a customer's erasure. */
  | 'staff'
  /** A JSON snapshot that may quote customer fields (audit, outbox, live events): customer keys redacted in place. */
  | 'snapshot'

export interface PiiColumn {
  table: string
  column: string
  treatment: PiiTreatment
  /** What the column holds, for the export and for whoever reads the registry. */
  holds: string
}

export const PII_COLUMNS: readonly PiiColumn[] = [
  { table: 'customer', column: 'display_name', treatment: 'erase', holds: 'name' },
  { table: 'customer', column: 'pronunciation', treatment: 'erase', holds: 'how to say the name' },
  { table: 'customer', column: 'phone', treatment: 'erase', holds: 'phone number' },
  { table: 'customer', column: 'email', treatment: 'erase', holds: 'email address' },
  { table: 'customer', column: 'birth_month', treatment: 'erase', holds: 'birthday (month)' },
  { table: 'customer', column: 'birth_day', treatment: 'erase', holds: 'birthday (day)' },
  { table: 'customer', column: 'household', treatment: 'erase', holds: 'other names on the account' },
  { table: 'customer', column: 'tags', treatment: 'erase', holds: 'tags staff gave the customer' },
  { table: 'customer', column: 'contact_consent_at', treatment: 'erase', holds: 'when contact was allowed' },
  { table: 'customer', column: 'card_code', treatment: 'erase', holds: 'loyalty card code (replaced, so a found card leads nowhere)' },
  { table: 'customer', column: 'ref', treatment: 'erase', holds: 'reference from an imported system' },
  { table: 'customer_name_token', column: 'token', treatment: 'derived', holds: 'searchable pieces of names' },
  { table: 'customer_name_token', column: 'member', treatment: 'derived', holds: 'household member a token belongs to' },
  { table: 'customer_note', column: 'body', treatment: 'scrub', holds: 'what staff noted' },
  { table: 'gesture', column: 'note', treatment: 'scrub', holds: 'why a gesture was given' },
  { table: 'gesture', column: 'decision_note', treatment: 'scrub', holds: "a manager's words on a gesture" },
  { table: 'coupon', column: 'message', treatment: 'scrub', holds: 'message printed on a coupon' },
  { table: 'feedback', column: 'text', treatment: 'scrub', holds: "the customer's feedback" },
  { table: 'feedback', column: 'contact_email', treatment: 'erase', holds: 'email to reply to' },
  { table: 'feedback_reply', column: 'body', treatment: 'scrub', holds: 'reply sent to the customer' },
  { table: 'feedback_reply', column: 'sent_to', treatment: 'erase', holds: 'email the reply went to' },
  { table: 'kudos', column: 'note', treatment: 'scrub', holds: 'words of praise (may quote the customer)' },
  { table: 'task', column: 'title', treatment: 'scrub', holds: 'task title (may name the customer)' },
  { table: 'idempotency_key', column: 'response_body', treatment: 'derived', holds: 'a replayed response (may show the customer)' },
  { table: 'stamp_card', column: 'token', treatment: 'derived', holds: "the link to the customer's own card page (deleted, so an old link leads nowhere)" },
  { table: 'stamp_entry', column: 'reason', treatment: 'scrub', holds: "a manager's reason for correcting a card" },
  { table: 'tab_entry', column: 'reason', treatment: 'scrub', holds: "a manager's reason for writing off a tab" },
  { table: 'audit_event', column: 'before', treatment: 'snapshot', holds: 'state before a change' },
  { table: 'audit_event', column: 'after', treatment: 'snapshot', holds: 'state after a change' },
  { table: 'outbox', column: 'payload', treatment: 'snapshot', holds: 'email or notification to send' },
  { table: 'live_event', column: 'payload', treatment: 'snapshot', holds: 'live update sent to screens' },
  { table: 'privacy_request', column: 'contact_email', treatment: 'erase', holds: 'where to answer a data request (kept as [erased] once answered by erasure)' },
  { table: 'staff_member', column: 'first_name', treatment: 'staff', holds: "staff member's first name" },
  { table: 'staff_member', column: 'last_name', treatment: 'staff', holds: "staff member's last name" },
]

/**
 * Columns whose names look personal but hold none, each with the reason. A new column that looks personal must go in
 * PII_COLUMNS or here, or the registry test fails.
 */
export const NOT_PERSONAL: Readonly<Record<string, string>> = {
  'location.name': "a shop's name",
  'device.name': 'a tablet\'s name, given by the business ("Front counter")',
  'catalog_item.name': 'a menu item',
  'modifier.name': 'a menu modifier',
  'modifier.group_name': 'a menu modifier group',
  'order_line.name': 'the menu item rung, as it was named then',
  'setting.value': 'business settings (name, currency, policies)',
  'throttle_event.key': 'a rate-limit key (session or address hash), pruned within minutes',
  'rate_limit_hit.key': 'a rate-limit counter key, expired within minutes',
  'coupon.token': 'a random link token',
  'device.token_hash': 'the hash of a random tablet token, no person in it',
  'coupon.benefit': 'what a coupon gives, chosen from a list',
  'empowerment_policy.allowed_types': 'gesture types',
  'order.ref': 'reference of an imported order',
  'gesture.ref': 'reference of an imported gesture',
}

/** Column names that suggest personal data; the registry test checks every such column is classified. */
export const PERSONAL_LOOKING = /(^|_)(name|phone|email|mail|note|text|body|household|birth|pronunciation|contact|message|sent_to|title|tags|member|token|address|before|after|payload|ref)($|_)/
