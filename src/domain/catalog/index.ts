export type { Catalog, CatalogItem, Menu, MenuItem, MenuModifier, Modifier } from './catalog-item.js'
export type { CatalogDeps, CatalogPort, CatalogRepos } from './ports.js'
export * from './menu-admin.service.js'
