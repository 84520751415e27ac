import { Type, type TSchema } from '@sinclair/typebox'

export const ProblemView = Type.Object(
  {
    type: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
    requestId: Type.String(),
    field: Type.Optional(Type.String()),
  },
  { $id: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details' },
)

export const problemRef = Type.Ref('Problem')

/** Response map entries for the problems a route may send, as application/problem+json. */
export function problems(...statuses: number[]): Record<number, { description: string; content: { 'application/problem+json': { schema: TSchema } } }> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem', content: { 'application/problem+json': { schema: problemRef } } }]),
  )
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The request does not match the schema; `field` names the first bad field',
  401: 'Not signed in, or a wrong PIN',
  403: 'Wrong role or another location',
  404: 'No such thing',
  409: 'Conflicts with the current state',
  422: 'Breaks a rule; `field` names the field when there is one',
  429: 'Too many attempts; see Retry-After',
}

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) })

export const Instant = Type.String({ format: 'date-time' })
// Null first: with type coercion on, ajv would otherwise turn a null into "" for the string branch.
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema])

/** A string that is one of a list of literals, typed as their union. */
export const literals = <T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>(Type.Union(values.map((value) => Type.Literal(value))))
