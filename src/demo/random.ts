/** A small seeded PRNG (mulberry32): the same seed gives the same demo data everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

export function bytesFrom(random: () => number) {
  return (size: number) => Uint8Array.from({ length: size }, () => Math.floor(random() * 256))
}

/** Exponential waiting time with the given mean. */
export const exponential = (random: () => number, mean: number) => -Math.log(1 - random()) * mean
