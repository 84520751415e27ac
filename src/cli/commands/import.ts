import { readFile } from 'node:fs/promises'
import { loadConfig } from '../../config.js'
import { compose } from '../../compose.js'
import { csvFile, importDeps } from '../../db/import.js'
import { describeRowError, importCdnow, importRecords, type ImportKind, type ImportReport } from '../../domain/imports/index.js'
import { parseCdnow } from '../../domain/visit-model/index.js'
import { progressBar } from '../progress.js'

const KINDS = ['customers', 'orders', 'gestures', 'cdnow'] as const

export async function importCommand(kind: string, file: string, options: { skipBad?: boolean; timeZone?: string; country?: string }): Promise<void> {
  if (!(KINDS as readonly string[]).includes(kind)) {
    console.error(`usual import: what to import must be one of ${KINDS.join(', ')}; got "${kind}".`)
    process.exitCode = 2
    return
  }
  const app = await compose(loadConfig().database)
  try {
    const bar = progressBar(kind === 'cdnow' ? 'reading' : 'bytes')
    let report: ImportReport
    try {
      if (kind === 'cdnow') {
        const rows = parseCdnow(await readFile(file, 'utf8'))
        report = await importCdnow(importDeps(app.db, app.deps), null, rows, { timeZone: options.timeZone })
      } else {
        const source = await csvFile(file, bar.update)
        report = await importRecords(importDeps(app.db, app.deps), null, kind as ImportKind, source, { skipBad: options.skipBad, timeZone: options.timeZone, country: options.country })
      }
    } finally {
      bar.stop()
    }
    printReport(report, file, options.skipBad)
    if (!report.written) process.exitCode = 1
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`usual import: no such file: ${file}`)
      process.exitCode = 1
      return
    }
    throw error
  } finally {
    await app.close()
  }
}

function printReport(report: ImportReport, file: string, skipBad?: boolean) {
  const shown = report.bad.slice(0, 20)
  for (const error of shown) console.error(`${file}: ${describeRowError(error)}`)
  if (report.bad.length > shown.length) console.error(`… and ${report.bad.length - shown.length} more bad rows.`)
  const badRows = new Set(report.bad.map((error) => error.line)).size
  if (!report.written) {
    console.error(`Nothing was imported: ${badRows} bad row${badRows === 1 ? '' : 's'} of ${report.read}. Fix them, or run again with --skip-bad to import the rest.`)
    return
  }
  console.log(
    `Imported ${report.imported} ${report.kind === 'cdnow' ? 'customers and orders' : report.kind} from ${report.read} rows` +
      `; ${report.unchanged} already there` +
      (skipBad && badRows > 0 ? `; skipped ${badRows} bad` : '') +
      '.',
  )
}
