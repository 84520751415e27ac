import type { VisitSummary, VisitsPort } from '../../domain/visit-model/index.js'
import type { Dialect } from '../connect.js'
import { preparedQuery } from '../prepared.js'
import type { Executor } from '../transaction.js'

/** The tier's visit count on every greeting card. */
const visitDaysQuery = preparedQuery((db, p: { customerId: string; fromDay: string }) =>
  db
    .selectFrom('order')
    .select((eb) => eb.fn.count<number>('local_day').distinct().as('visits'))
    .where('customer_id', '=', p.customerId)
    .where('voided_at', 'is', null)
    .where('local_day', '>=', p.fromDay),
)

export function visitsRepository(db: Executor, dialect: Dialect): VisitsPort {
  const summaries = () =>
    db
      .selectFrom('order')
      .select((eb) => ['customer_id', eb.fn.count<number>('local_day').distinct().as('visits'), eb.fn.min('local_day').as('first_day'), eb.fn.max('local_day').as('last_day')])
      .where('customer_id', 'is not', null)
      .where('voided_at', 'is', null)
      .groupBy('customer_id')
  const toSummary = (row: { customer_id: string | null; visits: number; first_day: string; last_day: string }): VisitSummary => ({
    customerId: row.customer_id!,
    visits: Number(row.visits),
    firstDay: row.first_day,
    lastDay: row.last_day,
  })
  return {
    async visitSummaries(upToDay) {
      return (await summaries().where('local_day', '<=', upToDay).execute()).map(toSummary)
    },
    async visitSummary(customerId, upToDay) {
      const row = await summaries().where('customer_id', '=', customerId).where('local_day', '<=', upToDay).executeTakeFirst()
      return row && toSummary(row)
    },
    async latestVisitDay() {
      const row = await db.selectFrom('order').select((eb) => eb.fn.max('local_day').as('day')).where('voided_at', 'is', null).executeTakeFirst()
      return row?.day ?? null
    },
    async countVisitDays(customerId, fromDay) {
      const [row] = await visitDaysQuery.run(db, dialect, { customerId, fromDay })
      return Number(row?.visits ?? 0)
    },
  }
}
