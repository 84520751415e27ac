/**
 * The part of the domain the web app runs in the browser, and the only one it may import: the same policy check the
 * server makes (so the console previews a decision exactly), Crockford card-code checks, and local-day arithmetic.
 * Everything here is plain TypeScript with no Node or database import; test/contracts.test.ts holds it to that.
 */
export { COUNTER_LOCK_MINUTES, DEFAULT_COUNTER_LOCK, effectivePolicy, evaluateGesture, type Decision } from './empowerment/policy.js'
export { checkCharacter, hasValidCheck, normalizeCode } from './shared/crockford.js'
export { addDays, localDay, startOfDayString } from './shared/instant.js'
