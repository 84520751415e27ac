import type { Customer, CustomerListing, CustomerNote, NameTerm } from './customer.js'
import type { AuditPort } from '../audit/ports.js'
import type { LocationsPort } from '../locations/ports.js'
import type { RandomBytes, UseCaseDeps } from '../shared/unit-of-work.js'

export interface CustomersPort {
  findById(id: string): Promise<Customer | undefined>
  findByPhone(phone: string): Promise<Customer | undefined>
  /**
   * The search reads below return listings, not whole customers: a search shows a few fields of up to 8 people,
   * with their visits since `visitsSince` (a local day) counted in the same query.
   */
  listByPhone(phone: string, visitsSince: string): Promise<CustomerListing[]>
  listByCardCode(code: string, visitsSince: string): Promise<CustomerListing[]>
  listByPhonePrefix(prefix: string, limit: number, visitsSince: string): Promise<CustomerListing[]>
  /**
   * Accounts (holder or household member) with a name token starting with `prefix` (a word, or words in name order
   * for whole-name tokens), in token order, with the token that matched: one index range.
   */
  findByNameTokenPrefix(prefix: string, limit: number): Promise<{ customerId: string; member: string; token: string }[]>
  /**
   * Accounts (holder or household member) whose name words match every term by prefix or one edit, with those words.
   * One-edit matches are looked for only while fewer than `enough` were found.
   */
  findNameCandidates(terms: NameTerm[], limit: number, enough?: number): Promise<{ customerId: string; member: string; tokens: string[] }[]>
  listByIds(ids: string[], visitsSince: string): Promise<CustomerListing[]>
  /** Inserts the customer and its name tokens; a taken phone comes back as a conflict error. */
  insert(customer: Customer): Promise<void>
  update(customer: Customer): Promise<void>
  insertNote(note: Omit<CustomerNote, 'staffName' | 'locationName'>): Promise<void>
  listNotes(customerId: string, limit: number): Promise<CustomerNote[]>
}

/** The customers port inside a transaction, where a rule may lock a customer first. */
export interface CustomersTxPort extends CustomersPort {
  /** Serialises rules on one customer (FOR UPDATE on PostgreSQL); false when there is no such customer. */
  lockForUpdate(id: string): Promise<boolean>
}

/** Customers, the locations their numbers are read in, and the audit trail. */
export interface CustomersRepos {
  customers: CustomersPort
  locations: LocationsPort
  audit: AuditPort
}

export type CustomersDeps = UseCaseDeps<CustomersRepos> & RandomBytes
