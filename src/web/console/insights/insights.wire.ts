/** The insights answers' shapes the console's pages and words share, read off the routes that answer them. */
import type { Answer } from '../../api/schema.js'

export type InsightsOverview = Answer<'/insights/overview', 'get'>
export type CostMonth = InsightsOverview['costVsReturn']['months'][number]
export type CohortRow = InsightsOverview['cohorts']['cohorts'][number]

/** The goodwill answer, and the lift of one slice of it (a type or a reason). */
export type GoodwillResult = Answer<'/insights/goodwill', 'get'>['result']
export type GoodwillSlice = GoodwillResult['byType'][string]

export type LapsingRegular = Answer<'/insights/lapsing', 'get'>['regulars'][number]
export type StaffSignals = Answer<'/insights/gesture-signals', 'get'>[number]
