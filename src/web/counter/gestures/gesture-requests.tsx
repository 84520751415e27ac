import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { call, client, isApiError } from '../../api/client.js'
import { keys, queryClient, staffQuery } from '../../api/queries.js'
import type { Actor, Coupon, Gesture, GestureOutcome, Policies } from '../../api/wire.js'
import { useToast } from '../../ui/toast.js'
import { formatMoney, type MoneyFormat } from '../../format.js'
import { localDay } from '../../../domain/browser.js'
import { useLiveEvent } from '../../ui/live-events.js'
import { useOrder } from '../order/order-context.js'
import { isUnlimited, TYPE_WORDS } from '../../ui/gesture-words.js'

/** A request waiting for a manager, shown as a chip on the order bar until the answer arrives. */
export interface PendingRequest {
  gestureId: string
  staffId: string
  label: string
  requestedAt: string
  expiresAt: string | null
  /** The order line to mark "On the house" once a manager says yes. */
  lineKey?: string
}

interface RequestsApi {
  pending: PendingRequest[]
  add(request: PendingRequest): void
  /** Hides the chip; the request itself stays with the manager until it is answered or lapses. */
  cancel(gestureId: string): void
  /** What is left of the signed-in person's daily budget, when known (after their first grant today). */
  leftTodayMinor: number | null
  noteGrant(decision: GestureOutcome['decision']): void
  /** A coupon a manager's approval just issued, for the counter to show. */
  approvedCoupon: { coupon: Coupon; customerName: string | null } | null
  clearApprovedCoupon(): void
}

const RequestsContext = createContext<RequestsApi | null>(null)

/** After 10 minutes the server expires a request; we look once more shortly after, in case the event was missed. */
const CHECK_EVERY_MS = 20_000

/** Labels an answer for the toast: "Replacement for Dan Reyes ($899.00)". */
export function describeGesture(gesture: Pick<Gesture, 'type' | 'valueMinor' | 'customerName'>, money: MoneyFormat): string {
  return `${TYPE_WORDS[gesture.type]}${gesture.customerName ? ` for ${gesture.customerName}` : ''} (${formatMoney(gesture.valueMinor, money)})`
}

interface ProviderProps {
  actor: Actor | null
  money: MoneyFormat | undefined
  children: ReactNode
}

/**
 * The counter's side of approvals: requests this person is waiting on, answered live over the
 * event stream (a slow check covers a dropped line), announced in the toast's polite live region.
 */
export function GestureRequestsProvider({ actor, money, children }: ProviderProps) {
  const [pending, setPending] = useState<PendingRequest[]>([])
  const [left, setLeft] = useState<{ staffId: string; day: string; minor: number } | null>(null)
  const [approvedCoupon, setApprovedCoupon] = useState<RequestsApi['approvedCoupon']>(null)
  const { show } = useToast()
  const { comp } = useOrder()
  const pendingRef = useRef(pending)
  pendingRef.current = pending
  const handling = useRef(new Set<string>())
  const moneyRef = useRef<MoneyFormat>(money ?? { currency: 'USD', locale: 'en-US' })
  if (money) moneyRef.current = money

  const settle = useCallback(
    async (gestureId: string) => {
      const request = pendingRef.current.find((candidate) => candidate.gestureId === gestureId)
      if (!request || handling.current.has(gestureId)) return
      handling.current.add(gestureId)
      try {
        const gesture = await call(client.GET('/gestures/{id}', { params: { path: { id: gestureId } } }))
        if (gesture.status === 'pending_approval') return
        setPending((current) => current.filter((candidate) => candidate.gestureId !== gestureId))
        const what = describeGesture(gesture, moneyRef.current)
        if (gesture.status === 'expired') {
          show('No answer in 10 minutes — ask again or choose something within your limit.', { tone: 'warn', ms: 12_000 })
          return
        }
        const staff = await queryClient.fetchQuery(staffQuery(gesture.locationId)).catch(() => [])
        const manager = staff.find((member) => member.id === gesture.decidedBy)?.firstName ?? 'a manager'
        if (gesture.status === 'approved') {
          if (request.lineKey) comp(request.lineKey)
          show(`Approved by ${manager}: ${what}.`, { tone: 'ok', ms: 8_000 })
          if (gesture.couponId) {
            const coupon = await call(client.GET('/coupons/{id}', { params: { path: { id: gesture.couponId } } }))
            setApprovedCoupon({ coupon, customerName: gesture.customerName ?? null })
          }
          if (gesture.customerId) void queryClient.invalidateQueries({ queryKey: keys.card(gesture.customerId) })
        } else if (gesture.status === 'declined') {
          const words = gesture.decisionNote ? `: “${gesture.decisionNote}”` : ''
          const limit = queryClient.getQueryData<Policies>(keys.policies)?.mine.maxPerGestureMinor
          const within = limit !== undefined && !isUnlimited(limit) ? `your ${formatMoney(limit, moneyRef.current)} limit` : 'your limits'
          show(`${manager} declined ${what}${words}. You can still give something within ${within}.`, { tone: 'warn', ms: 12_000 })
        }
      } catch (error) {
        // Signed out or another person unlocked: their requests are not this screen's to answer.
        if (isApiError(error) && (error.status === 403 || error.status === 404)) {
          setPending((current) => current.filter((candidate) => candidate.gestureId !== gestureId))
        }
      } finally {
        handling.current.delete(gestureId)
      }
    },
    [show, comp],
  )

  useLiveEvent((message) => {
    if ((message.topic === 'approval.decided' || message.topic === 'approval.expired') && message.data.gestureId) void settle(message.data.gestureId)
  })

  useEffect(() => {
    if (pending.length === 0) return
    const timer = setInterval(() => {
      for (const request of pendingRef.current) if (request.staffId === actor?.staffId) void settle(request.gestureId)
    }, CHECK_EVERY_MS)
    return () => clearInterval(timer)
  }, [pending.length, actor?.staffId, settle])

  const day = actor ? localDay(new Date(), actor.timeZone) : ''
  const value = useMemo<RequestsApi>(
    () => ({
      pending: pending.filter((request) => request.staffId === actor?.staffId),
      add: (request) => setPending((current) => [...current.filter((candidate) => candidate.gestureId !== request.gestureId), request]),
      cancel: (gestureId) => setPending((current) => current.filter((candidate) => candidate.gestureId !== gestureId)),
      leftTodayMinor: left && actor && left.staffId === actor.staffId && left.day === day ? left.minor : null,
      noteGrant: (decision) => {
        if (actor && decision.outcome === 'grant' && decision.remainingTodayMinor !== undefined) {
          setLeft({ staffId: actor.staffId, day, minor: decision.remainingTodayMinor })
        }
      },
      approvedCoupon,
      clearApprovedCoupon: () => setApprovedCoupon(null),
    }),
    [pending, left, actor, day, approvedCoupon],
  )
  return <RequestsContext.Provider value={value}>{children}</RequestsContext.Provider>
}

export function useGestureRequests(): RequestsApi {
  const value = useContext(RequestsContext)
  if (!value) throw new Error('useGestureRequests needs a GestureRequestsProvider')
  return value
}
