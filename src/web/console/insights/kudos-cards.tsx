import { Table } from '../ui/table.js'
import type { InsightsOverview } from './insights.wire.js'
import { formatNumber } from '../../format.js'
import { Legend, StackedBars, type StackLayer } from './charts.js'
import { useConsole } from '../console-context.js'
import { ChartCard, ChartEmpty } from '../ui/chart-card.js'

const kudosLayers = (rows: { fromCustomers: number; fromManagers: number }[]): StackLayer[] => [
  { name: 'From customers', tone: 'accent', values: rows.map((row) => row.fromCustomers) },
  { name: 'From managers and owners', tone: 'vip', values: rows.map((row) => row.fromManagers) },
]

/** Listed top to bottom, as the bars stack. */
const KudosLegend = () => (
  <Legend
    items={[
      { label: 'From managers and owners', tone: 'vip', mark: 'bar' },
      { label: 'From customers', tone: 'accent', mark: 'bar' },
    ]}
  />
)

interface KudosRow {
  key: string
  name: string
  place?: string
  fromCustomers: number
  fromManagers: number
  total: number
}

function KudosTable({ rows, first, locale }: { rows: KudosRow[]; first: string; locale: string }) {
  return (
    <Table
      compact
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { head: first, rowHead: true, cell: (row) => row.name },
        ...(rows.some((row) => row.place) ? [{ head: 'Location', cell: (row: KudosRow) => row.place }] : []),
        { head: 'From customers', numeric: true, cell: (row) => formatNumber(row.fromCustomers, locale) },
        { head: 'From managers', numeric: true, cell: (row) => formatNumber(row.fromManagers, locale) },
        { head: 'All', numeric: true, cell: (row) => formatNumber(row.total, locale) },
      ]}
    />
  )
}

export function KudosPeopleCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { people, readings, days } = overview.kudos
  const shown = people.slice(0, 10)
  return (
    <ChartCard
      testId="chart-kudos-people"
      title={`Kudos per person, last ${days} days`}
      reading={readings.people}
      chart={(labelledBy) =>
        shown.length === 0 ? (
          <ChartEmpty>No kudos yet. Praise that names someone counts, and so does kudos from the Feedback page.</ChartEmpty>
        ) : (
          <>
            <StackedBars labelledBy={labelledBy} format={(value) => formatNumber(value, locale)} categories={shown.map((person) => person.staffName)} layers={kudosLayers(shown)} yTitle="Kudos" />
            <KudosLegend />
          </>
        )
      }
      numbers={
        <KudosTable
          first="Person"
          locale={locale}
          rows={people.map((person) => ({ key: person.staffId, name: person.staffName, place: person.locationName, fromCustomers: person.fromCustomers, fromManagers: person.fromManagers, total: person.total }))}
        />
      }
    />
  )
}

export function KudosLocationsCard({ overview }: { overview: InsightsOverview }) {
  const { money } = useConsole()
  const locale = money.locale
  const { locations, readings, days } = overview.kudos
  return (
    <ChartCard
      testId="chart-kudos-locations"
      title={`Kudos per location, last ${days} days`}
      reading={readings.locations}
      chart={(labelledBy) =>
        locations.length === 0 ? (
          <ChartEmpty>No kudos at any location yet.</ChartEmpty>
        ) : (
          <>
            <StackedBars
              labelledBy={labelledBy}
              format={(value) => formatNumber(value, locale)}
              categories={locations.map((location) => location.locationName)}
              layers={kudosLayers(locations)}
              yTitle="Kudos"
            />
            <KudosLegend />
          </>
        )
      }
      numbers={
        <KudosTable
          first="Location"
          locale={locale}
          rows={locations.map((location) => ({ key: location.locationId, name: location.locationName, fromCustomers: location.fromCustomers, fromManagers: location.fromManagers, total: location.total }))}
        />
      }
    />
  )
}
