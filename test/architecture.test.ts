import { join } from 'node:path'
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname

/** One line per violation, as a reader fixes it: the rule, the import, and the loop when it closes one. */
function describeViolation(violation: IViolation): string {
  const loop = violation.cycle?.length ? ` (cycle: ${[violation.from, ...violation.cycle.map((step) => step.name)].join(' → ')})` : ''
  return `${violation.rule.name}: ${violation.from} → ${violation.to}${loop}`
}

describe('architecture', () => {
  it('keeps every rule of .dependency-cruiser.cjs: layers, module boundaries, no cycles', async () => {
    const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'))

    const result = await cruise(['src'], { ...options, validate: true, baseDir: root }, undefined, { tsConfig: extractTSConfig(join(root, 'tsconfig.json')) })

    const violations = (result.output as ICruiseResult).summary.violations.filter((v) => v.rule.severity === 'error').map(describeViolation)
    expect(violations).toEqual([])
  }, 120_000)
})
