/**
 * The loop's numbers (PRODUCT.md, Insights): kudos per person and location, and how fast customers get a reply.
 * Pure functions over rows the insights port reads; readings are one plain sentence, honest when data is thin.
 */

export interface KudosRecord {
  staffId: string
  staffName: string
  locationId: string
  locationName: string
  from: 'customer' | 'manager' | 'owner'
}

export interface KudosCount {
  fromCustomers: number
  /** From managers and owners. */
  fromManagers: number
  total: number
}

export interface PersonKudos extends KudosCount {
  staffId: string
  staffName: string
  locationId: string
  locationName: string
}

export interface LocationKudos extends KudosCount {
  locationId: string
  locationName: string
}

export interface KudosTally {
  total: number
  /** Most kudos first. */
  people: PersonKudos[]
  locations: LocationKudos[]
}

/** Feedback that left an email (so it can be answered), with when it was first answered. */
export interface ReplyRecord {
  locationId: string
  locationName: string
  receivedAt: Date
  firstReplyAt: Date | null
}

export interface ReplyTimes {
  /** Feedback with an email that got a reply, and that is still waiting for one. */
  replied: number
  waiting: number
  /** Hours from feedback to first reply; null without replies. */
  medianHours: number | null
  p90Hours: number | null
}

export interface LocationReplyTimes extends ReplyTimes {
  locationId: string
  locationName: string
}

/** Below this many replies a median says little, and the reading says so. */
export const MIN_REPLIES_FOR_MEDIAN = 5
/** The slowest tenth needs at least ten replies to exist. */
export const MIN_REPLIES_FOR_P90 = 10
/** Below this many kudos, people and locations are not ranked. */
export const MIN_KUDOS_TO_COMPARE = 5

const byTotal = (name: (row: PersonKudos | LocationKudos) => string) => (a: PersonKudos | LocationKudos, b: PersonKudos | LocationKudos) =>
  b.total - a.total || name(a).localeCompare(name(b))

/** Kudos counted per staff member and per location, split by who gave them. */
export function kudosTally(records: readonly KudosRecord[]): KudosTally {
  const people = new Map<string, PersonKudos>()
  const locations = new Map<string, LocationKudos>()
  const count = (target: KudosCount, from: KudosRecord['from']) => {
    if (from === 'customer') target.fromCustomers += 1
    else target.fromManagers += 1
    target.total += 1
  }
  for (const record of records) {
    const person = people.get(record.staffId) ?? { staffId: record.staffId, staffName: record.staffName, locationId: record.locationId, locationName: record.locationName, fromCustomers: 0, fromManagers: 0, total: 0 }
    count(person, record.from)
    people.set(record.staffId, person)
    const location = locations.get(record.locationId) ?? { locationId: record.locationId, locationName: record.locationName, fromCustomers: 0, fromManagers: 0, total: 0 }
    count(location, record.from)
    locations.set(record.locationId, location)
  }
  return {
    total: records.length,
    people: [...people.values()].sort(byTotal((row) => ('staffName' in row ? row.staffName : ''))),
    locations: [...locations.values()].sort(byTotal((row) => row.locationName)),
  }
}

/**
 * The p-th quantile (0–1) of numbers sorted ascending, interpolating between the two nearest ranks.
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = (sorted.length - 1) * p
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

function timesOf(records: readonly ReplyRecord[]): ReplyTimes {
  const hours = records
    .filter((record) => record.firstReplyAt !== null)
    .map((record) => Math.max(0, record.firstReplyAt!.getTime() - record.receivedAt.getTime()) / 3_600_000)
    .sort((a, b) => a - b)
  const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100)
  return { replied: hours.length, waiting: records.length - hours.length, medianHours: rounded(quantile(hours, 0.5)), p90Hours: rounded(quantile(hours, 0.9)) }
}

/** Reply times overall and per location: median and 90th percentile of hours from feedback to its first reply. */
export function replyTimes(records: readonly ReplyRecord[]): { overall: ReplyTimes; locations: LocationReplyTimes[] } {
  const byLocation = new Map<string, ReplyRecord[]>()
  for (const record of records) {
    const list = byLocation.get(record.locationId)
    if (list) list.push(record)
    else byLocation.set(record.locationId, [record])
  }
  const locations = [...byLocation.values()]
    .map((list) => ({ locationId: list[0]!.locationId, locationName: list[0]!.locationName, ...timesOf(list) }))
    .sort((a, b) => a.locationName.localeCompare(b.locationName))
  return { overall: timesOf(records), locations }
}

/** "40 minutes", "3 hours", "1.4 hours", "2 days": how long a wait was, in words (as precise as the chart). */
export function hoursWords(hours: number): string {
  if (hours < 1) {
    const minutes = Math.max(1, Math.round(hours * 60))
    return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
  }
  if (hours < 48) {
    const rounded = hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours)
    return `${rounded} ${rounded === 1 ? 'hour' : 'hours'}`
  }
  return `${Math.round(hours / 24)} days`
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Reply times in one sentence: the typical wait, the slow tail when there are enough replies, and who still waits. */
export function describeReplyTimes(times: { overall: ReplyTimes; locations: LocationReplyTimes[] }, days: number): string {
  const { replied, waiting, medianHours, p90Hours } = times.overall
  const still = waiting > 0 ? `, ${waiting} still waiting` : ''
  if (replied + waiting === 0) return `No feedback with an email to answer in the last ${days} days yet.`
  if (replied < MIN_REPLIES_FOR_MEDIAN || medianHours === null) {
    return `Too few replies yet to say how fast customers hear back: ${count(replied, 'reply', 'replies')} in the last ${days} days (at least ${MIN_REPLIES_FOR_MEDIAN} are needed)${still}.`
  }
  const tail = replied >= MIN_REPLIES_FOR_P90 && p90Hours !== null ? `; 9 in 10 within ${hoursWords(p90Hours)}` : ''
  const measured = times.locations.filter((location) => location.replied >= MIN_REPLIES_FOR_MEDIAN && location.medianHours !== null)
  const slowest = measured.length >= 2 ? [...measured].sort((a, b) => b.medianHours! - a.medianHours!)[0]! : null
  const slow = slowest && slowest.medianHours! > medianHours * 1.5 ? ` Slowest: ${slowest.locationName}, half within ${hoursWords(slowest.medianHours!)}.` : ''
  return `Half the customers who left an email had a reply within ${hoursWords(medianHours)}${tail} (last ${days} days, ${count(replied, 'reply', 'replies')}${still}).${slow}`
}

/** Who got the most kudos, in one sentence. */
export function describeKudosPeople(tally: KudosTally, days: number): string {
  if (tally.total === 0) return `No kudos in the last ${days} days yet. Praise that names someone, and kudos from managers, count here.`
  if (tally.total < MIN_KUDOS_TO_COMPARE) return `Only ${count(tally.total, 'kudos', 'kudos')} in the last ${days} days: too few to compare people yet.`
  const top = tally.people[0]!
  const tied = tally.people.filter((person) => person.total === top.total)
  const fromCustomers = `${top.fromCustomers} from customers`
  if (tied.length > 1) {
    const names = tied.slice(0, 3).map((person) => person.staffName)
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} got the most kudos in the last ${days} days, ${top.total} each, out of ${tally.total}.`
  }
  return `${top.staffName} (${top.locationName}) got the most kudos in the last ${days} days: ${top.total} of ${tally.total}, ${fromCustomers}.`
}

/** Kudos per location, in one sentence. */
export function describeKudosLocations(tally: KudosTally, days: number): string {
  if (tally.total === 0) return `No kudos at any location in the last ${days} days yet.`
  if (tally.total < MIN_KUDOS_TO_COMPARE) return `Only ${count(tally.total, 'kudos', 'kudos')} in the last ${days} days: too few to compare locations yet.`
  const parts = tally.locations.map((location) => `${location.locationName} ${location.total}`)
  const customers = tally.locations.reduce((sum, location) => sum + location.fromCustomers, 0)
  return `Kudos in the last ${days} days: ${parts.join(', ')}; ${Math.round((customers / tally.total) * 100)}% came from customers.`
}
