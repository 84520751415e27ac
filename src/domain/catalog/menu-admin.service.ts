import { auditRecord } from '../audit/index.js'
import type { CatalogDeps, CatalogRepos } from './ports.js'
import { DomainError } from '../shared/errors.js'
import { requireLocation, requireRole, type Actor } from '../access/index.js'
import type { Menu, MenuItem, MenuModifier } from './catalog-item.js'

/** The highest price an item or option may have, in minor units (a typo guard: $100,000.00). */
export const PRICE_MAX_MINOR = 10_000_000

export interface NewItem {
  name: string
  category: string
  priceMinor: number
  modifierGroups?: string[]
  sku?: string
}

export interface ItemChange {
  name?: string
  category?: string
  priceMinor?: number
  modifierGroups?: string[]
  position?: number
}

export interface NewModifier {
  group: string
  name: string
  priceMinor: number
}

export interface ModifierChange {
  name?: string
  priceMinor?: number
  position?: number
}

function text(value: string, field: string, max: number, what: string): string {
  const trimmed = value.trim().replace(/\s+/g, ' ')
  if (trimmed.length === 0) throw new DomainError('invalid', 'catalog.field_required', `Type the ${what}.`, { field })
  if (trimmed.length > max) throw new DomainError('invalid', 'catalog.field_too_long', `The ${what} is at most ${max} characters.`, { field })
  return trimmed
}

const itemName = (value: string) => text(value, 'name', 60, 'name')
const category = (value: string) => text(value, 'category', 30, 'category')
const group = (value: string) => text(value, 'group', 30, 'option group').toLowerCase()

function price(value: number, field = 'priceMinor'): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > PRICE_MAX_MINOR) {
    throw new DomainError('invalid', 'catalog.bad_price', 'A price is a whole number of minor units (cents), from 0 up to 10,000,000.', { field })
  }
  return value
}

function position(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > 100_000) throw new DomainError('invalid', 'catalog.bad_position', 'A position is a whole number from 0.', { field: 'position' })
  return value
}

/** An item's option groups: known ones only, each once, in the order given. */
function groupsOf(requested: string[], menu: Menu): string[] {
  const known = new Set(menu.modifiers.filter((modifier) => modifier.archivedAt === null).map((modifier) => modifier.group))
  const groups = [...new Set(requested.map((name) => name.trim().toLowerCase()))]
  const unknown = groups.find((name) => !known.has(name))
  if (unknown !== undefined) {
    throw new DomainError('invalid', 'catalog.unknown_group', `There is no option group “${unknown}”. Add an option to it first.`, { field: 'modifierGroups' })
  }
  return groups
}

/** "Flat white" → "FLAT-WHITE", then "FLAT-WHITE-2" and on while taken. */
async function freeSku(repos: CatalogRepos, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toUpperCase()
      .slice(0, 24) || 'ITEM'
  for (let n = 1; ; n++) {
    const sku = n === 1 ? base : `${base}-${n}`
    if (!(await repos.catalog.skuTaken(sku))) return sku
  }
}

const auditedItem = (item: MenuItem) => ({
  name: item.name,
  category: item.category,
  priceMinor: item.priceMinor,
  modifierGroups: item.modifierGroups,
  position: item.position,
  archived: item.archivedAt !== null,
})

const auditedModifier = (modifier: MenuModifier) => ({ group: modifier.group, name: modifier.name, priceMinor: modifier.priceMinor, position: modifier.position, archived: modifier.archivedAt !== null })

/** Every counter refetches its menu: the change is the chain's, so each location hears it. */
async function announce(repos: CatalogRepos, now: Date, payload: Record<string, unknown>): Promise<void> {
  for (const location of await repos.locations.list()) await repos.live.publish({ topic: 'catalog.changed', locationId: location.id, payload }, now)
}

async function existingItem(repos: CatalogRepos, id: string): Promise<MenuItem> {
  const item = await repos.catalog.findItem(id)
  if (!item) throw new DomainError('not_found', 'catalog.item_not_found', 'No such menu item.', { itemId: id })
  return item
}

async function existingModifier(repos: CatalogRepos, id: string): Promise<MenuModifier> {
  const modifier = await repos.catalog.findModifier(id)
  if (!modifier) throw new DomainError('not_found', 'catalog.modifier_not_found', 'No such option.', { modifierId: id })
  return modifier
}

/** The whole menu for the console: managers see it to choose what their counter sells, owners to change it. */
export async function readMenu(deps: CatalogDeps, actor: Actor): Promise<Menu> {
  requireRole(actor, 'manager', 'see the menu settings')
  return deps.repos.catalog.loadMenu()
}

/** Adds an item at the end of its category. The SKU is made from the name unless given. */
export async function addItem(deps: CatalogDeps, actor: Actor, input: NewItem): Promise<MenuItem> {
  requireRole(actor, 'owner', 'change the menu')
  const name = itemName(input.name)
  const fields = { name, category: category(input.category), priceMinor: price(input.priceMinor) }
  const sku = input.sku === undefined ? undefined : text(input.sku, 'sku', 32, 'SKU').toUpperCase()
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    if (sku !== undefined && (await repos.catalog.skuTaken(sku))) {
      throw new DomainError('conflict', 'catalog.sku_taken', `Another item already has the SKU ${sku}.`, { field: 'sku' })
    }
    const menu = await repos.catalog.loadMenu()
    const item: MenuItem = {
      id: deps.ids.next(),
      sku: sku ?? (await freeSku(repos, name)),
      ...fields,
      modifierGroups: groupsOf(input.modifierGroups ?? [], menu),
      position: await repos.catalog.nextItemPosition(),
      archivedAt: null,
      unavailableAt: [],
    }
    await repos.catalog.insertItem(item)
    await repos.audit.record(auditRecord(actor, 'catalog.item_added', { type: 'catalog_item', id: item.id }, now, { after: auditedItem(item) }))
    await announce(repos, now, { itemId: item.id })
    return item
  })
}

/** Changes an item. Orders already rung keep the name and price they were rung at. */
export async function updateItem(deps: CatalogDeps, actor: Actor, id: string, change: ItemChange): Promise<MenuItem> {
  requireRole(actor, 'owner', 'change the menu')
  const fields: Partial<MenuItem> = {
    ...(change.name !== undefined && { name: itemName(change.name) }),
    ...(change.category !== undefined && { category: category(change.category) }),
    ...(change.priceMinor !== undefined && { priceMinor: price(change.priceMinor) }),
    ...(change.position !== undefined && { position: position(change.position) }),
  }
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = await existingItem(repos, id)
    const after: MenuItem = { ...before, ...fields }
    if (change.modifierGroups !== undefined) after.modifierGroups = groupsOf(change.modifierGroups, await repos.catalog.loadMenu())
    await repos.catalog.updateItem(after)
    await repos.audit.record(auditRecord(actor, 'catalog.item_changed', { type: 'catalog_item', id: id }, now, {
      before: auditedItem(before),
      after: auditedItem(after),
    }))
    await announce(repos, now, { itemId: id })
    return after
  })
}

/** Takes an item off every counter (archived = true) or puts it back. Its orders and its history stay. */
export async function setItemArchived(deps: CatalogDeps, actor: Actor, id: string, archived: boolean): Promise<MenuItem> {
  requireRole(actor, 'owner', 'change the menu')
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = await existingItem(repos, id)
    if ((before.archivedAt !== null) === archived) return before
    const after: MenuItem = { ...before, archivedAt: archived ? now : null }
    await repos.catalog.updateItem(after)
    const action = archived ? 'catalog.item_archived' : 'catalog.item_restored'
    await repos.audit.record(auditRecord(actor, action, { type: 'catalog_item', id: id }, now, { before: auditedItem(before), after: auditedItem(after) }))
    await announce(repos, now, { itemId: id })
    return after
  })
}

/** Whether one location's counter sells an item. Managers decide for their own location, owners for any. */
export async function setItemAvailable(deps: CatalogDeps, actor: Actor, id: string, locationId: string, available: boolean): Promise<MenuItem> {
  requireRole(actor, 'manager', 'choose what the counter sells')
  requireLocation(actor, locationId)
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = await existingItem(repos, id)
    if (!(await repos.locations.findById(locationId))) throw new DomainError('not_found', 'location.not_found', 'No such location.', { locationId })
    if (before.unavailableAt.includes(locationId) !== available) return before
    await repos.catalog.setAvailable(id, locationId, available)
    const after: MenuItem = { ...before, unavailableAt: available ? before.unavailableAt.filter((other) => other !== locationId) : [...before.unavailableAt, locationId] }
    await repos.audit.record(auditRecord(actor, 'catalog.availability_changed', { type: 'catalog_item', id: id }, now, {
      locationId,
      before: { available: !available },
      after: { available },
    }))
    await repos.live.publish({ topic: 'catalog.changed', locationId, payload: { itemId: id } }, now)
    return after
  })
}

/** Adds an option to a group ("oat" to "milk"); a new group starts with its first option. */
export async function addModifier(deps: CatalogDeps, actor: Actor, input: NewModifier): Promise<MenuModifier> {
  requireRole(actor, 'owner', 'change the menu')
  const fields = { group: group(input.group), name: text(input.name, 'name', 40, 'option name'), priceMinor: price(input.priceMinor) }
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const modifier: MenuModifier = { id: deps.ids.next(), ...fields, position: await repos.catalog.nextModifierPosition(fields.group), archivedAt: null }
    await repos.catalog.insertModifier(modifier)
    await repos.audit.record(auditRecord(actor, 'catalog.modifier_added', { type: 'modifier', id: modifier.id }, now, { after: auditedModifier(modifier) }))
    await announce(repos, now, { modifierId: modifier.id })
    return modifier
  })
}

export async function updateModifier(deps: CatalogDeps, actor: Actor, id: string, change: ModifierChange): Promise<MenuModifier> {
  requireRole(actor, 'owner', 'change the menu')
  const fields: Partial<MenuModifier> = {
    ...(change.name !== undefined && { name: text(change.name, 'name', 40, 'option name') }),
    ...(change.priceMinor !== undefined && { priceMinor: price(change.priceMinor) }),
    ...(change.position !== undefined && { position: position(change.position) }),
  }
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = await existingModifier(repos, id)
    const after: MenuModifier = { ...before, ...fields }
    await repos.catalog.updateModifier(after)
    await repos.audit.record(auditRecord(actor, 'catalog.modifier_changed', { type: 'modifier', id: id }, now, {
      before: auditedModifier(before),
      after: auditedModifier(after),
    }))
    await announce(repos, now, { modifierId: id })
    return after
  })
}

/** An archived option is no longer offered; orders that had it keep it on their lines. */
export async function setModifierArchived(deps: CatalogDeps, actor: Actor, id: string, archived: boolean): Promise<MenuModifier> {
  requireRole(actor, 'owner', 'change the menu')
  const now = deps.clock.now()
  return deps.uow.run(async (repos) => {
    const before = await existingModifier(repos, id)
    if ((before.archivedAt !== null) === archived) return before
    const after: MenuModifier = { ...before, archivedAt: archived ? now : null }
    await repos.catalog.updateModifier(after)
    const action = archived ? 'catalog.modifier_archived' : 'catalog.modifier_restored'
    await repos.audit.record(auditRecord(actor, action, { type: 'modifier', id: id }, now, { before: auditedModifier(before), after: auditedModifier(after) }))
    await announce(repos, now, { modifierId: id })
    return after
  })
}
