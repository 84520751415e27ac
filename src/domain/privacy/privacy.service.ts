import type { Deps } from '../ports.js'
import { DomainError } from '../shared/errors.js'
import { requireRole, type Actor } from '../staff/index.js'
import { newCardCode } from '../customers/index.js'
import type { CustomerDataExport } from './ports.js'

/** The words that replace free text about an erased customer. */
export const ERASED = '[erased]'

/** "Former guest #8F3A": the anonymous name an erased customer keeps, from their id so it is stable. */
export function anonymousNameFor(customerId: string): string {
  return `Former guest #${customerId.replace(/[^0-9a-f]/gi, '').slice(-4).toUpperCase()}`
}

/** An owner's copy of everything held about one customer (PRODUCT.md: a customer may ask for their data). */
export async function exportCustomerData(deps: Deps, actor: Actor, customerId: string): Promise<CustomerDataExport> {
  requireRole(actor, 'owner', "export a customer's data")
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const data = await repos.privacy.exportCustomer(customerId)
    if (!data) throw new DomainError('not_found', 'customer.not_found', 'No such customer.', { customerId })
    await repos.audit.record({
      actor: { type: 'staff', id: actor.staffId, locationId: actor.locationId },
      action: 'customer.data_exported',
      subjectType: 'customer',
      subjectId: customerId,
      after: { notes: data.notes.length, orders: data.orders.length, feedback: data.feedback.length },
      at: now,
    })
    return data
  })
}

/**
 * Erases a customer by anonymising them: their name, contacts, birthday, household, notes and feedback words go;
 * orders, gestures and coupons keep their amounts under the same id, which no longer names anyone.
 */
export async function eraseCustomer(deps: Deps, actor: Actor, customerId: string): Promise<{ anonymousName: string }> {
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
    const { rowsChanged } = await repos.privacy.anonymise({
      customerId,
      anonymousName,
      cardCode: newCardCode(deps.randomBytes),
      email: customer.email,
      at: now,
    })
    await repos.audit.record({
      actor: { type: 'staff', id: actor.staffId, locationId: actor.locationId },
      action: 'customer.erased',
      subjectType: 'customer',
      subjectId: customerId,
      after: { anonymousName, rowsChanged },
      at: now,
    })
    return { anonymousName }
  })
}
