import type { AuditPort } from '../audit/ports.js'
import type { LiveEventsPort } from '../live/ports.js'
import type { LocationsPort } from '../locations/ports.js'
import type { UseCaseDeps } from '../shared/unit-of-work.js'
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

/** What the menu's admin reads and writes: the catalog, the locations it is sold at, the audit trail and live news. */
export interface CatalogRepos {
  catalog: CatalogPort
  locations: LocationsPort
  audit: AuditPort
  live: LiveEventsPort
}

export type CatalogDeps = UseCaseDeps<CatalogRepos>
