import type { StampEntry } from './stamp-ledger.js'
import type { AuditPort } from '../audit/ports.js'
import type { CatalogPort } from '../catalog/ports.js'
import type { CustomersPort, CustomersTxPort } from '../customers/ports.js'
import type { LiveEventsPort } from '../live/ports.js'
import type { Clock } from '../shared/clock.js'
import type { SettingsPort } from '../shared/settings.js'
import type { RandomBytes, UseCaseDeps } from '../shared/unit-of-work.js'

export interface StampsPort {
  /** The customer's whole ledger, oldest first, each entry with what it consumed. */
  forCustomer(customerId: string): Promise<StampEntry[]>
  /** Appends an entry and its consumptions. The unique indexes refuse a second earn or reversal for one order. */
  insert(entry: StampEntry): Promise<void>
  /** Customers with a batch whose expiry has come while it still holds stamps. */
  customersWithDueExpiry(now: Date, limit: number): Promise<string[]>
  /** The random token of the customer's public card page, if one was made. */
  cardToken(customerId: string): Promise<string | undefined>
  /** Makes the card token unless one exists; returns the one in force. */
  createCardToken(customerId: string, token: string, at: Date): Promise<string>
  customerForCardToken(token: string): Promise<string | undefined>
}

/** The stamp ledger, the programme (settings) and the items it counts, the customers it belongs to, news and audit. */
export interface LoyaltyRepos {
  stamps: StampsPort
  settings: SettingsPort
  catalog: CatalogPort
  customers: CustomersPort
  live: LiveEventsPort
  audit: AuditPort
}

/** A ledger changes under its customer's row lock. */
export interface LoyaltyTxRepos extends LoyaltyRepos {
  customers: CustomersTxPort
}

export type LoyaltyDeps = UseCaseDeps<LoyaltyRepos, LoyaltyTxRepos> & RandomBytes

/** What reading a customer's stamp card needs. */
export interface StampCardReads {
  clock: Clock
  repos: Pick<LoyaltyRepos, 'stamps' | 'settings'>
}
