import { join } from 'node:path'
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config'
import { beforeAll, describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname

/** One line per violation, as a reader fixes it: the rule, the import, and the loop when it closes one. */
function describeViolation(violation: IViolation): string {
  const loop = violation.cycle?.length ? ` (cycle: ${[violation.from, ...violation.cycle.map((step) => step.name)].join(' → ')})` : ''
  return `${violation.rule.name}: ${violation.from} → ${violation.to}${loop}`
}

/** The domain module a source file belongs to (src/domain/tabs/tab.ts → tabs); tests belong to none. */
function domainModuleOf(path: string): string | null {
  if (/\.test\.ts$/.test(path)) return null
  return /^src\/domain\/([^/.]+)(?:\/|\.ts$)/.exec(path)?.[1] ?? null
}

/** The groups of modules that reach each other (Tarjan's strongly connected components), each with its edges. */
function loopsOf(edges: Map<string, Set<string>>): string[] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const groups: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const group = stack.splice(stack.indexOf(node))
      if (group.length > 1) groups.push(group.sort())
    }
  }
  for (const node of edges.keys()) if (!index.has(node)) visit(node)
  return groups.map((group) => group.flatMap((from) => [...(edges.get(from) ?? [])].filter((to) => group.includes(to)).map((to) => `${from} → ${to}`)).join(', '))
}

describe('architecture', () => {
  let result: ICruiseResult

  beforeAll(async () => {
    const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'))
    const cruised = await cruise(['src'], { ...options, validate: true, baseDir: root }, undefined, { tsConfig: extractTSConfig(join(root, 'tsconfig.json')) })
    result = cruised.output as ICruiseResult
  }, 120_000)

  it('keeps every rule of .dependency-cruiser.cjs: layers, module boundaries, no cycles between files', () => {
    const violations = result.summary.violations.filter((v) => v.rule.severity === 'error').map(describeViolation)

    expect(violations).toEqual([])
  })

  it('has no cycle between domain modules, counting type-only imports', () => {
    const edges = new Map<string, Set<string>>()
    for (const file of result.modules) {
      const from = domainModuleOf(file.source)
      for (const dependency of file.dependencies) {
        const to = domainModuleOf(dependency.resolved)
        if (from && to && from !== to && to !== 'shared') edges.set(from, (edges.get(from) ?? new Set()).add(to))
      }
    }

    expect(loopsOf(edges)).toEqual([])
  })
})
