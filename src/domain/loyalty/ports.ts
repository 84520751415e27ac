import type { StampEntry } from './stamp-ledger.js'

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
