export type { Catalog, CatalogItem, CatalogPort, Menu, MenuItem, MenuModifier, Modifier } from './catalog-item.js'
export * from './menu-admin.service.js'
