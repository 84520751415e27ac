import { auditRecord } from '../audit/index.js'
import { isSupportedCountry } from 'libphonenumber-js/max'
import type { LocationsDeps, LocationsRepos } from './ports.js'
import { isTimeZone } from '../shared/instant.js'
import { DomainError } from '../shared/errors.js'
import { requireLocation, requireRole, type Actor } from '../access/index.js'
import type { Device, Location, LocationChange } from './location.js'

export interface NewLocation {
  name: string
  timeZone: string
  /** Two letters; the first location's country when not given. */
  country?: string
}

const NAME_MAX = 60

function locationName(value: string): string {
  const trimmed = value.trim().replace(/\s+/g, ' ')
  if (trimmed.length === 0) throw new DomainError('invalid', 'location.name_required', 'Type the location’s name.', { field: 'name' })
  if (trimmed.length > NAME_MAX) throw new DomainError('invalid', 'location.name_too_long', `A location name is at most ${NAME_MAX} characters.`, { field: 'name' })
  return trimmed
}

function timeZone(value: string): string {
  const zone = value.trim()
  if (!isTimeZone(zone)) throw new DomainError('invalid', 'location.bad_time_zone', `${value} is not a time zone; use one like America/New_York or Europe/London.`, { field: 'timeZone' })
  return zone
}

function country(value: string): string {
  const code = value.trim().toUpperCase()
  if (!/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code)) throw new DomainError('invalid', 'location.bad_country', `${value} is not a country code; use two letters like US or GB.`, { field: 'country' })
  return code
}

async function uniqueName(repos: LocationsRepos, name: string, self?: string): Promise<void> {
  const other = await repos.locations.findByName(name)
  if (other && other.id !== self) throw new DomainError('conflict', 'location.name_taken', `There is already a location called ${other.name}.`, { field: 'name' })
}

async function existingLocation(repos: LocationsRepos, id: string): Promise<Location> {
  const location = await repos.locations.findById(id)
  if (!location) throw new DomainError('not_found', 'location.not_found', 'No such location.', { locationId: id })
  return location
}

/** Opens another location. Its counters enrol when someone first signs in there. */
export async function addLocation(deps: LocationsDeps, actor: Actor, input: NewLocation): Promise<Location> {
  requireRole(actor, 'owner', 'add a location')
  const name = locationName(input.name)
  const zone = timeZone(input.timeZone)
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    await uniqueName(repos, name)
    const first = (await repos.locations.list())[0]
    const location: Location = { id: deps.ids.next(), name, timeZone: zone, country: input.country ? country(input.country) : (first?.country ?? 'US') }
    await repos.locations.insert(location, now)
    await repos.audit.record(auditRecord(actor, 'location.added', { type: 'location', id: location.id }, now, { locationId: location.id, after: location }))
    return location
  })
}

/**
 * Renames a location or changes its time zone. Orders keep the local day they were rung on; from now on days,
 * budgets and the counter clock follow the new zone.
 */
export async function updateLocation(deps: LocationsDeps, actor: Actor, id: string, raw: LocationChange): Promise<Location> {
  requireRole(actor, 'owner', 'change a location')
  const change: LocationChange = {
    ...(raw.name !== undefined && { name: locationName(raw.name) }),
    ...(raw.timeZone !== undefined && { timeZone: timeZone(raw.timeZone) }),
  }
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = await existingLocation(repos, id)
    if (change.name !== undefined) await uniqueName(repos, change.name, id)
    const after = { ...before, ...change }
    await repos.locations.update(id, change)
    await repos.audit.record(auditRecord(actor, 'location.changed', { type: 'location', id: id }, now, { locationId: id, before, after }))
    return after
  })
}

/** The tablets and screens enrolled at a location (a manager's own, any for an owner; all for an owner without one). */
export async function listDevices(deps: LocationsDeps, actor: Actor, locationId?: string): Promise<Device[]> {
  requireRole(actor, 'manager', 'see the enrolled tablets')
  if (locationId) requireLocation(actor, locationId)
  return deps.repos.devices.listEnrolled(actor.role === 'owner' ? locationId : actor.locationId)
}

async function managedDevice(repos: LocationsRepos, actor: Actor, id: string): Promise<Device> {
  requireRole(actor, 'manager', 'manage the enrolled tablets')
  const device = await repos.devices.findById(id)
  if (!device || device.revokedAt) throw new DomainError('not_found', 'device.not_found', 'No such enrolled tablet.', { deviceId: id })
  requireLocation(actor, device.locationId)
  return device
}

export async function renameDevice(deps: LocationsDeps, actor: Actor, id: string, rawName: string): Promise<Device> {
  const name = rawName.trim().replace(/\s+/g, ' ')
  if (name.length === 0 || name.length > 40) throw new DomainError('invalid', 'device.bad_name', 'A tablet’s name is 1 to 40 characters.', { field: 'name' })
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = await managedDevice(repos, actor, id)
    await repos.devices.rename(id, name)
    await repos.audit.record(auditRecord(actor, 'device.renamed', { type: 'device', id: id }, now, {
      locationId: before.locationId,
      before: { name: before.name },
      after: { name },
    }))
    return { ...before, name }
  })
}

/**
 * Un-enrols a tablet (lost, stolen, replaced): everyone signed in on it is signed out at once, it forgets its
 * location, and only a manager or an owner signing in on it can enrol it again.
 */
export async function unenrolDevice(deps: LocationsDeps, actor: Actor, id: string): Promise<{ device: Device; sessionsEnded: number }> {
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const device = await managedDevice(repos, actor, id)
    if (!(await repos.devices.revoke(id, now))) throw new DomainError('not_found', 'device.not_found', 'No such enrolled tablet.', { deviceId: id })
    const sessionsEnded = await repos.sessions.revokeForDevice(id, now)
    await repos.audit.record(auditRecord(actor, 'device.unenrolled', { type: 'device', id: id }, now, {
      locationId: device.locationId,
      before: { name: device.name },
      after: { sessionsEnded },
    }))
    return { device: { ...device, revokedAt: now }, sessionsEnded }
  })
}
