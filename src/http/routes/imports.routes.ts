import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { exportRecords, importRecords, type ExportDeps, type ExportRecord, type ImportDeps, type ImportKind, type ImportSource } from '../../domain/imports/index.js'
import { actorOf } from '../plugins/auth.js'
import { problems } from './common.schemas.js'

const Kind = Type.Union([Type.Literal('customers'), Type.Literal('orders'), Type.Literal('gestures')])
const MAX_CSV_BYTES = 200 * 1024 * 1024

/** What the console's imports and exports run on: the use cases' dependencies and the CSV reader and writer. */
export interface CsvTransfers {
  imports: ImportDeps
  exports: ExportDeps
  /** An upload's CSV text as rows to import. */
  csvText: (text: string) => ImportSource
  /** Exported records as CSV text with the kind's header row. */
  csvStream: (kind: ImportKind, records: AsyncIterable<ExportRecord>) => NodeJS.ReadableStream
}

/** The owner's console side of `usual import` and `usual export`. */
export const importRoutes: FastifyPluginAsyncTypebox<{ transfers: CsvTransfers }> = async (app, { transfers }) => {
  const { imports, exports, csvText, csvStream } = transfers
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_CSV_BYTES }, (_request, body, done) => done(null, body))

  app.post(
    '/imports/:kind',
    {
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        tags: ['import'],
        summary: 'Import a CSV (body as text/csv): all or nothing unless skipBad; re-importing changes nothing',
        params: Type.Object({ kind: Kind }),
        querystring: Type.Object({ skipBad: Type.Optional(Type.Boolean()) }),
        response: {
          200: Type.Object({
            written: Type.Boolean(),
            read: Type.Integer(),
            imported: Type.Integer(),
            unchanged: Type.Integer(),
            bad: Type.Array(Type.Object({ line: Type.Integer(), column: Type.String(), message: Type.String() })),
          }),
          ...problems(400, 401, 403, 422),
        },
      },
    },
    async (request) => {
      const report = await importRecords(imports, actorOf(request), request.params.kind, csvText(typeof request.body === 'string' ? request.body : ''), { skipBad: request.query.skipBad })
      return { written: report.written, read: report.read, imported: report.imported, unchanged: report.unchanged, bad: report.bad.slice(0, 200) }
    },
  )

  app.get(
    '/exports/:kind',
    {
      schema: {
        tags: ['import'],
        summary: 'Download customers, orders or gestures as CSV in the shape the import reads',
        params: Type.Object({ kind: Kind }),
        produces: ['text/csv'],
        response: { 200: { description: 'CSV', content: { 'text/csv': { schema: Type.String() } } }, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const records = exportRecords(exports, actorOf(request), request.params.kind)
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.kind}.csv"`)
        // A stream of the CSV text; the schema documents the text, Fastify sends the stream as is.
        .send(csvStream(request.params.kind, records) as unknown as string)
    },
  )
}
