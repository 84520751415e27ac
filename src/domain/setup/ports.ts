import type { AuditPort } from '../audit/ports.js'
import type { LocationsPort } from '../locations/ports.js'
import type { SettingsPort } from '../shared/settings.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'
import type { StaffPort } from '../staff/ports.js'

/** The first run writes the business settings, the first location and its owner, audited. */
export interface SetupRepos {
  locations: LocationsPort
  settings: SettingsPort
  staff: StaffPort
  audit: AuditPort
}

export type SetupDeps = UseCaseDeps<SetupRepos>
