import { useMutation } from '@tanstack/react-query'
import { Undo2 } from 'lucide-react'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { useToast } from '../../ui/toast.js'
import { useNow } from '../../ui/use-now.js'
import styles from './order-panel.module.css'
import type { PlacedOrder } from './use-checkout.js'
import ui from '../../ui/ui.module.css'

/** The server allows an undo for two minutes after Charge; the button stays that long and counts down. */
const UNDO_MS = 2 * 60_000

export function UndoCharge({ order, money, onDone }: { order: PlacedOrder; money: (minor: number) => string; onDone(): void }) {
  const now = useNow(1_000)
  const { show } = useToast()
  const left = Math.max(0, Date.parse(order.placedAt) + UNDO_MS - now)
  const undo = useMutation({
    mutationFn: () => call(client.POST('/orders/{id}/undo', { params: { path: { id: order.id } } })),
    onSuccess: async () => {
      show(`Undone: the ${money(order.totalMinor)} order is voided.`)
      onDone()
      if (order.customerId) await queryClient.invalidateQueries({ queryKey: keys.card(order.customerId) })
    },
  })
  if (left === 0 && !undo.error) {
    queueMicrotask(onDone)
    return null
  }
  const seconds = Math.ceil(left / 1_000)
  return (
    <div className={styles.undo}>
      <span>
        Last order <span className="money">{money(order.totalMinor)}</span>
      </span>
      <button type="button" className={ui.button} onClick={() => undo.mutate()} disabled={undo.isPending || left === 0}>
        <Undo2 size={24} aria-hidden="true" />
        Undo <span className={styles.meta}>({Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, '0')})</span>
      </button>
      {undo.error ? <ErrorMessage error={undo.error} /> : null}
    </div>
  )
}
