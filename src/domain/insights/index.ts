export { bgnbdLogLikelihood, expectedTransactions, fitBgNbd, probabilityAlive, type BgNbdParams, type RfmSummary } from './bgnbd.js'
export { parseCdnow, toRfm, type CdnowRow } from './cdnow.js'
export {
  BGNBD_SETTING,
  customerOutlook,
  gestureAbuseSignals,
  goodwillReturn,
  insightsOverview,
  lapsingRegulars,
  refitBgNbd,
  refitBgNbdIfPossible,
  toBgNbdJson,
  withTiers,
  type GoodwillReport,
  type InsightsPort,
  type LapsingRegular,
  type RawVisit,
  type ServedBy,
  type StoredFit,
} from './insights.service.js'
export { describeGoodwill, measureGoodwillReturn, toGoodwillJson, type GestureRecord, type GoodwillJson, type GoodwillResult, type VisitRecord } from './goodwill.js'
export { outlookFor, toRfmSummary, type Outlook, type TimeUnit, type VisitSummary } from './lapsing.js'
export { gestureSignals, type StaffGestureActivity, type StaffSignals } from './gesture-signals.js'
