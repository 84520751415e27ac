/**
 * A bearer secret for a link a customer is given (a coupon, a stamp card): 32 random bytes, base64url.
 * @example const token = newLinkToken(deps.randomBytes) // 'q3V…' (43 characters)
 */
export const newLinkToken = (randomBytes: (size: number) => Uint8Array, bytes = 32): string => Buffer.from(randomBytes(bytes)).toString('base64url')
