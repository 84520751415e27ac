import { getCountryCallingCode, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'

/**
 * A phone number as typed ("(415) 555-0123", "+44 7700 900123", "07700900123") in E.164, read
 * as the location's country when it has no country code; undefined when it is not a valid number.
 * @example normalizePhone('(415) 555-2671', 'US') // '+14155552671'
 */
export function normalizePhone(typed: string, country: string): string | undefined {
  const parsed = parsePhoneNumberFromString(typed, country as CountryCode)
  return parsed?.isValid() ? parsed.number : undefined
}

/**
 * The E.164 number a phone typed plainly stands for, without parsing it: "+" and digits, or 10 digits (11 with the
 * leading 1) where the calling code is +1; undefined otherwise. It is not validated: a search looks it up first and
 * parses only when nothing is on file under it. Every number on file is valid E.164, so it parses to itself.
 * @example plainE164('(415) 555-2671', 'US') // '+14155552671'
 */
export function plainE164(typed: string, country: string): string | undefined {
  const digits = typed.replace(/\D/g, '')
  if (typed.trim().startsWith('+')) return digits.length >= 7 && digits.length <= 15 ? `+${digits}` : undefined
  if (getCountryCallingCode(country as CountryCode) !== '1') return undefined
  if (digits.length === 10) return `+1${digits}`
  return digits.length === 11 && digits.startsWith('1') ? `+${digits}` : undefined
}

/**
 * True when typed digits are too few to be a whole number of the location's country, so parsing them could only fail:
 * fewer than its shortest possible national number (10 digits after the leading 1 in +1 countries). A trunk "0" is
 * counted as a digit, so this never calls a whole number too short.
 * @example tooShortForNumber('415 55', 'US') // true
 */
export function tooShortForNumber(typed: string, country: string): boolean {
  if (typed.trim().startsWith('+')) return false
  const digits = typed.replace(/\D/g, '')
  if (getCountryCallingCode(country as CountryCode) === '1') return digits.replace(/^1/, '').length < 10
  return digits.length < numberingPlan(country).shortest
}

const plans = new Map<string, { shortest: number; trunk: string }>()

/**
 * What a country's numbers look like, from libphonenumber's metadata: the fewest digits a national number has, and
 * the trunk prefix dialled before it at home ("" where there is none). `nationalPrefix` is not in the library's types.
 */
function numberingPlan(country: string): { shortest: number; trunk: string } {
  let plan = plans.get(country)
  if (!plan) {
    const metadata = new Metadata()
    metadata.selectNumberingPlan(country as CountryCode)
    const numbering = metadata.numberingPlan as (NonNullable<Metadata['numberingPlan']> & { nationalPrefix?(): unknown }) | undefined
    const trunk = numbering?.nationalPrefix?.()
    plan = { shortest: Math.min(...(numbering?.possibleLengths() ?? [0])), trunk: typeof trunk === 'string' ? trunk : '' }
    plans.set(country, plan)
  }
  return plan
}

/** The E.164 prefix that digits typed so far could start: '415 55' → '+141555' in the US. */
export function phonePrefix(typed: string, country: string): string {
  const digits = typed.replace(/\D/g, '')
  if (typed.trim().startsWith('+')) return `+${digits}`
  if (typed.trim().startsWith('00')) return `+${digits.slice(2)}`
  // A national trunk prefix ("0" in the UK, "1" in the US, "8" in Russia, none in Italy) is not part of the E.164 number.
  const trunk = numberingPlan(country).trunk
  const national = trunk && digits.startsWith(trunk) ? digits.slice(trunk.length) : digits
  return `+${getCountryCallingCode(country as CountryCode)}${national}`
}

/** Looks like a phone number being typed: digits with the usual separators, at least 3 digits. */
export const looksLikePhone = (query: string): boolean => /^[+(]?[\d\s().-]+$/.test(query.trim()) && query.replace(/\D/g, '').length >= 3
