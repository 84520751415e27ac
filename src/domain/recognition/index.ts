export { daysUntilBirthday, greetingCard, searchToGreet, tierWindowStart, type GreetingCard } from './greeting-card.service.js'
export { DEFAULT_TIER_THRESHOLDS, isValidThresholds, TIER_SETTING, TIER_WINDOW_DAYS, tierFor, type Tier, type TierThresholds } from './tier.js'
export { deriveUsual, USUAL_MIN_CONFIDENCE, USUAL_WINDOW, type Usual, type UsualChoice } from './usual.js'
