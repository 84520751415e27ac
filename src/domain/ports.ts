import type { AuditPort } from './audit/ports.js'
import type { CatalogPort } from './catalog/ports.js'
import type { CouponsPort, ThrottlePort } from './coupons/ports.js'
import type { CustomersPort } from './customers/ports.js'
import type { GesturesPort, PoliciesPort } from './empowerment/ports.js'
import type { FeedbackPort, KudosPort, TasksPort } from './feedback/ports.js'
import type { LiveEventsPort } from './live/ports.js'
import type { StampsPort } from './loyalty/ports.js'
import type { InsightsPort } from './insights/ports.js'
import type { DevicesPort, LocationsPort } from './locations/ports.js'
import type { IdempotencyPort, OrdersPort } from './orders/ports.js'
import type { OutboxPort } from './outbox/ports.js'
import type { PrivacyPort } from './privacy/ports.js'
import type { Clock } from './shared/clock.js'
import type { Ids } from './shared/ids.js'
import type { SettingsPort } from './shared/settings.js'
import type { SessionsPort, StaffPort } from './staff/ports.js'
import type { TabsPort } from './tabs/ports.js'
import type { VisitsPort } from './visit-model/ports.js'

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
