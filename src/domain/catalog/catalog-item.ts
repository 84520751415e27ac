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

