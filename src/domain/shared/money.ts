/** Money is an integer number of minor units (`450` is 4.50) in the business's one currency. */
export type Minor = number

/**
 * Adds amounts of minor units, refusing anything that is not a safe integer.
 * @example sumMinor([320, 260]) // 580
 */
export function sumMinor(amounts: readonly Minor[]): Minor {
  let total = 0
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`Not an amount of minor units: ${amount}`)
    total += amount
  }
  return total
}
