import type { Tier } from '../api/wire.js'
import ui from './ui.module.css'

export const TIER_WORDS: Record<Tier, string> = {
  new: 'New',
  occasional: 'Occasional',
  regular: 'Regular',
  vip: 'VIP',
}

/** The tier as a word; colour only repeats it. */
export function TierBadge({ tier }: { tier: Tier }) {
  return <span className={ui[`tier-${tier}`]}>{TIER_WORDS[tier]}</span>
}
