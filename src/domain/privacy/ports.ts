import type { AuditPort } from '../audit/ports.js'
import type { CustomersPort, CustomersTxPort } from '../customers/ports.js'
import type { OutboxPort } from '../outbox/ports.js'
import type { SettingsPort } from '../shared/settings.js'
import type { RandomBytes, UseCaseDeps } from '../shared/unit-of-work.js'
import type { TabsPort } from '../tabs/ports.js'
/** What a customer's data export holds: every row that names or describes them, as stored. */
export interface CustomerDataExport {
  customer: Record<string, unknown>
  notes: Record<string, unknown>[]
  orders: Record<string, unknown>[]
  gestures: Record<string, unknown>[]
  coupons: Record<string, unknown>[]
  feedback: Record<string, unknown>[]
  stamps: Record<string, unknown>[]
  tab: Record<string, unknown>[]
}

export interface Anonymisation {
  customerId: string
  /** Replaces the name ("Former guest #8F3A"). */
  anonymousName: string
  /** A fresh card code, so a found card leads nowhere. */
  cardCode: string
  /** Feedback left under this email without a customer link is the same person's. */
  email: string | null
  at: Date
}

export type PrivacyRequestKind = 'export' | 'erasure'

/** A customer's ask, from the feedback page or an email link, for a copy of their data or its erasure; an owner confirms. */
export interface PrivacyRequest {
  id: string
  kind: PrivacyRequestKind
  contactEmail: string
  /** The customer on file under that email, if any (never shown to the person asking). */
  customerId: string | null
  status: 'requested' | 'done' | 'declined'
  requestedAt: Date
  decidedAt: Date | null
  decidedBy: string | null
}

export interface PrivacyPort {
  insertRequest(request: PrivacyRequest): Promise<void>
  findRequest(id: string): Promise<PrivacyRequest | undefined>
  listRequests(limit: number): Promise<PrivacyRequest[]>
  /** True when this call decided the request; false when it was already decided. */
  markDecided(id: string, status: 'done' | 'declined', by: string, at: Date): Promise<boolean>
  findCustomerIdByEmail(email: string): Promise<string | undefined>
  exportCustomer(customerId: string): Promise<CustomerDataExport | undefined>
  /** Strips every registered personal-data column of the customer (PII_COLUMNS); amounts, times and ids stay. */
  anonymise(anonymisation: Anonymisation): Promise<{ rowsChanged: number }>
}

/** Privacy requests, the customer they are about (and any open tab, which stops an erasure), emails and audit. */
export interface PrivacyRepos {
  privacy: PrivacyPort
  customers: CustomersPort
  tabs: TabsPort
  settings: SettingsPort
  outbox: OutboxPort
  audit: AuditPort
}

/** An erasure runs under the customer's row lock. */
export interface PrivacyTxRepos extends PrivacyRepos {
  customers: CustomersTxPort
}

export type PrivacyDeps = UseCaseDeps<PrivacyRepos, PrivacyTxRepos> & RandomBytes
