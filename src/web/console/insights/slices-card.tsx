import { useState } from 'react'
import type { GestureReason, GestureType } from '../../api/wire.js'
import type { GoodwillResult, GoodwillSlice } from './insights.wire.js'
import { REASON_WORDS, TYPE_WORDS } from '../../ui/gesture-words.js'
import { formatMoney, formatNumber } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import { Table } from '../ui/table.js'
import insights from './insights.module.css'
import { liftWords, slicesReading } from '../words.js'
import { ChartCard } from '../ui/chart-card.js'
import { Segments } from '../ui/segments.js'

type SliceBy = 'type' | 'reason'

export function SlicesCard({ result }: { result: GoodwillResult }) {
  const { money } = useConsole()
  const locale = money.locale
  const [by, setBy] = useState<SliceBy>('type')
  const source: [string, GoodwillSlice | undefined][] =
    by === 'type'
      ? Object.entries(result.byType).map(([type, slice]) => [TYPE_WORDS[type as GestureType] ?? type, slice])
      : Object.entries(result.byReason).map(([reason, slice]) => [REASON_WORDS[reason as GestureReason] ?? reason, slice])
  const slices = source
    .filter((entry): entry is [string, GoodwillSlice] => entry[1] !== undefined)
    .map(([name, slice]) => ({ name, slice }))
    .sort((a, b) => b.slice.gestures - a.slice.gestures)
  return (
    <ChartCard
      testId="chart-by-type"
      title={`Which gestures bring people back, by ${by}`}
      reading={slicesReading(slices, locale, by)}
      actions={<Segments<SliceBy> legend="By" options={['type', 'reason']} value={by} onChange={setBy} label={(value) => (value === 'type' ? 'Type' : 'Reason')} />}
      empty={slices.length === 0 && 'No gestures in this period yet.'}
      chart={() => (
        <Table
          compact
          className={insights.slices}
          caption={`Came back within ${result.windowDays} days, by ${by}, against matched customers`}
          rows={slices.map(({ name, slice }) => ({ name, slice, words: liftWords(slice, locale) }))}
          rowKey={(row) => row.name}
          columns={[
            { head: by === 'type' ? 'Type' : 'Reason', rowHead: true, cell: (row) => row.name },
            { head: 'Gestures', numeric: true, cell: (row) => formatNumber(row.slice.gestures, locale) },
            { head: 'Cost', numeric: true, cell: (row) => formatMoney(row.slice.gestureValueMinor, money) },
            { head: 'Came back', numeric: true, cell: (row) => row.words.lift },
            { head: '95% interval', cell: (row) => row.words.interval, className: (row) => (row.words.interval === 'too few to tell' ? styles.muted : undefined) },
          ]}
        />
      )}
      foot={<p className={styles.note}>“Came back” is the difference in return rate against matched customers who got no gesture, in percentage points.</p>}
    />
  )
}
