/** Scales and axis ticks for the console's small SVG charts. */

/**
 * Round tick values covering [min, max] in at most count + 1 steps of 1, 2, 2.5 or 5 times a power of ten,
 * the smallest such step, so little of the axis is empty. Zero is a tick whenever the span reaches it.
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (min === max) max = min + 1
  const base = 10 ** Math.floor(Math.log10((max - min) / count))
  const candidates = [0.1, 1, 10, 100].flatMap((scale) => [1, 2, 2.5, 5].map((multiple) => multiple * base * scale))
  const step = candidates.find((candidate) => Math.ceil(max / candidate) - Math.floor(min / candidate) <= count + 1) ?? candidates[candidates.length - 1]!
  const first = Math.floor(min / step)
  const last = Math.ceil(max / step)
  // Rounded to the step's precision, so 0.1 + 0.2 shows as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2)
  return Array.from({ length: last - first + 1 }, (_, index) => Number(((first + index) * step).toFixed(digits)))
}

/** A linear map from a domain to a range of pixels. */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  const span = d1 - d0 || 1
  return (value) => r0 + ((value - d0) / span) * (r1 - r0)
}

/** An id usable in `url(#…)`: React's ids contain characters a CSS url reference does not take. */
export const svgId = (reactId: string, suffix: string) => `${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}-${suffix}`

/** The most accent a heat-map cell mixes into the card: light enough that its text keeps AA contrast in both themes. */
export const MAX_COHORT_MIX = 45

/** How much accent (0–MAX_COHORT_MIX %) a cell showing this share gets. */
export const cohortMix = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * MAX_COHORT_MIX)

export const cohortShade = (share: number) => `color-mix(in srgb, var(--color-accent) ${cohortMix(share)}%, var(--color-surface))`
