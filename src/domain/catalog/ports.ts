import type { Catalog, CatalogItem, Menu, MenuItem, MenuModifier, Modifier } from './catalog-item.js'

export interface CatalogPort {
  /** The sellable menu; with a location, without the items left off it. */
  load(locationId?: string): Promise<Catalog>
  /** Everything, archived included, for the console. */
  loadMenu(): Promise<Menu>
  findItem(id: string): Promise<MenuItem | null>
  findModifier(id: string): Promise<MenuModifier | null>
  skuTaken(sku: string): Promise<boolean>
  /** One past the highest position of items (or of the options of a group), so new ones go last. */
  nextItemPosition(): Promise<number>
  nextModifierPosition(group: string): Promise<number>
  insertItem(item: CatalogItem): Promise<void>
  updateItem(item: MenuItem): Promise<void>
  insertModifier(modifier: Modifier & { position: number }): Promise<void>
  updateModifier(modifier: MenuModifier): Promise<void>
  setAvailable(itemId: string, locationId: string, available: boolean): Promise<void>
}
