import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { Answer, Body } from '../../api/schema.js'
import { useLiveEvent } from '../../ui/live-events.js'
import { useToast } from '../../ui/toast.js'
import { useOrder } from './order-context.js'
import { firstName } from '../../format.js'

type OrderRequest = Body<'/orders', 'post'>
/** Just after Charge or Put on tab: the order with the stamps it earned or the tab balance. */
export type PlacedOrder = Answer<'/orders', 'post'>
/** Put on tab past the tab limit: a manager has been asked. */
export type TabRequest = Extract<Awaited<ReturnType<typeof placeOrder>>, { outcome: 'needs_approval' }>

const placeOrder = (key: string, body: OrderRequest) =>
  call(client.POST('/orders', { headers: { 'Idempotency-Key': body.payment === 'tab' ? `${key}:tab` : key }, body }))


/**
 * Charge and Put on tab for the current order. Comped lines are not sent; an order that is all on the house
 * just clears. A tab past its limit waits for a manager's answer, which arrives live.
 */
export function useCheckout(customer: { id: string; displayName: string } | null, money: (minor: number) => string) {
  const { order, clear, renewKey } = useOrder()
  const { show } = useToast()
  const [lastCharged, setLastCharged] = useState<PlacedOrder | null>(null)
  const [tabRequest, setTabRequest] = useState<TabRequest | null>(null)

  const charge = useMutation({
    mutationFn: ({ key, body }: { key: string; body: OrderRequest }) => placeOrder(key, body),
    onSuccess: async (placed) => {
      if ('outcome' in placed) {
        setTabRequest(placed)
        show(`Over the tab limit: asked a manager to allow ${money(placed.wouldBeMinor)} of ${money(placed.capMinor)}.`, { tone: 'info', ms: 6_000 })
        return
      }
      clear()
      setLastCharged(placed)
      show(chargedWords(placed, customer?.displayName ?? null, money))
      if (placed.customerId) await queryClient.invalidateQueries({ queryKey: keys.card(placed.customerId) })
    },
  })

  useLiveEvent((message) => {
    if (!tabRequest || message.data.tabApprovalId !== tabRequest.approval.id) return
    if (message.topic === 'approval.decided' && message.data.status === 'approved') {
      clear()
      setTabRequest(null)
      show(`Approved: on ${customer ? firstName(customer.displayName) : 'the'}'s tab.`)
      if (message.data.customerId) void queryClient.invalidateQueries({ queryKey: keys.card(message.data.customerId) })
    } else if (message.topic === 'approval.decided' || message.topic === 'approval.expired') {
      setTabRequest(null)
      renewKey()
      show(message.topic === 'approval.expired' ? 'No manager answered: take payment now instead.' : 'A manager declined the tab: take payment now instead.', { tone: 'warn', ms: 8_000 })
    }
  })

  const submit = (payment: 'paid' | 'tab' = 'paid') => {
    if (!order.idempotencyKey || order.lines.length === 0) return
    const charged = order.lines.filter((line) => !line.comped)
    if (charged.length === 0) {
      clear()
      show('Nothing to charge: it was all on the house.')
      return
    }
    charge.mutate({
      key: order.idempotencyKey,
      body: {
        customerId: customer?.id ?? null,
        ...(payment === 'tab' && { payment }),
        lines: charged.map((line) => ({
          catalogItemId: line.catalogItemId,
          quantity: line.quantity,
          modifierIds: line.modifiers.map((modifier) => modifier.id),
        })),
      },
    })
  }
  const cancelTabRequest = () => {
    setTabRequest(null)
    renewKey()
  }

  return { charge, submit, tabRequest, cancelTabRequest, lastCharged, forgetLastCharged: () => setLastCharged(null) }
}

function chargedWords(order: PlacedOrder, customerName: string | null, money: (minor: number) => string): string {
  const who = customerName ? ` for ${customerName}` : ''
  const head = order.status === 'tab' && order.tab ? `On the tab${who}: ${money(order.tab.balanceMinor)} of ${money(order.tab.limitMinor)}.` : `Charged ${money(order.totalMinor)}${who}.`
  const stamp = order.stamps?.earned ? ` +${order.stamps.earned} stamp${order.stamps.earned > 1 ? 's' : ''}.` : ''
  return head + stamp
}
