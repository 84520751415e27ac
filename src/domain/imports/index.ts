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
