import type { InsightsOverview } from './insights.wire.js'
import { formatNumber } from '../../format.js'
import { Bars } from './charts.js'
import { useConsole } from '../console-context.js'
import { ChartCard } from '../ui/chart-card.js'

const hours = (value: number, locale: string) => `${formatNumber(value, locale, value < 10 ? 1 : 0)} h`

/** Reply times by location: the typical wait and the slow tail (shown from 10 replies on). */
export function ReplyTimesCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { locations, reading, days } = overview.replyTimes
  const replied = locations.filter((location) => location.replied > 0)
  return (
    <ChartCard
      testId="chart-reply-times"
      title={`Reply times, last ${days} days`}
      reading={reading}
      empty={replied.length === 0 && 'No replies yet. Answer feedback from the Feedback page; the time to the first reply shows here.'}
      chart={(labelledBy) => (
        <Bars
          labelledBy={labelledBy}
          format={(value) => hours(value, locale)}
          missing="too few"
          categories={replied.map((location) => location.locationName)}
          series={[
            { name: 'Half replied within', values: replied.map((location) => location.medianHours), tone: 'accent' },
            { name: '9 in 10 replied within', values: replied.map((location) => (location.replied >= 10 ? location.p90Hours : null)), tone: 'vip', hatched: true },
          ]}
          yTitle="Hours from feedback to first reply"
        />
      )}
      legend={[
        { label: 'Half replied within (median)', tone: 'accent', mark: 'bar' },
        { label: '9 in 10 replied within (90th percentile; from 10 replies)', tone: 'vip', mark: 'hatched' },
      ]}
      numbers={{
        rows: locations,
        rowKey: (location) => location.locationId,
        columns: [
          { head: 'Location', rowHead: true, cell: (location) => location.locationName },
          { head: 'Replied', numeric: true, cell: (location) => formatNumber(location.replied, locale) },
          { head: 'Waiting', numeric: true, cell: (location) => formatNumber(location.waiting, locale) },
          { head: 'Half within', numeric: true, cell: (location) => (location.medianHours === null ? '–' : hours(location.medianHours, locale)) },
          { head: '9 in 10 within', numeric: true, cell: (location) => (location.p90Hours === null || location.replied < 10 ? 'too few' : hours(location.p90Hours, locale)) },
        ],
      }}
    />
  )
}
