export { NOT_PERSONAL, PERSONAL_LOOKING, PII_COLUMNS, type PiiColumn, type PiiTreatment } from './pii-registry.js'
export type { Anonymisation, CustomerDataExport, PrivacyPort } from './ports.js'
export { anonymousNameFor, ERASED, eraseCustomer, exportCustomerData } from './privacy.service.js'
