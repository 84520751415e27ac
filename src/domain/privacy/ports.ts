/** What a customer's data export holds: every row that names or describes them, as stored. */
export interface CustomerDataExport {
  customer: Record<string, unknown>
  notes: Record<string, unknown>[]
  orders: Record<string, unknown>[]
  gestures: Record<string, unknown>[]
  coupons: Record<string, unknown>[]
  feedback: Record<string, unknown>[]
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

export interface PrivacyPort {
  exportCustomer(customerId: string): Promise<CustomerDataExport | undefined>
  /** Strips every registered personal-data column of the customer (PII_COLUMNS); amounts, times and ids stay. */
  anonymise(anonymisation: Anonymisation): Promise<{ rowsChanged: number }>
}
