export {
  gestureAbuseSignals,
  goodwillReturn,
  insightsOverview,
  lapsingRegulars,
  withTiers,
  type GoodwillReport,
  type LapsingRegular,
} from './insights.service.js'
export { describeGoodwill, measureGoodwillReturn, type GestureRecord, type GoodwillResult, type GroupReturn, type VisitRecord } from './goodwill.js'
export { gestureSignals, type StaffGestureActivity, type StaffSignals } from './gesture-signals.js'
// The visit model's fit is refitted and read through insights too (the owner's page, the nightly job).
export { BGNBD_SETTING, customerOutlook, parseCdnow, refitBgNbd, refitBgNbdIfPossible, type Outlook, type StoredFit, type TimeUnit, type VisitSummary } from '../visit-model/index.js'
export type { InsightsDeps, InsightsPort, InsightsRepos, RawVisit, ServedBy } from './ports.js'
