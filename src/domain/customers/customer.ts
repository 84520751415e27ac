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

/** One search word and the exact tokens within one edit of it. */
export interface NameTerm {
  readonly term: string
  /** Every word one edit away (none for short words); worked out on first use: most searches never need them. */
  readonly variants: string[]
}
