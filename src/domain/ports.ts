import type { AuditPort } from './audit/index.js'
import type { CatalogPort } from './catalog/index.js'
import type { CouponsPort, ThrottlePort } from './coupons/index.js'
import type { CustomersPort } from './customers/index.js'
import type { GesturesPort, PoliciesPort } from './empowerment/index.js'
import type { FeedbackPort, KudosPort, TasksPort } from './feedback/index.js'
import type { LiveEventsPort } from './live/index.js'
import type { StampsPort } from './loyalty/index.js'
import type { InsightsPort } from './insights/index.js'
import type { DevicesPort, LocationsPort } from './locations/index.js'
import type { IdempotencyPort, OrdersPort } from './orders/index.js'
import type { OutboxPort } from './outbox/index.js'
import type { PrivacyPort } from './privacy/index.js'
import type { Clock } from './shared/clock.js'
import type { Ids } from './shared/ids.js'
import type { SettingsPort } from './shared/settings.js'
import type { SessionsPort, StaffPort } from './staff/index.js'
import type { TabsPort } from './tabs/index.js'
import type { VisitsPort } from './visit-model/index.js'

/** Every module's persistence port, bound to one executor (the database or one transaction). */
export interface Repositories {
  locations: LocationsPort
  devices: DevicesPort
  staff: StaffPort
  sessions: SessionsPort
  customers: CustomersPort
  catalog: CatalogPort
  orders: OrdersPort
  idempotency: IdempotencyPort
  audit: AuditPort
  outbox: OutboxPort
  settings: SettingsPort
  gestures: GesturesPort
  policies: PoliciesPort
  coupons: CouponsPort
  throttle: ThrottlePort
  live: LiveEventsPort
  insights: InsightsPort
  feedback: FeedbackPort
  kudos: KudosPort
  tasks: TasksPort
  privacy: PrivacyPort
  stamps: StampsPort
  tabs: TabsPort
  visits: VisitsPort
}

export interface UnitOfWork {
  /** Runs fn with repositories bound to one transaction. */
  run<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>
}

/** What every use case may depend on. */
export interface Deps {
  clock: Clock
  ids: Ids
  /** Reads outside a transaction. */
  repos: Repositories
  uow: UnitOfWork
  randomBytes: (size: number) => Uint8Array
}
