/** Types of the API's answers and bodies, read off the generated OpenAPI types so they cannot drift from the routes. */
import type { paths as specPaths } from './openapi.gen.js'

/** The API's paths below /api/v1, the client's base URL: `'/customers/{id}'`. */
export type paths = { [P in keyof specPaths as P extends `/api/v1${infer Below}` ? Below : never]: specPaths[P] }

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never
type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer A } ? A : R extends { 202: infer A } ? A : never

/** The JSON a successful call of `method path` answers. */
export type Answer<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R } ? Json<Success<R>> : never

/** The JSON body `method path` takes. */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: infer B } ? Json<NonNullable<B>> : never

/** The query parameters `method path` takes. */
export type Query<P extends keyof paths, M extends Method> = paths[P][M] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never
