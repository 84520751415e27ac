export type { Catalog, CatalogItem, CatalogPort, Modifier } from './catalog-item.js'
