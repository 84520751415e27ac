import { isSupportedCountry } from 'libphonenumber-js/max'
import type { SetupDeps } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { isTimeZone } from '../shared/instant.js'
import { hashPin, isWellFormedPin } from '../staff/index.js'

/** What an owner types on the first run: the business, its first location and themselves. */
export interface SetupInput {
  businessName: string
  currency: string
  locale: string
  locationName: string
  timeZone: string
  country: string
  ownerFirstName: string
  ownerLastName: string
  pin: string
}

const invalid = (code: string, message: string, field: string) => new DomainError('invalid', code, message, { field })

/** True once the business has a location: from then on setup is done for good. */
export async function isSetUp(deps: SetupDeps): Promise<boolean> {
  return deps.repos.locations.any()
}

/** The input, trimmed and checked, or a DomainError naming the first bad field. */
export function checkSetup(input: SetupInput): SetupInput {
  const text = (value: string, field: string, what: string) => {
    const trimmed = value.trim()
    if (trimmed.length === 0 || trimmed.length > 80) throw invalid('setup.missing', `Type ${what} (up to 80 characters).`, field)
    return trimmed
  }
  const currency = input.currency.trim().toUpperCase()
  if (!Intl.supportedValuesOf('currency').includes(currency)) throw invalid('setup.bad_currency', `${input.currency} is not a currency code; use one like USD, EUR or GBP.`, 'currency')
  let locale: string
  try {
    locale = Intl.getCanonicalLocales(input.locale.trim())[0] ?? ''
  } catch {
    locale = ''
  }
  if (!locale) throw invalid('setup.bad_locale', `${input.locale} is not a language tag; use one like en-US or fr-FR.`, 'locale')
  const timeZone = input.timeZone.trim()
  if (!isTimeZone(timeZone)) throw invalid('setup.bad_time_zone', `${input.timeZone} is not a time zone; use one like America/New_York or Europe/London.`, 'timeZone')
  const country = input.country.trim().toUpperCase()
  if (!/^[A-Z]{2}$/.test(country) || !isSupportedCountry(country)) {
    throw invalid('setup.bad_country', `${input.country} is not a country code; use two letters like US or GB.`, 'country')
  }
  if (!isWellFormedPin(input.pin)) throw invalid('setup.bad_pin', 'A PIN is 6 digits.', 'pin')
  return {
    businessName: text(input.businessName, 'businessName', 'the business name'),
    currency,
    locale,
    locationName: text(input.locationName, 'locationName', 'the location’s name'),
    timeZone,
    country,
    ownerFirstName: text(input.ownerFirstName, 'ownerFirstName', 'your first name'),
    ownerLastName: input.ownerLastName.trim().slice(0, 80),
    pin: input.pin,
  }
}

/**
 * The first run: the business settings, its first location and its owner, all at once and only once. A second
 * setup, even one racing this one, is refused.
 */
export async function completeSetup(deps: SetupDeps, raw: SetupInput): Promise<{ locationId: string; ownerId: string }> {
  const input = checkSetup(raw)
  const now = deps.clock.now()
  const pinHash = await hashPin(input.pin)
  const locationId = deps.ids.next()
  const ownerId = deps.ids.next()
  await deps.uow.run(async (repos) => {
    if ((await repos.locations.any()) || !(await repos.locations.claimFirstRun(now))) {
      throw new DomainError('conflict', 'setup.already_done', 'This business is already set up. Sign in with your PIN instead.')
    }
    await repos.settings.set('business', { name: input.businessName, currency: input.currency, locale: input.locale, customerCareContact: '' })
    await repos.locations.insert({ id: locationId, name: input.locationName, timeZone: input.timeZone, country: input.country }, now)
    await repos.staff.insert({ id: ownerId, firstName: input.ownerFirstName, lastName: input.ownerLastName, role: 'owner', homeLocationId: locationId, pinHash, archivedAt: null }, now)
    const actor = { type: 'staff' as const, id: ownerId, locationId }
    await repos.audit.record({
      actor,
      action: 'setup.completed',
      subjectType: 'business',
      subjectId: null,
      locationId,
      after: { businessName: input.businessName, currency: input.currency, locale: input.locale, locationId, ownerId },
      at: now,
    })
    await repos.audit.record({ actor, action: 'location.added', subjectType: 'location', subjectId: locationId, locationId, after: { name: input.locationName, timeZone: input.timeZone, country: input.country }, at: now })
    await repos.audit.record({ actor, action: 'staff.added', subjectType: 'staff_member', subjectId: ownerId, locationId, after: { firstName: input.ownerFirstName, role: 'owner' }, at: now })
  })
  return { locationId, ownerId }
}
