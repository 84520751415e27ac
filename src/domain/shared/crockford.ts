/**
 * Human-typable codes in Crockford base32 with a Luhn mod 32 check character, which catches
 * every single mistyped character and every swap of two adjacent characters but 0↔Z.
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

const valueOf = new Map<string, number>([...CROCKFORD_ALPHABET].map((char, index) => [char, index]))

/** Reads what a person typed: case-insensitive, I/L read as 1, O as 0, hyphens and spaces ignored. */
export function normalizeCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
}

export function isCrockford(text: string): boolean {
  for (const char of text) if (!valueOf.has(char)) return false
  return text.length > 0
}

/**
 * The Luhn mod 32 check character for a normalized payload.
 * @example checkCharacter('7KQ49XM2HT3B')
 */
export function checkCharacter(payload: string): string {
  let factor = 2
  let sum = 0
  for (let i = payload.length - 1; i >= 0; i--) {
    const value = valueOf.get(payload[i]!)
    if (value === undefined) throw new RangeError(`Not a Crockford base32 character: ${payload[i]}`)
    let addend = factor * value
    factor = factor === 2 ? 1 : 2
    addend = Math.floor(addend / 32) + (addend % 32)
    sum += addend
  }
  return CROCKFORD_ALPHABET[(32 - (sum % 32)) % 32]!
}

/** True when a normalized code (payload + check character) is intact. */
export function hasValidCheck(code: string): boolean {
  if (code.length < 2 || !isCrockford(code)) return false
  return checkCharacter(code.slice(0, -1)) === code.slice(-1)
}

/** A code of `length` random characters plus its check character; `randomBytes` supplies the entropy. */
export function newCode(length: number, randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(length)
  let payload = ''
  for (const byte of bytes) payload += CROCKFORD_ALPHABET[byte & 31]
  return payload + checkCharacter(payload)
}

/** Groups a normalized code for display: `7KQ49XM2HT3BC` → `7KQ4-9XM2-HT3B-C`. */
export function groupCode(code: string, size = 4): string {
  return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? code
}
