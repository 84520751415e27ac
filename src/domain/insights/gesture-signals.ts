/** Signals that a staff member's goodwill may be going astray, for a manager to look at (not verdicts). */

export interface StaffGestureActivity {
  staffId: string
  staffName: string
  staffFullName: string
  locationId: string
  /** Distinct local days the person rang orders or gave gestures: their shifts. */
  shifts: number
  gestures: { customerId: string | null; customerName: string | null; valueMinor: number }[]
}

export interface StaffSignals {
  staffId: string
  staffName: string
  locationId: string
  shifts: number
  gestures: number
  valueMinor: number
  gesturesPerShift: number
  valuePerShiftMinor: number
  /** How far above the location's typical person, in robust z-scores (median and MAD of peers). */
  gesturesPerShiftScore: number | null
  valuePerShiftScore: number | null
  /** The customer who got the most of this person's gestures, when it is several. */
  topCustomer: { customerId: string; customerName: string | null; gestures: number; share: number } | null
  /** Gestures to a customer whose name is the staff member's own. */
  ownAccountGestures: number
  flags: ('many_gestures' | 'high_value' | 'same_customer' | 'own_account')[]
}

/** A robust z-score above this marks an outlier among peers at the same location. */
export const OUTLIER_SCORE = 3.5
/** Too few gestures to call anyone an outlier: one comp among peers who gave none is not a pattern. */
export const OUTLIER_MIN_GESTURES = 5
export const SAME_CUSTOMER_MIN = 4
export const SAME_CUSTOMER_SHARE = 0.3

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Modified z-score (Iglewicz & Hoaglin): 0.6745 (x − median) / MAD; null with too few peers or no spread. */
function robustScore(value: number, peers: number[]): number | null {
  if (peers.length < 3) return null
  const m = median(peers)
  const mad = median(peers.map((peer) => Math.abs(peer - m)))
  if (mad === 0) return value > m ? Infinity : 0
  return (0.6745 * (value - m)) / mad
}

/** Scores go out as JSON: "infinitely" above identical peers is reported as 99. */
const reportable = (score: number | null) => (score === Infinity ? 99 : score)

const normalizeName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

export function gestureSignals(activity: readonly StaffGestureActivity[]): StaffSignals[] {
  const base = activity.map((person) => {
    const valueMinor = person.gestures.reduce((sum, g) => sum + g.valueMinor, 0)
    const shifts = Math.max(1, person.shifts)
    const perCustomer = new Map<string, { name: string | null; count: number }>()
    for (const g of person.gestures) {
      if (!g.customerId) continue
      const seen = perCustomer.get(g.customerId) ?? { name: g.customerName, count: 0 }
      seen.count += 1
      perCustomer.set(g.customerId, seen)
    }
    const top = [...perCustomer.entries()].sort((a, b) => b[1].count - a[1].count)[0]
    const own = normalizeName(person.staffFullName)
    return {
      person,
      valueMinor,
      gesturesPerShift: person.gestures.length / shifts,
      valuePerShiftMinor: valueMinor / shifts,
      topCustomer: top ? { customerId: top[0], customerName: top[1].name, gestures: top[1].count, share: top[1].count / person.gestures.length } : null,
      ownAccountGestures: person.gestures.filter((g) => g.customerName && normalizeName(g.customerName) === own).length,
    }
  })
  return base.map((row) => {
    const peers = base.filter((other) => other.person.locationId === row.person.locationId && other !== row)
    const gesturesPerShiftScore = robustScore(row.gesturesPerShift, peers.map((peer) => peer.gesturesPerShift))
    const valuePerShiftScore = robustScore(row.valuePerShiftMinor, peers.map((peer) => peer.valuePerShiftMinor))
    const flags: StaffSignals['flags'] = []
    const enough = row.person.gestures.length >= OUTLIER_MIN_GESTURES
    if (enough && gesturesPerShiftScore !== null && gesturesPerShiftScore > OUTLIER_SCORE) flags.push('many_gestures')
    if (enough && valuePerShiftScore !== null && valuePerShiftScore > OUTLIER_SCORE) flags.push('high_value')
    if (row.topCustomer && row.topCustomer.gestures >= SAME_CUSTOMER_MIN && row.topCustomer.share >= SAME_CUSTOMER_SHARE) flags.push('same_customer')
    if (row.ownAccountGestures > 0) flags.push('own_account')
    return {
      staffId: row.person.staffId,
      staffName: row.person.staffName,
      locationId: row.person.locationId,
      shifts: row.person.shifts,
      gestures: row.person.gestures.length,
      valueMinor: row.valueMinor,
      gesturesPerShift: row.gesturesPerShift,
      valuePerShiftMinor: Math.round(row.valuePerShiftMinor),
      gesturesPerShiftScore: reportable(gesturesPerShiftScore),
      valuePerShiftScore: reportable(valuePerShiftScore),
      topCustomer: row.topCustomer,
      ownAccountGestures: row.ownAccountGestures,
      flags,
    }
  })
}
