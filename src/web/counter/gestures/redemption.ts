import { hasValidCheck, normalizeCode } from '../../../domain/browser.js'

/** 12 random characters and a check character (src/domain/coupons/coupon.ts). */
export const COUPON_CODE_CHARS = 13

export type Redemption = { code: string } | { token: string }

/**
 * What was typed or scanned: a coupon link (…/c/<token>), a bare token, or a typed code; a code
 * whose check character does not match is a typo, caught before anything is sent.
 */
export function readRedemption(typed: string): Redemption | 'typo' | null {
  const text = typed.trim()
  if (!text) return null
  const link = text.match(/\/c\/([A-Za-z0-9_-]{20,100})/)
  if (link) return { token: link[1]! }
  if (/^[A-Za-z0-9_-]{40,64}$/.test(text)) return { token: text }
  const code = normalizeCode(text)
  return code.length === COUPON_CODE_CHARS && hasValidCheck(code) ? { code } : 'typo'
}
