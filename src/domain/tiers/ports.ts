import type { AuditPort } from '../audit/ports.js'
import type { SettingsPort } from '../shared/settings.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'
import type { VisitsPort } from '../visit-model/ports.js'

/** What tiers read and write: the thresholds and perks (settings), visit counts, and the audit trail. */
export interface TiersRepos {
  settings: SettingsPort
  visits: VisitsPort
  audit: AuditPort
}

export type TiersDeps = UseCaseDeps<TiersRepos>
