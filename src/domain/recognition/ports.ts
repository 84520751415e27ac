import type { CustomersPort } from '../customers/ports.js'
import type { GestureReads } from '../empowerment/ports.js'
import type { StampCardReads } from '../loyalty/ports.js'
import type { OrdersPort } from '../orders/ports.js'
import type { SettingsPort } from '../shared/settings.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'
import type { TabReads } from '../tabs/ports.js'
import type { VisitModelReads } from '../visit-model/ports.js'

/** What the greeting card reads through other modules' functions. */
type ReadsOfOthers = GestureReads['repos'] & StampCardReads['repos'] & TabReads['repos'] & VisitModelReads['repos']

/**
 * What greeting a customer reads, and nothing it writes: the customer and their orders, the tier settings, and what
 * empowerment (the last birthday gesture, the last 30 days' goodwill), loyalty, tabs and the visit model read for it.
 */
export interface RecognitionRepos extends ReadsOfOthers {
  customers: CustomersPort
  orders: OrdersPort
  settings: SettingsPort
}

export type RecognitionDeps = Pick<UseCaseDeps<RecognitionRepos>, 'clock' | 'repos'>
