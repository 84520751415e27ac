import type { Customer } from '../../api/wire.js'

type HouseholdMember = Customer['household'][number]

/** What PATCH /customers/{id} takes: any of these, only the ones that changed. */
export interface CustomerPatch {
  displayName?: string
  pronunciation?: string | null
  phone?: string | null
  email?: string | null
  birthday?: { month: number; day: number } | null
  household?: HouseholdMember[]
  contactConsent?: boolean
}

export interface Person {
  key: number
  name: string
  relation: string
  pronunciation: string
}

export interface EditValues {
  displayName: string
  pronunciation: string
  phone: string
  email: string
  month: string
  day: string
  household: Person[]
  contactConsent: boolean
}

export type FieldName = 'displayName' | 'pronunciation' | 'phone' | 'email' | 'birthday' | 'household' | 'contactConsent'

export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function valuesOf(customer: Customer): EditValues {
  return {
    displayName: customer.displayName,
    pronunciation: customer.pronunciation ?? '',
    phone: customer.phone ?? '',
    email: customer.email ?? '',
    month: customer.birthday ? String(customer.birthday.month) : '',
    day: customer.birthday ? String(customer.birthday.day) : '',
    household: customer.household.map((member, index) => ({ key: index, name: member.name, relation: member.relation ?? '', pronunciation: member.pronunciation ?? '' })),
    contactConsent: customer.contactConsent,
  }
}

const orNull = (text: string) => text.trim() || null

function householdOf(people: Person[]): HouseholdMember[] {
  return people
    .filter((person) => person.name.trim())
    .map((person) => {
      const member: HouseholdMember = { name: person.name.trim() }
      if (person.relation.trim()) member.relation = person.relation.trim()
      if (person.pronunciation.trim()) member.pronunciation = person.pronunciation.trim()
      return member
    })
}

const sameHousehold = (a: HouseholdMember[], b: HouseholdMember[]) =>
  a.length === b.length && a.every((member, index) => member.name === b[index]!.name && (member.relation ?? '') === (b[index]!.relation ?? '') && (member.pronunciation ?? '') === (b[index]!.pronunciation ?? ''))

/**
 * The changes to send, or the first problem to fix before sending. Only what changed goes, so an
 * untouched phone is never checked against the others on file.
 */
export function patchOf(customer: Customer, values: EditValues): { patch: CustomerPatch; errors: Partial<Record<FieldName, string>>; personErrors: Record<number, string> } {
  const errors: Partial<Record<FieldName, string>> = {}
  const personErrors: Record<number, string> = {}
  const patch: CustomerPatch = {}
  const name = values.displayName.trim().replace(/\s+/g, ' ')
  if (!name) errors.displayName = 'Type the customer’s name.'
  else if (name !== customer.displayName) patch.displayName = name
  if (orNull(values.pronunciation) !== customer.pronunciation) patch.pronunciation = orNull(values.pronunciation)
  if (orNull(values.phone) !== customer.phone) patch.phone = orNull(values.phone)
  if (orNull(values.email) !== customer.email) patch.email = orNull(values.email)

  const month = Number(values.month)
  const day = Number(values.day)
  if ((values.month === '') !== (values.day === '')) errors.birthday = 'Pick both the month and the day, or neither.'
  else if (values.month && day > DAYS_IN_MONTH[month - 1]!) errors.birthday = 'That day is not in that month.'
  else {
    const birthday = values.month ? { month, day } : null
    if (birthday?.month !== customer.birthday?.month || birthday?.day !== customer.birthday?.day) patch.birthday = birthday
  }

  for (const person of values.household) {
    if (!person.name.trim() && (person.relation.trim() || person.pronunciation.trim())) personErrors[person.key] = 'Type their name, or remove them.'
  }
  const household = householdOf(values.household)
  if (!sameHousehold(household, customer.household)) patch.household = household
  if (values.contactConsent !== customer.contactConsent) patch.contactConsent = values.contactConsent
  return { patch, errors, personErrors }
}
