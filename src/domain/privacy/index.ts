export { NOT_PERSONAL, PERSONAL_LOOKING, PII_COLUMNS, type PiiColumn, type PiiTreatment } from './pii-registry.js'
export type { Anonymisation, CustomerDataExport, PrivacyDeps, PrivacyPort, PrivacyRepos, PrivacyRequest, PrivacyRequestKind, PrivacyTxRepos } from './ports.js'
export { anonymousNameFor, decidePrivacyRequest, ERASED, eraseCustomer, exportCustomerData, listPrivacyRequests, requestPrivacy } from './privacy.service.js'
