export { daysUntilBirthday, greetingCard, searchToGreet, type GreetingCard } from './greeting-card.service.js'
export { deriveUsual, USUAL_MIN_CONFIDENCE, USUAL_WINDOW, type Usual, type UsualChoice } from './usual.js'
export type { RecognitionDeps, RecognitionRepos } from './ports.js'
// Tiers are how recognition greets; the counter and the console reach them here too.
export { setTierSettings, tierSettings, tierWindowStart, type Tier, type TierSettings } from '../tiers/index.js'
