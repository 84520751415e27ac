export { NOT_PERSONAL, PERSONAL_LOOKING, PII_COLUMNS, type PiiColumn, type PiiTreatment } from './pii-registry.js'
