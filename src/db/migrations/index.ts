import type { Kysely, Migration, MigrationProvider } from 'kysely'
import type { MigrationContext } from './context.js'
import * as createLocationAndStaff from './2026-11-23T0100_create_location_and_staff.js'
import * as createSession from './2026-11-23T0110_create_session.js'
import * as createCustomer from './2026-11-23T0120_create_customer.js'
import * as createCatalog from './2026-11-23T0130_create_catalog.js'
import * as createOrder from './2026-11-23T0140_create_order.js'
import * as createIdempotencyKey from './2026-11-23T0150_create_idempotency_key.js'
import * as createAuditEvent from './2026-11-23T0160_create_audit_event.js'
import * as createOutboxAndSetting from './2026-11-23T0170_create_outbox_and_setting.js'
import * as createGestureAndPolicy from './2026-11-23T0200_create_gesture_and_policy.js'
import * as createCoupon from './2026-11-23T0210_create_coupon.js'
import * as createThrottleAndLiveEvent from './2026-11-23T0220_create_throttle_and_live_event.js'
import * as addImportRefs from './2026-11-23T0300_add_import_refs.js'
import * as indexOrderVisits from './2026-11-23T0310_index_order_visits.js'
import * as createFeedback from './2026-11-23T0400_create_feedback.js'
import * as indexOrderVisitDays from './2026-11-23T0500_index_order_visit_days.js'
import * as addKudosSeenAt from './2026-11-23T0600_add_kudos_seen_at.js'
import * as createRateLimitHit from './2026-11-23T0610_create_rate_limit_hit.js'
import * as allowAuditRedaction from './2026-12-05T0400_allow_audit_redaction.js'
import * as createPrivacyRequest from './2026-12-05T0410_create_privacy_request.js'
import * as addStaffPinReset from './2026-12-06T0300_add_staff_pin_reset.js'
import * as addMenuAdmin from './2026-12-06T0400_add_menu_admin.js'
import * as createDevice from './2026-12-06T0500_create_device.js'
import * as addOrderVoid from './2026-12-06T0600_add_order_void.js'
import * as createStampLedger from './2026-12-06T0700_create_stamp_ledger.js'
import * as createTabLedger from './2026-12-06T0710_create_tab_ledger.js'
import * as liveEventCommitOrder from './2026-12-07T0100_live_event_commit_order.js'
import * as auditNoTruncate from './2026-12-07T0200_audit_no_truncate.js'

interface MigrationModule {
  up(db: Kysely<any>, context: MigrationContext): Promise<void>
  down(db: Kysely<any>, context: MigrationContext): Promise<void>
}

/** Ordered; a shipped migration is never edited, only followed by a new one. */
const migrations: Record<string, MigrationModule> = {
  '2026-11-23T0100_create_location_and_staff': createLocationAndStaff,
  '2026-11-23T0110_create_session': createSession,
  '2026-11-23T0120_create_customer': createCustomer,
  '2026-11-23T0130_create_catalog': createCatalog,
  '2026-11-23T0140_create_order': createOrder,
  '2026-11-23T0150_create_idempotency_key': createIdempotencyKey,
  '2026-11-23T0160_create_audit_event': createAuditEvent,
  '2026-11-23T0170_create_outbox_and_setting': createOutboxAndSetting,
  '2026-11-23T0200_create_gesture_and_policy': createGestureAndPolicy,
  '2026-11-23T0210_create_coupon': createCoupon,
  '2026-11-23T0220_create_throttle_and_live_event': createThrottleAndLiveEvent,
  '2026-11-23T0300_add_import_refs': addImportRefs,
  '2026-11-23T0310_index_order_visits': indexOrderVisits,
  '2026-11-23T0400_create_feedback': createFeedback,
  '2026-11-23T0500_index_order_visit_days': indexOrderVisitDays,
  '2026-11-23T0600_add_kudos_seen_at': addKudosSeenAt,
  '2026-11-23T0610_create_rate_limit_hit': createRateLimitHit,
  '2026-12-05T0400_allow_audit_redaction': allowAuditRedaction,
  '2026-12-05T0410_create_privacy_request': createPrivacyRequest,
  '2026-12-06T0300_add_staff_pin_reset': addStaffPinReset,
  '2026-12-06T0400_add_menu_admin': addMenuAdmin,
  '2026-12-06T0500_create_device': createDevice,
  '2026-12-06T0600_add_order_void': addOrderVoid,
  '2026-12-06T0700_create_stamp_ledger': createStampLedger,
  '2026-12-06T0710_create_tab_ledger': createTabLedger,
  '2026-12-07T0100_live_event_commit_order': liveEventCommitOrder,
  '2026-12-07T0200_audit_no_truncate': auditNoTruncate,
}

export class UsualMigrationProvider implements MigrationProvider {
  constructor(private readonly context: MigrationContext) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(migrations).map(([name, migration]) => [
        name,
        { up: (db) => migration.up(db, this.context), down: (db) => migration.down(db, this.context) },
      ]),
    )
  }
}
