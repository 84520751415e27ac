export { seededRandom } from '../domain/shared/random.js'

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

export function bytesFrom(random: () => number) {
  return (size: number) => Uint8Array.from({ length: size }, () => Math.floor(random() * 256))
}

/** Exponential waiting time with the given mean. */
export const exponential = (random: () => number, mean: number) => -Math.log(1 - random()) * mean
