import { useMutation } from '@tanstack/react-query'
import { CircleAlert, CircleCheck, Download, Upload } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { call, client, raw } from '../../api/client.js'
import { queryClient } from '../../api/queries.js'
import type { Answer } from '../../api/schema.js'
import type { paths } from '../../api/schema.js'

type ImportKind = paths['/imports/{kind}']['post']['parameters']['path']['kind']
type ImportReport = Answer<'/imports/{kind}', 'post'>
import { ErrorMessage } from '../../ui/error-message.js'
import { formatCount } from '../../format.js'
import { OwnersOnly } from '../console-shell.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import dataStyles from './data.module.css'
import { Table } from '../ui/table.js'
import { PageHead } from '../ui/page-head.js'

const KINDS: { kind: ImportKind; title: string; columns: string; hint: string }[] = [
  { kind: 'customers', title: 'Customers', columns: 'ref,name,phone,email,birthday,household', hint: 'Birthdays as MM-DD; household names separated by “;”.' },
  { kind: 'orders', title: 'Orders', columns: 'ref,customer_ref,location,placed_at,total_minor,items', hint: 'Import customers first; times as ISO 8601, totals in cents.' },
  { kind: 'gestures', title: 'Gestures', columns: 'ref,customer_ref,location,granted_at,type,reason,value_minor', hint: 'Import customers first; values in cents.' },
]

/** /console/data: bring customers, orders and gestures in from a CSV, and take them out again. */
export function DataPage() {
  return (
    <OwnersOnly what="Imports and exports">
      <PageHead
        title="Data"
        lead="Import a CSV file. A file with a bad row imports nothing until it is fixed, unless you tick “Skip bad rows”. Importing the same file again changes nothing."
      />
      <div className={styles.gridThree}>
        {KINDS.map((kind) => (
          <ImportCard key={kind.kind} {...kind} />
        ))}
      </div>
      <ExportCard />
    </OwnersOnly>
  )
}

function ImportCard({ kind, title, columns, hint }: (typeof KINDS)[number]) {
  const [file, setFile] = useState<File | null>(null)
  const [skipBad, setSkipBad] = useState(false)
  const ids = { title: useId(), file: useId(), skip: useId(), help: useId() }
  const upload = useMutation({
    mutationFn: async ({ file, skipBad }: { file: File; skipBad: boolean }) =>
      call(client.POST('/imports/{kind}', { params: { path: { kind }, query: { skipBad: skipBad || undefined } }, ...raw(await file.text(), 'text/csv') })),
    // New rows change every insight and list; refetch them on next look.
    onSuccess: (report) => (report.written ? queryClient.invalidateQueries() : undefined),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (file) upload.mutate({ file, skipBad })
  }
  return (
    <section className={styles.card} aria-labelledby={ids.title}>
      <h2 id={ids.title} className={styles.cardTitle}>
        {title}
      </h2>
      <form className={dataStyles.form} onSubmit={submit}>
        <div className={dataStyles.field}>
          <label htmlFor={ids.file} className={dataStyles.label}>
            {title} CSV file
          </label>
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={ids.help}
            className={dataStyles.file}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              upload.reset()
            }}
          />
          <p id={ids.help} className={dataStyles.help}>
            Columns:{' '}
            {columns.split(',').map((column, index) => (
              <span key={column}>
                {index > 0 && ', '}
                <code>{column}</code>
              </span>
            ))}
            . {hint}
          </p>
        </div>
        <label htmlFor={ids.skip} className={dataStyles.check}>
          <input id={ids.skip} type="checkbox" checked={skipBad} onChange={(event) => setSkipBad(event.target.checked)} />
          Skip bad rows
        </label>
        <button type="submit" className={styles.primaryButton} disabled={!file || upload.isPending}>
          <Upload size={18} aria-hidden="true" />
          {upload.isPending ? 'Importing…' : `Import ${title.toLowerCase()}`}
        </button>
        {!file && <p className={dataStyles.help}>Choose a file first.</p>}
      </form>
      {upload.error ? <ErrorMessage error={upload.error} /> : null}
      {upload.data && <ImportResult report={upload.data} what={title.toLowerCase()} />}
    </section>
  )
}

function ImportResult({ report, what }: { report: ImportReport; what: string }) {
  const { locale } = useConsole().money
  const bad = report.bad.length
  return (
    <div className={dataStyles.report}>
      <p role="status" className={report.written ? dataStyles.ok : dataStyles.refused}>
        {report.written ? <CircleCheck size={20} aria-hidden="true" /> : <CircleAlert size={20} aria-hidden="true" />}
        <span>
          {report.written
            ? `Imported ${report.imported} of ${formatCount(report.read, 'row', 'rows', locale)}` +
              (report.unchanged ? `; ${report.unchanged} already here, unchanged` : '') +
              (bad ? `; skipped ${formatCount(bad, 'bad row', 'bad rows', locale)}` : '') +
              '.'
            : `Nothing was imported: ${formatCount(bad, 'row has', 'rows have', locale)} a problem. Fix ${bad === 1 ? 'it' : 'them'} and upload again, or tick “Skip bad rows” to import the other ${what}.`}
        </span>
      </p>
      {bad > 0 && (
        <Table
          compact
          caption={report.written ? 'Skipped rows' : 'Rows to fix'}
          captionClassName={dataStyles.caption}
          rows={report.bad}
          rowKey={(row, index) => `${row.line}-${row.column}-${index}`}
          columns={[
            { head: 'Line', numeric: true, cell: (row) => row.line },
            { head: 'Column', cell: (row) => <code>{row.column}</code> },
            { head: 'Problem', cell: (row) => row.message },
          ]}
        />
      )}
    </div>
  )
}

function ExportCard() {
  const titleId = useId()
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.cardTitle}>
        Export
      </h2>
      <p className={styles.note}>Everything, as CSV in the same shape the import reads: for a spreadsheet, a backup, or another system.</p>
      <div className={dataStyles.downloads}>
        {KINDS.map(({ kind, title }) => (
          <a key={kind} href={`/api/v1/exports/${kind}`} download={`${kind}.csv`} className={styles.button}>
            <Download size={18} aria-hidden="true" />
            Download {title.toLowerCase()}
          </a>
        ))}
      </div>
    </section>
  )
}
