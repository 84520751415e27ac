export {
  describeRowError,
  IMPORT_HEADERS,
  missingHeaders,
  parseCustomerRow,
  parseGestureRow,
  parseOrderRow,
  type CustomerImportRow,
  type GestureImportRow,
  type ImportKind,
  type OrderImportRow,
  type RowError,
  type RowResult,
} from './import-rows.js'
export { importCdnow, importRecords, requireImportHeaders, type ImportDeps, type ImportOptions, type ImportReport } from './imports.service.js'
export type {
  ExportsPort,
  ImportCatalogItem,
  ImportedCustomer,
  ImportedGesture,
  ImportedOrder,
  ImportedOrderLine,
  ImportLocation,
  ImportRecord,
  ImportSource,
  ImportsPort,
  ImportStore,
} from './ports.js'
export { exportRecords, type ExportDeps, type ExportRecord } from './exports.service.js'
