/**
 * A seeded pseudo-random stream of numbers in [0, 1): Mulberry32 (Tommy Ettinger), 32 bits of state. It is fast and
 * good enough for resampling and simulation, and the same seed gives the same stream on every run and machine,
 * so a reported interval can be reproduced. Not for anything secret: codes and tokens use crypto bytes.
 * @example const random = seededRandom(42); random() // 0.6011037519201636, then the same sequence every time
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
