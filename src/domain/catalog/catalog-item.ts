export interface Modifier {
  id: string
  group: string
  name: string
  priceMinor: number
}

export interface CatalogItem {
  id: string
  sku: string
  name: string
  category: string
  priceMinor: number
  /** Modifier groups this item takes ("size", "milk", "extra"). */
  modifierGroups: string[]
  position: number
}

/** What a counter sells: items not archived nor left off its location, options not archived. */
export interface Catalog {
  items: CatalogItem[]
  modifiers: Modifier[]
}

/** The owner's view of an item: archived ones too, and where it is not sold. */
export interface MenuItem extends CatalogItem {
  archivedAt: Date | null
  /** Locations whose counter does not show it. */
  unavailableAt: string[]
}

export interface MenuModifier extends Modifier {
  position: number
  archivedAt: Date | null
}

export interface Menu {
  items: MenuItem[]
  modifiers: MenuModifier[]
}

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
