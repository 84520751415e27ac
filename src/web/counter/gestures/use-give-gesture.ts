import { useMutation } from '@tanstack/react-query'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { Actor, GestureInput, GestureOutcome } from '../../api/wire.js'
import type { MoneyFormat } from '../../format.js'
import { useOrder } from '../order/order-context.js'
import { useToast } from '../../ui/toast.js'
import { describeGesture, useGestureRequests } from './gesture-requests.js'

interface GiveGestureOptions {
  actor: Actor
  customer: { id: string; displayName: string } | null
  money: MoneyFormat
  /** The order line it covers: comped once granted, or once a manager approves. */
  lineKey?: string | undefined
  /** The toast once it has gone to a manager; `what` reads "Replacement for Dan Reyes ($899.00)". */
  askedWords(what: string): string
  onAsked(): void
  onGranted(outcome: GestureOutcome, what: string): void
}

/**
 * Gives a gesture. Granted (201): it counts against today's budget, comps the line and refreshes the card.
 * Over a limit (202): it waits for a manager in the order bar, and a toast says it was sent.
 */
export function useGiveGesture({ actor, customer, money, lineKey, askedWords, onAsked, onGranted }: GiveGestureOptions) {
  const requests = useGestureRequests()
  const { comp } = useOrder()
  const { show } = useToast()
  return useMutation({
    mutationFn: (body: Omit<GestureInput, 'customerId'>) => call(client.POST('/gestures', { body: { ...body, customerId: customer?.id ?? null } })),
    onSuccess: (outcome) => {
      const what = describeGesture({ ...outcome.gesture, customerName: customer?.displayName ?? null }, money)
      if (outcome.gesture.status === 'pending_approval') {
        requests.add({
          gestureId: outcome.gesture.id,
          staffId: actor.staffId,
          label: what,
          requestedAt: outcome.gesture.requestedAt,
          expiresAt: outcome.gesture.expiresAt,
          lineKey,
        })
        show(askedWords(what), { tone: 'info', ms: 6_000 })
        onAsked()
        return
      }
      requests.noteGrant(outcome.decision)
      if (lineKey) comp(lineKey)
      void queryClient.invalidateQueries({ queryKey: ['budgets'] })
      if (customer) void queryClient.invalidateQueries({ queryKey: keys.card(customer.id) })
      onGranted(outcome, what)
    },
  })
}
