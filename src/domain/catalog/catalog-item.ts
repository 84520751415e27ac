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

export interface Catalog {
  items: CatalogItem[]
  modifiers: Modifier[]
}

export interface CatalogPort {
  load(): Promise<Catalog>
  insertItem(item: CatalogItem): Promise<void>
  insertModifier(modifier: Modifier & { position: number }): Promise<void>
}
