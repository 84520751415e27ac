import { formatMonth } from '../../format.js'

/** Month labels carry the year only when the months span more than one. */
export function monthLabels(months: string[], locale: string): string[] {
  const years = new Set(months.map((month) => month.slice(0, 4)))
  return months.map((month) => formatMonth(month, locale, { year: years.size > 1 }))
}
