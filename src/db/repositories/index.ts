import type { TxRepositories, UnitOfWork } from '../../domain/ports.js'
import type { Ids } from '../../domain/shared/ids.js'
import type { Db, Dialect } from '../connect.js'
import { inTransaction, type Executor } from '../transaction.js'
import { auditRepository } from './audit.repository.js'
import { catalogRepository } from './catalog.repository.js'
import { customersRepository } from './customers.repository.js'
import { devicesRepository, locationsRepository } from './locations.repository.js'
import { idempotencyRepository, ordersRepository } from './orders.repository.js'
import { outboxRepository, RecentSettings, settingsRepository } from './outbox.repository.js'
import { sessionsRepository, staffRepository } from './staff.repository.js'
import { couponsRepository, throttleRepository } from './coupons.repository.js'
import { liveEventsRepository } from './live.repository.js'
import { gesturesRepository, policiesRepository } from './empowerment.repository.js'
import { insightsRepository } from './insights.repository.js'
import { feedbackRepository, kudosRepository, tasksRepository } from './feedback.repository.js'
import { privacyRepository } from './privacy.repository.js'
import { stampsRepository } from './stamps.repository.js'
import { tabsRepository } from './tabs.repository.js'
import { visitsRepository } from './visits.repository.js'

/**
 * Every port's implementation bound to one executor. Bound to one transaction (unitOfWork) it is the TxRepositories
 * uow.run hands out; compose binds it to the database and hands it out as Repositories, without the lock methods.
 */
export function makeRepositories(
  db: Executor,
  dialect: Dialect,
  ids: Ids,
  poke: () => void = () => {},
  recent: { settings: RecentSettings; inTransaction: boolean } = { settings: new RecentSettings(), inTransaction: false },
): TxRepositories {
  return {
    locations: locationsRepository(db),
    devices: devicesRepository(db),
    staff: staffRepository(db, dialect),
    sessions: sessionsRepository(db, dialect),
    customers: customersRepository(db, dialect),
    catalog: catalogRepository(db),
    orders: ordersRepository(db),
    idempotency: idempotencyRepository(db),
    audit: auditRepository(db, ids),
    outbox: outboxRepository(db, dialect, ids),
    settings: settingsRepository(db, dialect, recent.settings, { inTransaction: recent.inTransaction }),
    gestures: gesturesRepository(db),
    policies: policiesRepository(db),
    coupons: couponsRepository(db),
    throttle: throttleRepository(db, ids),
    live: liveEventsRepository(db, dialect, ids, poke),
    insights: insightsRepository(db),
    privacy: privacyRepository(db),
    feedback: feedbackRepository(db),
    kudos: kudosRepository(db),
    tasks: tasksRepository(db),
    stamps: stampsRepository(db),
    tabs: tabsRepository(db),
    visits: visitsRepository(db, dialect),
  }
}

export function unitOfWork(db: Db, ids: Ids, poke: () => void = () => {}, settings: RecentSettings = new RecentSettings()): UnitOfWork {
  return { run: (fn) => inTransaction(db.kysely, (trx) => fn(makeRepositories(trx, db.dialect, ids, poke, { settings, inTransaction: true }))) }
}
