import type { Db } from '../db/connect.js'
import { batchExpiry, DEFAULT_STAMP_PROGRAMME, STAMP_PROGRAMME_SETTING, type StampProgramme } from '../domain/loyalty/index.js'
import { addDays, localDay, startOfDayString } from '../domain/shared/instant.js'

type Sqlite = NonNullable<Db['sqlite']>

/** The card went live half a year before the benchmark's today: heavy regulars carry hundreds of entries. */
export const STAMP_LAUNCH_DAYS = 180
/** Regulars with at least this many visits in the last 30 days keep a house account; one in HOUSE_ACCOUNT_SHARE does. */
const HOUSE_ACCOUNT_VISITS = 8
const HOUSE_ACCOUNT_SHARE = 4
const HOUSE_ACCOUNT_DAYS = 14

export const BENCH_STAMP_PROGRAMME: StampProgramme = { ...DEFAULT_STAMP_PROGRAMME, active: true, version: 1 }

/**
 * The stamp and tab ledgers for the seeded orders, written in SQL over what is already there: every order since the
 * launch earns a stamp that expires a year later at the location's midnight, each full card is redeemed on the next
 * visit (with the ten stamps it took recorded, oldest first), and a share of the regulars run a house account with
 * their last two weeks on it. Returns rows written.
 */
export function insertLedgers(sqlite: Sqlite, locations: { id: string; timeZone: string }[], now: number): number {
  const launch = new Date(now - STAMP_LAUNCH_DAYS * 86_400_000).toISOString()
  sqlite.exec('create temp table bench_expiry (location_id text, local_day text, expires_at text, primary key (location_id, local_day))')
  const addExpiry = sqlite.prepare('insert into bench_expiry values (?, ?, ?)')
  for (const location of locations) {
    const today = localDay(new Date(now), location.timeZone)
    for (let back = STAMP_LAUNCH_DAYS + 1; back >= 0; back--) {
      const day = addDays(today, -back)
      const noon = new Date(startOfDayString(day, location.timeZone).getTime() + 12 * 3_600_000)
      addExpiry.run(location.id, day, batchExpiry(BENCH_STAMP_PROGRAMME, noon, location.timeZone).toISOString())
    }
  }
  const required = BENCH_STAMP_PROGRAMME.stampsRequired
  sqlite.exec(`
    create temp table bench_earn as
      select o.id, o.customer_id, o.location_id, o.staff_id, o.placed_at, e.expires_at,
             row_number() over (partition by o.customer_id order by o.placed_at, o.id) as k
      from "order" o join bench_expiry e on e.location_id = o.location_id and e.local_day = o.local_day
      where o.placed_at >= '${launch}';
    create index temp.bench_earn_k on bench_earn (customer_id, k);
  `)
  let rows = sqlite
    .prepare(
      `insert into stamp_entry (id, customer_id, kind, qty, expires_at, order_id, forgiven, staff_id, location_id, at)
       select 'se-' || id, customer_id, 'earn', 1, expires_at, id, 0, staff_id, location_id, placed_at from bench_earn order by placed_at`,
    )
    .run().changes
  // The visit after the tenth stamp redeems the card: k = 11, 21, ….
  rows += sqlite
    .prepare(
      `insert into stamp_entry (id, customer_id, kind, qty, forgiven, staff_id, location_id, at)
       select 'sr-' || id, customer_id, 'redeem', -${required}, 0, staff_id, location_id, placed_at from bench_earn
       where k > ${required} and (k - 1) % ${required} = 0 order by placed_at`,
    )
    .run().changes
  rows += sqlite
    .prepare(
      `insert into stamp_consumption (entry_id, batch_id, qty)
       select 'sr-' || r.id, 'se-' || b.id, 1 from bench_earn b
       join bench_earn r on r.customer_id = b.customer_id and r.k = ((b.k - 1) / ${required} + 1) * ${required} + 1`,
    )
    .run().changes

  const since = new Date(now - 30 * 86_400_000).toISOString()
  const charges = new Date(now - HOUSE_ACCOUNT_DAYS * 86_400_000).toISOString()
  sqlite.exec(`
    create temp table bench_house as
      select c.id as customer_id, min(o.location_id) as location_id, min(o.staff_id) as staff_id
      from "order" o join customer c on c.id = o.customer_id
      where o.placed_at >= '${since}' and c.rowid % ${HOUSE_ACCOUNT_SHARE} = 0
      group by c.id having count(*) >= ${HOUSE_ACCOUNT_VISITS};
  `)
  rows += sqlite
    .prepare(
      `insert into tab_account (id, customer_id, kind, limit_minor, status, location_id, opened_by, opened_at)
       select 'ta-' || customer_id, customer_id, 'house', 20000, 'open', location_id, staff_id, '${since}' from bench_house`,
    )
    .run().changes
  rows += sqlite
    .prepare(
      `insert into tab_entry (id, account_id, kind, amount_minor, order_id, staff_id, location_id, at)
       select 'te-' || o.id, 'ta-' || o.customer_id, 'charge', o.total_minor, o.id, o.staff_id, o.location_id, o.placed_at
       from "order" o join bench_house h on h.customer_id = o.customer_id where o.placed_at >= '${charges}' order by o.placed_at`,
    )
    .run().changes
  sqlite.exec('drop table bench_earn; drop table bench_expiry; drop table bench_house')
  sqlite.prepare('insert into setting (key, value) values (?, ?) on conflict (key) do update set value = excluded.value').run(STAMP_PROGRAMME_SETTING, JSON.stringify(BENCH_STAMP_PROGRAMME))
  return rows
}
