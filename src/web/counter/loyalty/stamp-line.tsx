import { useMutation } from '@tanstack/react-query'
import { Gift, Stamp } from 'lucide-react'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { StampCard } from '../../api/wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { useToast } from '../../ui/toast.js'
import ui from '../../ui/ui.module.css'
import styles from './stamp-line.module.css'

interface StampLineProps {
  customerId: string
  firstName: string
  stamps: StampCard
  /** +Stamp: a bonus stamp is a gesture, so it goes through the giver's limits. */
  onBonus(): void
}

/** "Stamps 7 of 10 · 3 more for any drink free", the dots, and a ready reward in one tap. */
export function StampLine({ customerId, firstName, stamps, onBonus }: StampLineProps) {
  const { show } = useToast()
  const redeem = useMutation({
    mutationFn: () => call(client.POST('/customers/{id}/stamps/redemption', { params: { path: { id: customerId } }, body: {} })),
    onSuccess: async (card) => {
      show(`Reward redeemed: ${card.reward} for ${firstName}.`)
      await queryClient.invalidateQueries({ queryKey: keys.card(customerId) })
    },
  })
  const onCard = stamps.stamps - stamps.ready * stamps.required
  const summary =
    stamps.ready > 0
      ? `Reward ready: ${stamps.reward}`
      : `${stamps.toNext} more for ${stamps.reward}`
  return (
    <div className={styles.line}>
      <p className={styles.text}>
        <Stamp size={24} aria-hidden="true" />
        <span>
          <strong>
            Stamps {stamps.stamps} of {stamps.required}
          </strong>{' '}
          · {summary}
        </span>
      </p>
      <ol className={styles.dots} aria-hidden="true">
        {Array.from({ length: stamps.required }, (_, index) => (
          <li key={index} className={index < (stamps.ready > 0 ? stamps.required : onCard) ? styles.full : styles.empty} />
        ))}
      </ol>
      <div className={styles.actions}>
        {stamps.ready > 0 && (
          <button type="button" className={ui.primary} onClick={() => redeem.mutate()} disabled={redeem.isPending}>
            <Gift size={24} aria-hidden="true" />
            Redeem: {stamps.reward}
          </button>
        )}
        {stamps.active && (
          <button type="button" className={ui.button} onClick={onBonus}>
            <Stamp size={24} aria-hidden="true" />
            +Stamp
          </button>
        )}
      </div>
      {redeem.error ? <ErrorMessage error={redeem.error} /> : null}
    </div>
  )
}
