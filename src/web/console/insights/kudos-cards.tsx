import type { InsightsOverview } from './insights.wire.js'
import { formatNumber } from '../../format.js'
import { StackedBars, type LegendItem, type StackLayer } from './charts.js'
import { useConsole } from '../console-context.js'
import { ChartCard } from '../ui/chart-card.js'

const kudosLayers = (rows: { fromCustomers: number; fromManagers: number }[]): StackLayer[] => [
  { name: 'From customers', tone: 'accent', values: rows.map((row) => row.fromCustomers) },
  { name: 'From managers and owners', tone: 'vip', values: rows.map((row) => row.fromManagers) },
]

/** Listed top to bottom, as the bars stack. */
const KUDOS_LEGEND: LegendItem[] = [
  { label: 'From managers and owners', tone: 'vip', mark: 'bar' },
  { label: 'From customers', tone: 'accent', mark: 'bar' },
]

interface KudosRow {
  key: string
  name: string
  place?: string
  fromCustomers: number
  fromManagers: number
  total: number
}

interface KudosCardProps {
  testId: string
  title: string
  reading: string
  /** The heading of the column that names each row: Person or Location. */
  first: string
  rows: KudosRow[]
  /** How many rows the chart draws; the numbers list them all. */
  drawn?: number
  empty: string
}

/** Kudos per person or per location: from customers and from managers, stacked, with the numbers beneath. */
function KudosCard({ testId, title, reading, first, rows, drawn = rows.length, empty }: KudosCardProps) {
  const { locale } = useConsole().money
  const shown = rows.slice(0, drawn)
  return (
    <ChartCard
      testId={testId}
      title={title}
      reading={reading}
      empty={shown.length === 0 && empty}
      chart={(labelledBy) => <StackedBars labelledBy={labelledBy} format={(value) => formatNumber(value, locale)} categories={shown.map((row) => row.name)} layers={kudosLayers(shown)} yTitle="Kudos" />}
      legend={KUDOS_LEGEND}
      numbers={{
        rows,
        rowKey: (row) => row.key,
        columns: [
          { head: first, rowHead: true, cell: (row) => row.name },
          ...(rows.some((row) => row.place) ? [{ head: 'Location', cell: (row: KudosRow) => row.place }] : []),
          { head: 'From customers', numeric: true, cell: (row) => formatNumber(row.fromCustomers, locale) },
          { head: 'From managers', numeric: true, cell: (row) => formatNumber(row.fromManagers, locale) },
          { head: 'All', numeric: true, cell: (row) => formatNumber(row.total, locale) },
        ],
      }}
    />
  )
}

export function KudosPeopleCard({ overview }: { overview: InsightsOverview }) {
  const { people, readings, days } = overview.kudos
  return (
    <KudosCard
      testId="chart-kudos-people"
      title={`Kudos per person, last ${days} days`}
      reading={readings.people}
      first="Person"
      drawn={10}
      empty="No kudos yet. Praise that names someone counts, and so does kudos from the Feedback page."
      rows={people.map((person) => ({ key: person.staffId, name: person.staffName, place: person.locationName, fromCustomers: person.fromCustomers, fromManagers: person.fromManagers, total: person.total }))}
    />
  )
}

export function KudosLocationsCard({ overview }: { overview: InsightsOverview }) {
  const { locations, readings, days } = overview.kudos
  return (
    <KudosCard
      testId="chart-kudos-locations"
      title={`Kudos per location, last ${days} days`}
      reading={readings.locations}
      first="Location"
      empty="No kudos at any location yet."
      rows={locations.map((location) => ({ key: location.locationId, name: location.locationName, fromCustomers: location.fromCustomers, fromManagers: location.fromManagers, total: location.total }))}
    />
  )
}
