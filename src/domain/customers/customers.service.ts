import { auditRecord } from '../audit/index.js'
import type { CustomersDeps, CustomersPort, CustomersRepos } from './ports.js'
import { checkCharacter, CROCKFORD_ALPHABET } from '../shared/crockford.js'
import { DomainError } from '../shared/errors.js'
import { requireRole, type Actor } from '../access/index.js'
import type { Birthday, Customer, CustomerNote, HouseholdMember, NameTerm, SearchHit } from './customer.js'
import { CARD_CODE_LENGTH, classifyQuery, matchScore } from './name-search.js'
import { normalizePhone, phonePrefix, plainE164, tooShortForNumber } from './phone.js'
import { isEmailAddress } from '../shared/email.js'

export const MAX_RESULTS = 8

export interface CustomerInput {
  displayName: string
  phone?: string | null
  email?: string | null
  pronunciation?: string | null
  birthday?: Birthday | null
  household?: HouseholdMember[]
  tags?: string[]
  contactConsent?: boolean
}

/**
 * Finds customers by phone, loyalty card code or name (prefix, one typo per word tolerated), each with their visits
 * since `visitsSince` (a local day).
 */
export async function searchCustomers(deps: { repos: Pick<CustomersRepos, 'customers'> }, actor: Actor, query: string, visitsSince: string): Promise<SearchHit[]> {
  const classified = classifyQuery(query)
  const customers = deps.repos.customers
  switch (classified.kind) {
    case 'empty':
    case 'bad_code':
      return []
    case 'card': {
      const found = await customers.listByCardCode(classified.code, visitsSince)
      return found.map((customer) => ({ customer, member: null, matchedBy: 'card' }))
    }
    case 'phone': {
      // Parsing and validating a number costs more than looking it up, so a number typed plainly is looked up first.
      const plain = plainE164(classified.typed, actor.country)
      let found = plain ? await customers.listByPhone(plain, visitsSince) : []
      if (found.length === 0 && !tooShortForNumber(classified.typed, actor.country)) {
        const exact = normalizePhone(classified.typed, actor.country)
        if (exact && exact !== plain) found = await customers.listByPhone(exact, visitsSince)
      }
      if (found.length > 0) return found.map((customer) => ({ customer, member: null, matchedBy: 'phone' }))
      const byPrefix = await customers.listByPhonePrefix(phonePrefix(classified.typed, actor.country), MAX_RESULTS, visitsSince)
      return byPrefix.map((customer) => ({ customer, member: null, matchedBy: 'phone' }))
    }
    case 'name': {
      const { terms } = classified
      // Words typed in name order are one index range ("jil" → the word "jill"; "jill oka" → the whole name
      // "jill okafor"), read in token order, which is the score's order too: an exact word sorts before longer ones.
      const direct = await customers.findByNameTokenPrefix(terms.map(({ term }) => term).join(' '), 2 * MAX_RESULTS)
      const ranked = rankByScore(direct.map(({ customerId, member, token }) => ({ customerId, member, score: matchScore(terms, token.split(' ')) })))
      const found = ranked.length >= MAX_RESULTS || (terms.length > 1 && ranked.length > 0) ? ranked : await searchNameCandidates(customers, terms)
      // Only the few shown are loaded in full, and shown best first, then by name.
      const byId = new Map((await customers.listByIds(found.map(({ customerId }) => customerId), visitsSince)).map((customer) => [customer.id, customer]))
      return found
        .flatMap(({ customerId, member, score }) => {
          const customer = byId.get(customerId)
          return customer ? [{ hit: { customer, member: member || null, matchedBy: 'name' as const }, score, label: member || customer.displayName }] : []
        })
        .sort((a, b) => b.score - a.score || Number(a.hit.member !== null) - Number(b.hit.member !== null) || a.label.localeCompare(b.label))
        .map(({ hit }) => hit)
    }
  }
}

interface NameMatch {
  customerId: string
  member: string
  score: number
}

/** Best score first, then the account holder before a household member, then as found; one result per customer. */
function rankByScore(matches: NameMatch[]): NameMatch[] {
  return matches
    .map((match, index) => ({ match, index }))
    .sort((a, b) => b.match.score - a.match.score || Number(a.match.member !== '') - Number(b.match.member !== '') || a.index - b.index)
    .map(({ match }) => match)
    .filter((match, index, all) => all.findIndex((other) => other.customerId === match.customerId) === index)
    .slice(0, MAX_RESULTS)
}

/** Words out of name order, or one-edit typos: each other word is checked per candidate, then ranked on all its words. */
async function searchNameCandidates(customers: CustomersPort, terms: NameTerm[]): Promise<NameMatch[]> {
  // Candidates beyond a few times what is shown would only be ranked away: each costs a lookup of its words.
  const candidates = await customers.findNameCandidates(terms, 3 * MAX_RESULTS, MAX_RESULTS)
  return rankByScore(
    candidates
      .map(({ customerId, member, tokens }) => ({ customerId, member, score: matchScore(terms, tokens), label: [...tokens].sort().join(' ') }))
      .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)),
  )
}

/** A loyalty card code: 8 random Crockford characters with at least one digit (so it never reads as a name) and a check character. */
export function newCardCode(randomBytes: (size: number) => Uint8Array): string {
  for (;;) {
    let payload = ''
    for (const byte of randomBytes(CARD_CODE_LENGTH - 1)) payload += CROCKFORD_ALPHABET[byte & 31]
    if (/\d/.test(payload)) return payload + checkCharacter(payload)
  }
}

export async function createCustomer(deps: CustomersDeps, actor: Actor, input: CustomerInput): Promise<Customer> {
  const now = deps.clock.now()
  const fields = validateCustomerInput(input, actor.country)
  const customer: Customer = {
    id: deps.ids.next(),
    displayName: fields.displayName!,
    pronunciation: fields.pronunciation ?? null,
    phone: fields.phone ?? null,
    email: fields.email ?? null,
    birthday: fields.birthday ?? null,
    household: fields.household ?? [],
    tags: fields.tags ?? [],
    contactConsentAt: input.contactConsent ? now : null,
    cardCode: newCardCode(deps.randomBytes),
    createdAt: now,
    updatedAt: now,
  }
  return deps.uow.run(async (repos) => {
    if (customer.phone) await refuseTakenPhone(repos.customers.findByPhone(customer.phone))
    await repos.customers.insert(customer)
    await repos.audit.record(auditRecord(actor, 'customer.created', { type: 'customer', id: customer.id }, now, { locationId: actor.locationId, after: customer }))
    return customer
  })
}

export async function updateCustomer(deps: CustomersDeps, actor: Actor, id: string, patch: Partial<CustomerInput>): Promise<Customer> {
  requireRole(actor, 'manager', 'edit customer details')
  const now = deps.clock.now()
  const fields = validateCustomerInput(patch, actor.country, { partial: true })
  return deps.uow.run(async (repos) => {
    const before = await repos.customers.findById(id)
    if (!before) throw customerNotFound(id)
    const after: Customer = {
      ...before,
      ...fields,
      contactConsentAt: patch.contactConsent === undefined ? before.contactConsentAt : patch.contactConsent ? (before.contactConsentAt ?? now) : null,
      updatedAt: now,
    }
    if (after.phone && after.phone !== before.phone) {
      const holder = await repos.customers.findByPhone(after.phone)
      if (holder && holder.id !== id) await refuseTakenPhone(Promise.resolve(holder))
    }
    await repos.customers.update(after)
    await repos.audit.record(auditRecord(actor, 'customer.updated', { type: 'customer', id: id }, now, { locationId: actor.locationId, before, after }))
    return after
  })
}

export async function addNote(deps: CustomersDeps, actor: Actor, customerId: string, body: string): Promise<CustomerNote> {
  const text = body.trim()
  if (!text) throw new DomainError('invalid', 'note.empty', 'Write something in the note.', { field: 'body' })
  if (text.length > 500) throw new DomainError('invalid', 'note.too_long', 'Keep notes under 500 characters.', { field: 'body' })
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    if (!(await repos.customers.findById(customerId))) throw customerNotFound(customerId)
    const note = { id: deps.ids.next(), customerId, staffId: actor.staffId, locationId: actor.locationId, body: text, createdAt: now }
    await repos.customers.insertNote(note)
    await repos.audit.record(auditRecord(actor, 'customer.note_added', { type: 'customer', id: customerId }, now, { locationId: actor.locationId, after: note }))
    const location = await repos.locations.findById(actor.locationId)
    return { ...note, staffName: actor.firstName, locationName: location?.name ?? '' }
  })
}

export const customerNotFound = (id: string) => new DomainError('not_found', 'customer.not_found', 'No customer with this id.', { customerId: id })

async function refuseTakenPhone(holder: Promise<Customer | undefined>): Promise<void> {
  const existing = await holder
  if (existing) {
    throw new DomainError('conflict', 'customer.phone_taken', `${existing.displayName} already has this phone number.`, {
      customerId: existing.id,
      displayName: existing.displayName,
    })
  }
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function validateCustomerInput(input: Partial<CustomerInput>, country: string, { partial = false } = {}): Partial<Customer> {
  const fields: Partial<Customer> = {}
  if (input.displayName !== undefined || !partial) {
    const name = (input.displayName ?? '').trim().replace(/\s+/g, ' ')
    if (!name) throw invalid('customer.name_required', 'Type the customer’s name.', 'displayName')
    if (name.length > 80) throw invalid('customer.name_too_long', 'Keep the name under 80 characters.', 'displayName')
    fields.displayName = name
  }
  if (input.phone !== undefined) {
    if (input.phone === null || input.phone.trim() === '') fields.phone = null
    else {
      const phone = normalizePhone(input.phone, country)
      if (!phone) throw invalid('customer.phone_invalid', `“${input.phone}” is not a phone number we can call.`, 'phone')
      fields.phone = phone
    }
  }
  if (input.email !== undefined) {
    const email = input.email?.trim() || null
    if (email && !isEmailAddress(email)) throw invalid('customer.email_invalid', `“${email}” is not an email address.`, 'email')
    fields.email = email
  }
  if (input.pronunciation !== undefined) fields.pronunciation = input.pronunciation?.trim() || null
  if (input.birthday !== undefined) {
    const birthday = input.birthday
    if (birthday && !(birthday.month >= 1 && birthday.month <= 12 && birthday.day >= 1 && birthday.day <= DAYS_IN_MONTH[birthday.month - 1]!)) {
      throw invalid('customer.birthday_invalid', 'That birthday is not a day of the year.', 'birthday')
    }
    fields.birthday = birthday ?? null
  }
  if (input.household !== undefined) {
    fields.household = input.household
      .map((member) => ({ ...member, name: member.name.trim() }))
      .filter((member) => member.name.length > 0)
  }
  if (input.tags !== undefined) fields.tags = [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))]
  return fields
}

const invalid = (code: string, message: string, field: string) => new DomainError('invalid', code, message, { field })
