import { Cake } from 'lucide-react'
import type { GreetingCard as Card } from '../../api/wire.js'
import { formatMoney, type MoneyFormat } from '../../format.js'
import styles from './greeting-card.module.css'
import { TIER_WORDS } from '../../ui/tier-badge.js'

/** What this customer's tier gets here, in a line: "Regular: tab up to $30 · birthday reward". */
export function Perks({ card, money }: { card: Card; money: MoneyFormat }) {
  const { perks } = card
  const parts = [
    perks.tabLimitMinor > 0 && `tab up to ${formatMoney(perks.tabLimitMinor, money)}`,
    perks.birthdayReward && 'birthday reward',
    perks.welcomeBackMinor > 0 && `welcome back up to ${formatMoney(perks.welcomeBackMinor, money)}`,
  ].filter((part): part is string => Boolean(part))
  if (parts.length === 0 && !perks.birthdayRewardDue) return null
  return (
    <p className={styles.perks}>
      {perks.birthdayRewardDue && (
        <span className={styles.birthday}>
          <Cake size={20} aria-hidden="true" /> Birthday reward due
        </span>
      )}
      {parts.length > 0 && (
        <span>
          <span className={styles.perksTier}>{TIER_WORDS[card.tier]} perks:</span> {parts.join(' · ')}
        </span>
      )}
    </p>
  )
}

export function Introductions({ card }: { card: Card }) {
  const { pronunciation, household } = card.customer
  const people = household.map((member) => (member.relation ? `${member.name} (${member.relation})` : member.name)).join(', ')
  if (!pronunciation && !people) return null
  return (
    <p className={styles.say}>
      {pronunciation && (
        <span>
          say “<span className={styles.pronunciation}>{pronunciation}</span>”
        </span>
      )}
      {pronunciation && people && <span aria-hidden="true"> · </span>}
      {people && <span>with {people}</span>}
    </p>
  )
}
