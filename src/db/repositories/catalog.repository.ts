import type { CatalogPort } from '../../domain/catalog/index.js'
import type { Executor } from '../transaction.js'

export function catalogRepository(db: Executor): CatalogPort {
  return {
    async load() {
      const [items, modifiers] = await Promise.all([
        db.selectFrom('catalog_item').selectAll().where('archived_at', 'is', null).orderBy('position').orderBy('name').execute(),
        db.selectFrom('modifier').selectAll().orderBy('group_name').orderBy('position').execute(),
      ])
      return {
        items: items.map((row) => ({
          id: row.id,
          sku: row.sku,
          name: row.name,
          category: row.category,
          priceMinor: row.price_minor,
          modifierGroups: JSON.parse(row.modifier_groups),
          position: row.position,
        })),
        modifiers: modifiers.map((row) => ({ id: row.id, group: row.group_name, name: row.name, priceMinor: row.price_minor })),
      }
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
    async insertModifier(modifier) {
      await db
        .insertInto('modifier')
        .values({ id: modifier.id, group_name: modifier.group, name: modifier.name, price_minor: modifier.priceMinor, position: modifier.position })
        .execute()
    },
  }
}
