import type { Selectable } from 'kysely'
import type { CatalogItem, CatalogPort, MenuItem, MenuModifier } from '../../domain/catalog/index.js'
import type { CatalogItemTable, ModifierTable } from '../schema.js'
import type { Executor } from '../transaction.js'

const instant = (value: string | Date | null) => (value === null ? null : new Date(value))

function toItem(row: Selectable<CatalogItemTable>): CatalogItem {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    category: row.category,
    priceMinor: row.price_minor,
    modifierGroups: JSON.parse(row.modifier_groups),
    position: row.position,
  }
}

const toModifier = (row: Selectable<ModifierTable>): MenuModifier => ({
  id: row.id,
  group: row.group_name,
  name: row.name,
  priceMinor: row.price_minor,
  position: row.position,
  archivedAt: instant(row.archived_at),
})

export function catalogRepository(db: Executor): CatalogPort {
  const itemsQuery = () => db.selectFrom('catalog_item').selectAll().orderBy('position').orderBy('name')
  const modifiersQuery = () => db.selectFrom('modifier').selectAll().orderBy('group_name').orderBy('position').orderBy('name')

  async function unavailable(itemIds?: string[]): Promise<Map<string, string[]>> {
    let query = db.selectFrom('catalog_item_unavailable').select(['catalog_item_id', 'location_id'])
    if (itemIds) query = query.where('catalog_item_id', 'in', itemIds)
    const byItem = new Map<string, string[]>()
    for (const row of await query.execute()) byItem.set(row.catalog_item_id, [...(byItem.get(row.catalog_item_id) ?? []), row.location_id])
    return byItem
  }

  return {
    async load(locationId) {
      let items = itemsQuery().where('archived_at', 'is', null)
      if (locationId !== undefined) {
        items = items.where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('catalog_item_unavailable as u').select('u.location_id').whereRef('u.catalog_item_id', '=', 'catalog_item.id').where('u.location_id', '=', locationId))),
        )
      }
      const [itemRows, modifierRows] = await Promise.all([items.execute(), modifiersQuery().where('archived_at', 'is', null).execute()])
      const modifiers = modifierRows.map(({ id, group_name, name, price_minor }) => ({ id, group: group_name, name, priceMinor: price_minor }))
      // A group whose options are all archived is dropped from the items, so the counter never asks an empty question.
      const groups = new Set(modifiers.map((modifier) => modifier.group))
      return {
        items: itemRows.map(toItem).map((item) => ({ ...item, modifierGroups: item.modifierGroups.filter((group) => groups.has(group)) })),
        modifiers,
      }
    },
    async loadMenu() {
      const [items, modifiers, off] = await Promise.all([itemsQuery().execute(), modifiersQuery().execute(), unavailable()])
      return {
        items: items.map((row) => ({ ...toItem(row), archivedAt: instant(row.archived_at), unavailableAt: off.get(row.id) ?? [] })),
        modifiers: modifiers.map(toModifier),
      }
    },
    async findItem(id) {
      const row = await db.selectFrom('catalog_item').selectAll().where('id', '=', id).executeTakeFirst()
      if (!row) return null
      const off = await unavailable([id])
      return { ...toItem(row), archivedAt: instant(row.archived_at), unavailableAt: off.get(id) ?? [] }
    },
    async findModifier(id) {
      const row = await db.selectFrom('modifier').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toModifier(row) : null
    },
    async skuTaken(sku) {
      return (await db.selectFrom('catalog_item').select('id').where('sku', '=', sku).executeTakeFirst()) !== undefined
    },
    async nextItemPosition() {
      const row = await db.selectFrom('catalog_item').select(({ fn }) => fn.max('position').as('last')).executeTakeFirst()
      return row?.last == null ? 0 : Number(row.last) + 1
    },
    async nextModifierPosition(group) {
      const row = await db.selectFrom('modifier').select(({ fn }) => fn.max('position').as('last')).where('group_name', '=', group).executeTakeFirst()
      return row?.last == null ? 0 : Number(row.last) + 1
    },
    async insertItem(item) {
      await db
        .insertInto('catalog_item')
        .values({
          id: item.id,
          sku: item.sku,
          name: item.name,
          category: item.category,
          price_minor: item.priceMinor,
          modifier_groups: JSON.stringify(item.modifierGroups),
          position: item.position,
        })
        .execute()
    },
    async updateItem(item: MenuItem) {
      await db
        .updateTable('catalog_item')
        .set({
          name: item.name,
          category: item.category,
          price_minor: item.priceMinor,
          modifier_groups: JSON.stringify(item.modifierGroups),
          position: item.position,
          archived_at: item.archivedAt?.toISOString() ?? null,
        })
        .where('id', '=', item.id)
        .execute()
    },
    async insertModifier(modifier) {
      await db
        .insertInto('modifier')
        .values({ id: modifier.id, group_name: modifier.group, name: modifier.name, price_minor: modifier.priceMinor, position: modifier.position })
        .execute()
    },
    async updateModifier(modifier) {
      await db
        .updateTable('modifier')
        .set({ name: modifier.name, price_minor: modifier.priceMinor, position: modifier.position, archived_at: modifier.archivedAt?.toISOString() ?? null })
        .where('id', '=', modifier.id)
        .execute()
    },
    async setAvailable(itemId, locationId, available) {
      if (available) {
        await db.deleteFrom('catalog_item_unavailable').where('catalog_item_id', '=', itemId).where('location_id', '=', locationId).execute()
      } else {
        await db.insertInto('catalog_item_unavailable').values({ catalog_item_id: itemId, location_id: locationId }).onConflict((oc) => oc.doNothing()).execute()
      }
    },
  }
}
