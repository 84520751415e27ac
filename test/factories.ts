import type { Actor } from '../src/domain/access/index.js'
import type { Customer } from '../src/domain/customers/index.js'
import { DEFAULT_POLICIES, type EmpowermentPolicy, type Gesture } from '../src/domain/empowerment/index.js'
import { DEFAULT_STAMP_PROGRAMME, type StampEntry, type StampProgramme } from '../src/domain/loyalty/index.js'
import type { TabAccount, TabApproval, TabEntry } from '../src/domain/tabs/index.js'
import { TEST_NOW } from './fakes/fake-deps.js'

const now = () => new Date(TEST_NOW)

/** A barista signed in at location A (New York) unless told otherwise. */
export function anActor(overrides: Partial<Actor> = {}): Actor {
  const role = overrides.role ?? 'staff'
  return { staffId: `staff-${role}`, firstName: role === 'staff' ? 'Sam' : role === 'manager' ? 'Priya' : 'Ann', role, locationId: 'loc-a', timeZone: 'America/New_York', country: 'US', sessionId: `session-${role}`, ...overrides }
}

export function aCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'customer-jill',
    displayName: 'Jill Okafor',
    pronunciation: null,
    phone: '+14155550142',
    email: 'jill@example.com',
    birthday: null,
    household: [],
    tags: [],
    contactConsentAt: null,
    cardCode: 'JILL-0001',
    createdAt: now(),
    updatedAt: now(),
    ...overrides,
  }
}

/** An open same-day tab with a $30 limit, opened at location A. */
export function aTabAccount(overrides: Partial<TabAccount> = {}): TabAccount {
  return { id: 'tab-1', customerId: 'customer-jill', kind: 'tab', limitMinor: 3_000, status: 'open', locationId: 'loc-a', openedBy: 'staff-staff', openedAt: now(), closedAt: null, ...overrides }
}

export function aTabCharge(overrides: Partial<TabEntry> = {}): TabEntry {
  return { id: 'entry-1', accountId: 'tab-1', kind: 'charge', amountMinor: 1_000, orderId: 'order-1', reversesId: null, staffId: 'staff-staff', approvedBy: null, locationId: 'loc-a', reason: null, at: now(), ...overrides }
}

/** A barista's pending request to pass Jill's $30 limit by $6, lapsing ten minutes after it was made. */
export function aTabApproval(overrides: Partial<TabApproval> = {}): TabApproval {
  const requestedAt = overrides.requestedAt ?? now()
  return {
    id: 'tab-approval-1',
    customerId: 'customer-jill',
    locationId: 'loc-a',
    staffId: 'staff-staff',
    amountMinor: 600,
    limitMinor: 3_000,
    balanceMinor: 2_500,
    orderRequest: { lines: [] },
    status: 'pending',
    requestedAt,
    expiresAt: new Date(requestedAt.getTime() + 10 * 60_000),
    decidedAt: null,
    decidedBy: null,
    orderId: null,
    ...overrides,
  }
}

/** An active programme: ten stamps for a drink, one per visit, no waiting between earns. */
export function aStampProgramme(overrides: Partial<StampProgramme> = {}): StampProgramme {
  return { ...DEFAULT_STAMP_PROGRAMME, active: true, minMinutesBetweenEarns: 0, maxEarnsPerDay: 20, version: 1, ...overrides }
}

/** One earned stamp batch that expires in a year. */
export function aStampEarn(overrides: Partial<StampEntry> = {}): StampEntry {
  const at = overrides.at ?? now()
  return {
    id: `stamp-${at.getTime()}`,
    customerId: 'customer-jill',
    kind: 'earn',
    qty: 1,
    expiresAt: new Date(at.getTime() + 365 * 86_400_000),
    consumes: [],
    orderId: null,
    gestureId: null,
    batchId: null,
    forgiven: 0,
    staffId: 'staff-staff',
    locationId: 'loc-a',
    reason: null,
    at,
    ...overrides,
  }
}

export function aGesture(overrides: Partial<Gesture> = {}): Gesture {
  return {
    id: 'gesture-1',
    type: 'comp_item',
    reason: 'delight',
    valueMinor: 450,
    note: null,
    staffId: 'staff-staff',
    customerId: null,
    locationId: 'loc-a',
    orderId: null,
    status: 'granted',
    limit: null,
    capMinor: null,
    wouldBeMinor: null,
    requestedAt: now(),
    expiresAt: null,
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
    couponId: null,
    ...overrides,
  }
}

/** The chain's default policy for a role, with any limits changed. */
export function aPolicy(role: 'staff' | 'manager' = 'staff', overrides: Partial<EmpowermentPolicy> = {}): EmpowermentPolicy {
  return { ...structuredClone(DEFAULT_POLICIES[role]), ...overrides }
}
