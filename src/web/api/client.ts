import createClient, { createQuerySerializer, type Middleware } from 'openapi-fetch'
import type { paths } from './schema.js'

/** An RFC 9457 problem from the API, or a network failure dressed as one. */
export interface Problem {
  type?: string
  status: number
  code: string
  detail: string
  requestId?: string
  field?: string
  [extra: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly detail: string
  readonly field: string | undefined
  readonly requestId: string | undefined
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail)
    this.name = 'ApiError'
    this.status = problem.status
    this.code = problem.code
    this.detail = problem.detail
    this.field = problem.field
    this.requestId = problem.requestId
    this.problem = problem
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

const OFFLINE: Problem = { status: 0, code: 'network.offline', detail: 'Can’t reach the server. Check the connection and try again.' }

/** A fetch that never reached the server becomes the offline problem; an abort stays an abort. */
const offline: Middleware = {
  onError: ({ request }) => (request.signal.aborted ? undefined : new ApiError(OFFLINE)),
}

const serializeQuery = createQuerySerializer()

/** `?locationId=…&…` from the set values: "" (all locations) is left out like undefined. */
function leaveOutEmpty(query: Record<string, unknown>): string {
  return serializeQuery(Object.fromEntries(Object.entries(query).filter(([, value]) => value !== '')))
}

/**
 * The API under /api/v1, typed by the generated OpenAPI types; it sends the session cookie. Wrap a call in `call`:
 * `await call(client.GET('/customers/{id}/card', { params: { path: { id } }, signal }))`.
 */
export const client = createClient<paths>({
  baseUrl: '/api/v1',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: leaveOutEmpty,
})
client.use(offline)

type Data<R> = R extends { data: infer D } ? D : never

/** The answer of a successful call; any non-2xx answer throws an ApiError carrying the problem's code and detail. */
export async function call<R extends { response: Response; error?: unknown }>(pending: Promise<R>): Promise<Data<R>> {
  const { response, ...result } = await pending
  if (!response.ok) throw new ApiError(toProblem(response.status, result.error))
  return (result as unknown as { data: Data<R> }).data
}

/** Sends a body as is (a CSV upload) with its content type, instead of as JSON. */
export const raw = (text: string, contentType: string) =>
  ({ body: text as never, bodySerializer: (body: unknown) => body, headers: { 'content-type': contentType } })

function toProblem(status: number, json: unknown): Problem {
  if (json && typeof json === 'object' && 'code' in json && 'detail' in json) return { ...(json as Problem), status }
  const detail = status >= 500 ? 'Something went wrong on our side. Nothing was saved.' : `The server said no (${status}).`
  return { status, code: status >= 500 ? 'server.error' : 'request.bad', detail }
}

/** A key for one order, made when the order is opened and reused by every retry. */
export function newIdempotencyKey(): string {
  // randomUUID needs a secure context; a tablet on plain http over the LAN has only getRandomValues.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The words of a problem that names this field, to show under its input. */
export function fieldProblem(error: unknown, field: string): string | undefined {
  return isApiError(error) && error.field === field ? error.detail : undefined
}

/** True when there is an error that names none of these fields: it is shown once for the form, not under an input. */
export function isFormProblem(error: unknown, fields: string[]): boolean {
  return Boolean(error) && !(isApiError(error) && error.field !== undefined && fields.includes(error.field))
}
