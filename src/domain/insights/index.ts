export { bgnbdLogLikelihood, expectedTransactions, fitBgNbd, probabilityAlive, type BgNbdParams, type RfmSummary } from './bgnbd.js'
export { parseCdnow, toRfm, type CdnowRow } from './cdnow.js'
export { BGNBD_SETTING, customerOutlook, lapsingRegulars, refitBgNbd, toBgNbdJson, type InsightsPort, type LapsingRegular, type ServedBy, type StoredFit } from './insights.service.js'
export { outlookFor, toRfmSummary, type Outlook, type TimeUnit, type VisitSummary } from './lapsing.js'
