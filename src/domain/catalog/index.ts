export type { Catalog, CatalogItem, Menu, MenuItem, MenuModifier, Modifier } from './catalog-item.js'
export type { CatalogPort } from './ports.js'
export * from './menu-admin.service.js'
