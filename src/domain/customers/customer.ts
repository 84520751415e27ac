export interface Birthday {
  month: number
  day: number
}

/** Another person on the customer's account ("with Dev (husband)"). */
export interface HouseholdMember {
  name: string
  relation?: string
  pronunciation?: string
}

export interface Customer {
  id: string
  displayName: string
  pronunciation: string | null
  phone: string | null
  email: string | null
  birthday: Birthday | null
  household: HouseholdMember[]
  tags: string[]
  contactConsentAt: Date | null
  cardCode: string
  createdAt: Date
  updatedAt: Date
}

export interface CustomerNote {
  id: string
  customerId: string
  staffId: string
  staffName: string
  locationId: string
  locationName: string
  body: string
  createdAt: Date
}

/** A search result: just enough to pick the right person at the counter (the card loads the rest). */
export interface CustomerListing {
  id: string
  displayName: string
  phone: string | null
  /** Visits (distinct local days with an order) since the day the search asked from: what the tier counts. */
  visitDays: number
}

export interface SearchHit {
  customer: CustomerListing
  /** The household member whose name matched, when it was not the account holder. */
  member: string | null
  matchedBy: 'phone' | 'card' | 'name'
}

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
  /** Serialises rules on one customer (FOR UPDATE on PostgreSQL); false when there is no such customer. */
  lockForUpdate(id: string): Promise<boolean>
  insertNote(note: Omit<CustomerNote, 'staffName' | 'locationName'>): Promise<void>
  listNotes(customerId: string, limit: number): Promise<CustomerNote[]>
}

/** One search word and the exact tokens within one edit of it. */
export interface NameTerm {
  readonly term: string
  /** Every word one edit away (none for short words); worked out on first use: most searches never need them. */
  readonly variants: string[]
}
