import { hasValidCheck, isCrockford, normalizeCode } from '../shared/crockford.js'
import type { NameTerm } from './customer.js'
import { looksLikePhone } from './phone.js'

/**
 * The words of a name, accent-folded and lower-cased, for prefix and typo-tolerant search.
 * @example nameTokens("Zoë O'Brien-Smith") // ['zoe', 'obrien', 'smith']
 */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Every string one edit (delete, swap of neighbours, replace, insert) away from term. */
export function oneEditVariants(term: string): string[] {
  const variants = new Set<string>()
  for (let i = 0; i < term.length; i++) {
    variants.add(term.slice(0, i) + term.slice(i + 1))
    if (i < term.length - 1) variants.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2))
    for (const letter of LETTERS) variants.add(term.slice(0, i) + letter + term.slice(i + 1))
  }
  for (let i = 0; i <= term.length; i++) for (const letter of LETTERS) variants.add(term.slice(0, i) + letter + term.slice(i))
  variants.delete(term)
  return [...variants].filter((variant) => variant.length > 0)
}

/** Words shorter than this match by prefix only: one edit of "jo" matches half the book. */
export const MIN_TYPO_LENGTH = 3
export const MAX_TERMS = 3

export function nameTerms(query: string): NameTerm[] {
  return nameTokens(query)
    .slice(0, MAX_TERMS)
    .map((term) => {
      let variants: string[] | undefined
      return {
        term,
        get variants() {
          return (variants ??= term.length >= MIN_TYPO_LENGTH ? oneEditVariants(term) : [])
        },
      }
    })
}

export type ClassifiedQuery =
  | { kind: 'phone'; typed: string }
  | { kind: 'card'; code: string }
  | { kind: 'bad_code'; code: string }
  | { kind: 'name'; terms: NameTerm[] }
  | { kind: 'empty' }

export const CARD_CODE_LENGTH = 9

/** Classifies a counter search by its shape: digits are a phone, a code pattern a card, the rest a name. */
export function classifyQuery(query: string): ClassifiedQuery {
  const trimmed = query.trim()
  if (!trimmed) return { kind: 'empty' }
  if (looksLikePhone(trimmed)) return { kind: 'phone', typed: trimmed }
  const code = normalizeCode(trimmed)
  if (code.length === CARD_CODE_LENGTH && isCrockford(code) && /\d/.test(trimmed)) {
    return hasValidCheck(code) ? { kind: 'card', code } : { kind: 'bad_code', code }
  }
  const terms = nameTerms(trimmed)
  return terms.length > 0 ? { kind: 'name', terms } : { kind: 'empty' }
}

/** How well a customer's name tokens match the terms: 3 per exact word, 2 per prefix, 1 per one-edit match. */
export function matchScore(terms: NameTerm[], tokens: string[]): number {
  let score = 0
  for (const term of terms) {
    let best = 0
    for (const token of tokens) {
      // Whole-name tokens ("jill okafor") are for finding; words score.
      if (token.includes(' ')) continue
      if (token === term.term) best = 3
      else if (best < 2 && token.startsWith(term.term)) best = 2
    }
    // Typo variants are worked out only for a word that matched no other way.
    if (best === 0 && tokens.some((token) => !token.includes(' ') && term.variants.includes(token))) best = 1
    score += best
  }
  return score
}
