export { bgnbdLogLikelihood, expectedTransactions, fitBgNbd, probabilityAlive, type BgNbdParams, type RfmSummary } from './bgnbd.js'
export { parseCdnow, toRfm, type CdnowRow } from './cdnow.js'
export { BGNBD_SETTING, customerOutlook, refitBgNbd, toBgNbdJson, type InsightsPort, type StoredFit } from './insights.service.js'
export { outlookFor, toRfmSummary, type Outlook, type TimeUnit, type VisitSummary } from './lapsing.js'
