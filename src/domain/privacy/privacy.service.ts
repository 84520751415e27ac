import { auditRecord } from '../audit/index.js'
import type { CustomerDataExport, PrivacyDeps, PrivacyRepos, PrivacyRequest, PrivacyRequestKind } from './ports.js'
import { tabOf } from '../tabs/index.js'
import { DomainError } from '../shared/errors.js'
import { requireRole, type Actor } from '../access/index.js'
import { newCardCode } from '../customers/index.js'
import { isEmailAddress } from '../shared/email.js'
import { businessSettings } from '../shared/settings.js'

/** The words that replace free text about an erased customer. */
export const ERASED = '[erased]'

/** "Former guest #8F3A": the anonymous name an erased customer keeps, from their id so it is stable. */
export function anonymousNameFor(customerId: string): string {
  return `Former guest #${customerId.replace(/[^0-9a-f]/gi, '').slice(-4).toUpperCase()}`
}

/** An owner's copy of everything held about one customer (PRODUCT.md: a customer may ask for their data). */
export async function exportCustomerData(deps: PrivacyDeps, actor: Actor, customerId: string): Promise<CustomerDataExport> {
  requireRole(actor, 'owner', "export a customer's data")
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const data = await repos.privacy.exportCustomer(customerId)
    if (!data) throw new DomainError('not_found', 'customer.not_found', 'No such customer.', { customerId })
    await repos.audit.record(auditRecord(actor, 'customer.data_exported', { type: 'customer', id: customerId }, now, {
      after: { notes: data.notes.length, orders: data.orders.length, feedback: data.feedback.length },
    }))
    return data
  })
}

/**
 * Erases a customer by anonymising them: their name, contacts, birthday, household, notes and feedback words go;
 * orders, gestures and coupons keep their amounts under the same id, which no longer names anyone.
 */
export async function eraseCustomer(deps: PrivacyDeps, actor: Actor, customerId: string): Promise<{ anonymousName: string }> {
  requireRole(actor, 'owner', "erase a customer's data")
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    await repos.customers.lockForUpdate(customerId)
    const customer = await repos.customers.findById(customerId)
    if (!customer) throw new DomainError('not_found', 'customer.not_found', 'No such customer.', { customerId })
    const anonymousName = anonymousNameFor(customerId)
    if (customer.displayName === anonymousName && customer.phone === null && customer.email === null) {
      throw new DomainError('conflict', 'customer.already_erased', 'This customer’s data has already been erased.')
    }
    await refuseWithOpenTab(repos, customerId)
    const { rowsChanged } = await repos.privacy.anonymise({
      customerId,
      anonymousName,
      cardCode: newCardCode(deps.randomBytes),
      email: customer.email,
      at: now,
    })
    await repos.audit.record(auditRecord(actor, 'customer.erased', { type: 'customer', id: customerId }, now, { after: { anonymousName, rowsChanged } }))
    return { anonymousName }
  })
}

/** A stranger's ask for a copy or erasure of their data. The answer never says whether we hold any. */
export async function requestPrivacy(deps: PrivacyDeps, input: { kind: PrivacyRequestKind; email: string }): Promise<PrivacyRequest> {
  const email = input.email.trim().toLowerCase()
  if (!isEmailAddress(email)) throw new DomainError('invalid', 'privacy.bad_email', 'Type the email address we should answer, like name@example.com.', { field: 'email' })
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const business = await businessSettings(repos.settings)
    const request: PrivacyRequest = {
      id: deps.ids.next(),
      kind: input.kind,
      contactEmail: email,
      customerId: (await repos.privacy.findCustomerIdByEmail(email)) ?? null,
      status: 'requested',
      requestedAt: now,
      decidedAt: null,
      decidedBy: null,
    }
    await repos.privacy.insertRequest(request)
    await repos.audit.record({ actor: { type: 'customer' }, action: 'privacy.requested', subjectType: 'privacy_request', subjectId: request.id, after: { kind: request.kind, matched: request.customerId !== null }, at: now })
    await repos.outbox.enqueue(
      {
        topic: 'email.send',
        payload: {
          to: email,
          subject: `Your ${input.kind === 'export' ? 'data copy' : 'erasure'} request to ${business.name}`,
          text: `We have your request ${input.kind === 'export' ? 'for a copy of the data we hold about you' : 'to erase the data we hold about you'}. The owner will answer it in person, usually within a few days, and by law within a month.\n\n${business.name}`,
        },
      },
      now,
    )
    return request
  })
}

export async function listPrivacyRequests(deps: PrivacyDeps, actor: Actor): Promise<PrivacyRequest[]> {
  requireRole(actor, 'owner', 'see data requests')
  return deps.repos.privacy.listRequests(200)
}

/**
 * An owner's answer to a data request: a confirmed copy is emailed (JSON; the console also offers CSV), a confirmed
 * erasure runs; a decline says why. Each request is answered once.
 */
export async function decidePrivacyRequest(deps: PrivacyDeps, actor: Actor, requestId: string, decision: { confirm: boolean; reason?: string }): Promise<PrivacyRequest> {
  requireRole(actor, 'owner', 'answer data requests')
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const request = await repos.privacy.findRequest(requestId)
    if (!request) throw new DomainError('not_found', 'privacy.not_found', 'No such data request.', { requestId })
    const status = decision.confirm ? 'done' : 'declined'
    if (!(await repos.privacy.markDecided(request.id, status, actor.staffId, now))) {
      throw new DomainError('conflict', 'privacy.already_decided', 'This data request has already been answered.', { currentStatus: request.status })
    }
    const business = await businessSettings(repos.settings)
    let text: string
    if (!decision.confirm) text = `We could not act on your request${decision.reason ? `: ${decision.reason}` : '.'}`
    else if (!request.customerId) text = `We looked, and we hold no data under ${request.contactEmail}.`
    else if (request.kind === 'export') {
      const data = await repos.privacy.exportCustomer(request.customerId)
      text = `Here is a copy of everything we hold about you, as JSON:\n\n${JSON.stringify(data, null, 2)}`
    } else {
      const customer = await repos.customers.findById(request.customerId)
      if (customer) await refuseWithOpenTab(repos, customer.id)
      if (customer) await repos.privacy.anonymise({ customerId: customer.id, anonymousName: anonymousNameFor(customer.id), cardCode: newCardCode(deps.randomBytes), email: customer.email, at: now })
      text = 'Your data has been erased. Your past orders stay in our books without your name.'
    }
    await repos.outbox.enqueue({ topic: 'email.send', payload: { to: request.contactEmail, subject: `Your data request to ${business.name}`, text: `${text}\n\n${business.name}` } }, now)
    await repos.audit.record(auditRecord(actor, decision.confirm ? `privacy.${request.kind}_confirmed` : 'privacy.declined', { type: 'privacy_request', id: request.id }, now, {
      before: { status: request.status },
      after: { status, customerId: request.customerId },
    }))
    return { ...request, status, decidedAt: now, decidedBy: actor.staffId }
  })
}

/** Money still owed (or owed back) must be settled or written off first: erasure would leave a debt nobody can name. */
async function refuseWithOpenTab(repos: PrivacyRepos, customerId: string): Promise<void> {
  const { balanceMinor } = await tabOf({ repos }, customerId)
  if (balanceMinor !== 0) throw new DomainError('conflict', 'privacy.open_tab', 'Settle or write off the tab first: it still has a balance.', { balanceMinor })
}
