import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { describe, expect, it } from 'vitest'
import { compose } from '../src/compose.js'
import { buildApp } from '../src/http/app.js'

const root = new URL('..', import.meta.url).pathname
const GENERATED_HEADER = '/** Generated from openapi.json by openapi-typescript (`npm run openapi`); do not edit. */\n'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

describe('contracts the code keeps', () => {
  it('keeps the committed openapi.json in step with the routes (UPDATE_OPENAPI=1 rewrites it)', async () => {
    const app = await compose({ dialect: 'sqlite', file: ':memory:' })
    const http = await buildApp(app.deps, { logLevel: 'silent', web: false })
    const spec = `${JSON.stringify((await http.inject({ method: 'GET', url: '/docs/json' })).json(), null, 2)}\n`
    await http.close()
    await app.close()

    if (process.env.UPDATE_OPENAPI) writeFileSync(join(root, 'openapi.json'), spec)

    expect(spec).toBe(readFileSync(join(root, 'openapi.json'), 'utf8'))
  })

  it('keeps the web client types generated from the committed openapi.json (UPDATE_OPENAPI=1 rewrites them)', async () => {
    const spec = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as OpenAPI3
    const generated = `${GENERATED_HEADER}${astToString(await openapiTS(spec))}`
    const file = join(root, 'src/web/api/openapi.gen.ts')

    if (process.env.UPDATE_OPENAPI) writeFileSync(file, generated)

    expect(generated).toBe(readFileSync(file, 'utf8'))
  })

  it('documents every problem code in docs/errors.md', () => {
    const documented = readFileSync(join(root, 'docs/errors.md'), 'utf8')
    const codes = new Set<string>()
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/DomainError\(\s*'[a-z_]+',\s*'([a-z_]+\.[a-z_]+)'/g)) codes.add(match[1]!)
      for (const match of text.matchAll(/\binvalid\(\s*'([a-z_]+\.[a-z_]+)'/g)) codes.add(match[1]!)
      for (const match of text.matchAll(/sendProblem\([^)]*?'([a-z_]+\.[a-z_]+)'/g)) codes.add(match[1]!)
    }

    const missing = [...codes].filter((code) => !documented.includes(`\`${code}\``))

    expect(codes.size).toBeGreaterThan(10)
    expect(missing).toEqual([])
  })

  it('keeps domain code free of frameworks, drivers, the file system and the environment', () => {
    const offenders = sourceFiles(join(root, 'src/domain')).flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      const bad = [/from '(fastify|@fastify\/[^']+|kysely|pg|better-sqlite3|node:fs[^']*|react)'/, /process\.env/].filter((pattern) => pattern.test(text))
      return bad.length > 0 ? [file.replace(root, '')] : []
    })

    expect(offenders).toEqual([])
  })
})
