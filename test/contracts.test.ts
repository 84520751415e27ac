import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { describe, expect, it } from 'vitest'
import { compose } from '../src/compose.js'
import { buildApp } from '../src/http/app.js'

const root = new URL('..', import.meta.url).pathname
const GENERATED_HEADER = '/** Generated from openapi.json by openapi-typescript (`npm run openapi`); do not edit. */\n'

/** Every .ts and .tsx file under dir. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? allFiles(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

/** The source files under dir, tests left out. */
const sourceFiles = (dir: string) => allFiles(dir).filter((path) => !/\.test\.tsx?$/.test(path))

/** The files a source file imports (relative ones resolved to .ts or .tsx) and bare packages, each marked type-only or not. */
function importsOf(file: string): { target: string; bare: boolean; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)].map(([, typeOnly, specifier]) => {
    if (!specifier!.startsWith('.')) return { target: specifier!, bare: true, typeOnly: Boolean(typeOnly) }
    const base = resolve(dirname(file), specifier!).replace(/\.js$/, '')
    const target = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => existsSync(candidate)) ?? base
    return { target, bare: false, typeOnly: Boolean(typeOnly) }
  })
}

describe('contracts the code keeps', () => {
  it('lets the web app reach the domain only through src/domain/browser.ts, which runs in a browser', () => {
    const web = join(root, 'src/web')
    const entry = join(root, 'src/domain/browser.ts')
    const outside = allFiles(web).flatMap((file) =>
      importsOf(file)
        .filter(({ target, bare }) => !bare && !target.startsWith(`${web}/`) && target !== entry)
        .map(({ target }) => `${relative(root, file)} imports ${relative(root, target)}`),
    )
    // What the entry pulls in at run time: plain TypeScript only, no Node module and no package.
    const reached = new Set<string>()
    const packages: string[] = []
    const visit = (file: string) => {
      if (reached.has(file)) return
      reached.add(file)
      for (const { target, bare, typeOnly } of importsOf(file)) {
        if (typeOnly) continue
        if (bare) packages.push(`${relative(root, file)} imports ${target}`)
        else visit(target)
      }
    }
    visit(entry)

    expect(outside).toEqual([])
    expect(packages).toEqual([])
    expect([...reached].map((file) => relative(root, file)).sort()).toEqual(
      expect.arrayContaining(['src/domain/browser.ts', 'src/domain/empowerment/policy.ts', 'src/domain/shared/crockford.ts', 'src/domain/shared/instant.ts']),
    )
  })

  it('keeps the committed openapi.json in step with the routes (UPDATE_OPENAPI=1 rewrites it)', async () => {
    const app = await compose({ dialect: 'sqlite', file: ':memory:' })
    const http = await buildApp(app.deps, { ...app.http, logLevel: 'silent', web: false, live: app.live })
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
