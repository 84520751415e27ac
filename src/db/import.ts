import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import { importCdnow as importCdnowRows, importRecords, type ImportDeps, type ImportKind, type ImportOptions, type ImportRecord, type ImportReport, type ImportSource } from '../domain/imports/index.js'
import type { Deps } from '../domain/ports.js'
import type { CdnowRow } from '../domain/visit-model/index.js'
import { DomainError } from '../domain/shared/errors.js'
import type { Db } from './connect.js'
import { importsAdapter } from './import.adapter.js'

export type { ImportOptions, ImportReport } from '../domain/imports/index.js'

/** Counts bytes read against the whole. */
export type OnProgress = (done: number, total: number) => void

/** What the import use cases take, from the app's dependencies and its database. */
export function importDeps(db: Db, deps: Deps): ImportDeps {
  return { clock: deps.clock, ids: deps.ids, randomBytes: deps.randomBytes, locations: deps.repos.locations, imports: importsAdapter(db, deps.ids) }
}

// A generous guess: no useful row is shorter than this many bytes.
const expectedRowsOf = (bytes: number) => Math.ceil(bytes / 40)

/** A CSV file on disk, reporting progress by bytes read; it throws ENOENT when there is no such file. */
export async function csvFile(path: string, onProgress?: OnProgress): Promise<ImportSource> {
  const { size } = await stat(path)
  return {
    expectedRows: expectedRowsOf(size),
    async *read(checkHeaders) {
      let bytes = 0
      const stream = createReadStream(path)
      stream.on('data', (chunk) => {
        bytes += chunk.length
        onProgress?.(bytes, size)
      })
      yield* csvRecords(stream, checkHeaders)
      onProgress?.(size, size)
    },
  }
}

/** CSV text already in memory, such as an upload. */
export function csvText(text: string): ImportSource {
  return { expectedRows: expectedRowsOf(Buffer.byteLength(text)), read: (checkHeaders) => csvRecords(Readable.from([text]), checkHeaders) }
}

async function* csvRecords(stream: NodeJS.ReadableStream, checkHeaders: (headers: string[]) => void): AsyncIterable<ImportRecord> {
  const columns = (header: string[]) => {
    const headers = header.map((h) => h.trim())
    checkHeaders(headers)
    return headers
  }
  const parser = stream.pipe(parse({ columns, bom: true, skip_empty_lines: true, info: true, relax_column_count: true, relax_quotes: true, trim: true }))
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) yield { record, line: info.lines }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = typeof error.lines === 'number' ? error.lines : undefined
    const what = CSV_MISTAKES[error.code] ?? error.message.replace(/ at line \d+.*$/, '')
    throw new DomainError('invalid', 'import.malformed_csv', `${line ? `line ${line}: ` : ''}${what}. Nothing was imported.`, { line: line ?? null })
  }
}

/** What the CSV reader says of a file it cannot read (an unclosed quote, a stray one), for the person who wrote it. */
const CSV_MISTAKES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed (a " without its closing ")',
  CSV_INVALID_CLOSING_QUOTE: 'a quote closes in the middle of a value (write "" for a quote inside a quoted value)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'there is text after a closing quote (quote the whole value, writing "" for each quote inside it)',
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of a value (quote the whole value, writing "" for each quote inside it)',
  CSV_MAX_RECORD_SIZE: 'a row is too long',
}

/** Imports a CSV file as the command line does (no signed-in actor). */
export async function importFile(db: Db, deps: Deps, kind: ImportKind, path: string, options: ImportOptions & { onProgress?: OnProgress } = {}): Promise<ImportReport> {
  return importRecords(importDeps(db, deps), null, kind, await csvFile(path, options.onProgress), options)
}

/** Imports the CDNOW data set as the command line does. */
export function importCdnow(db: Db, deps: Deps, rows: CdnowRow[], options: ImportOptions & { location?: string } = {}): Promise<ImportReport> {
  return importCdnowRows(importDeps(db, deps), null, rows, options)
}
