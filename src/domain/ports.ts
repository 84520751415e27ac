import type { AuditPort } from './audit/ports.js'
import type { CatalogPort } from './catalog/ports.js'
import type { CouponsPort, ThrottlePort } from './coupons/ports.js'
import type { CustomersPort, CustomersTxPort } from './customers/ports.js'
import type { GesturesPort, PoliciesPort } from './empowerment/ports.js'
import type { FeedbackPort, KudosPort, TasksPort } from './feedback/ports.js'
import type { LiveEventsPort } from './live/ports.js'
import type { StampsPort } from './loyalty/ports.js'
import type { InsightsPort } from './insights/ports.js'
import type { DevicesPort, LocationsPort } from './locations/ports.js'
import type { IdempotencyPort, OrdersPort } from './orders/ports.js'
import type { OutboxPort, OutboxTxPort } from './outbox/ports.js'
import type { PrivacyPort } from './privacy/ports.js'
import type { SettingsPort } from './shared/settings.js'
import type { UnitOfWork as UnitOfWorkOver, UseCaseDeps } from './shared/unit-of-work.js'
import type { SessionsPort, StaffPort, StaffTxPort } from './staff/ports.js'
import type { TabsPort } from './tabs/ports.js'
import type { VisitsPort } from './visit-model/ports.js'

/** Every module's persistence port for reads outside a transaction, bound to the database. */
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

/** The repositories inside one transaction: the same ports, and the lock methods that only make sense there. */
export interface TxRepositories extends Repositories {
  customers: CustomersTxPort
  staff: StaffTxPort
  outbox: OutboxTxPort
}

export type UnitOfWork = UnitOfWorkOver<TxRepositories>

/** Everything any use case may depend on: what compose builds. Each module's use cases take a narrower part of it. */
export interface Deps extends UseCaseDeps<Repositories, TxRepositories> {
  randomBytes: (size: number) => Uint8Array
}
