import { WifiOff } from 'lucide-react'
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { keys, queryClient } from '../api/queries.js'
import styles from './live-events.module.css'

export type LiveTopic =
  | 'approval.requested'
  | 'approval.decided'
  | 'approval.expired'
  | 'coupon.redeemed'
  | 'feedback.received'
  | 'feedback.replied'
  | 'feedback.closed'
  | 'task.done'
  | 'catalog.changed'
  | 'order.voided'
  | 'stamps.changed'
  | 'tab.changed'

export interface LiveMessage {
  topic: LiveTopic
  data: {
    gestureId?: string
    tabApprovalId?: string
    orderId?: string | null
    customerId?: string | null
    status?: string
    couponId?: string
    feedbackId?: string
    taskId?: string
    kind?: string
    at?: string
  }
}

type Listener = (message: LiveMessage) => void

/** 'connecting' until the stream says ready; 'offline' after 30 s without a heartbeat. */
export type LiveStatus = 'off' | 'connecting' | 'live' | 'offline'

interface LiveApi {
  status: LiveStatus
  subscribe(listener: Listener): () => void
}

const TOPICS: LiveTopic[] = [
  'approval.requested',
  'approval.decided',
  'approval.expired',
  'coupon.redeemed',
  'feedback.received',
  'feedback.replied',
  'feedback.closed',
  'task.done',
  'catalog.changed',
  'order.voided',
  'stamps.changed',
  'tab.changed',
]
/** Topics that change a customer's card (stamps, tab, visits): every open card refetches. */
const CARD_TOPICS = new Set<LiveTopic>(['order.voided', 'stamps.changed', 'tab.changed'])
/** Topics that change the feedback inbox or its tasks. */
const FEEDBACK_TOPICS = new Set<LiveTopic>(['feedback.received', 'feedback.replied', 'feedback.closed', 'task.done'])
/** The server sends a heartbeat every 15 s; two missed ones mean the line is down. */
export const OFFLINE_AFTER_MS = 30_000
/** Reconnects back off from 2 s to 30 s, so a server without the stream is not hammered. */
const RETRY_MIN_MS = 2_000
const RETRY_MAX_MS = 30_000

const LiveContext = createContext<LiveApi>({ status: 'off', subscribe: () => () => {} })

function invalidateFor(topic: LiveTopic | 'reconnect'): void {
  if (topic !== 'reconnect' && CARD_TOPICS.has(topic)) {
    void queryClient.invalidateQueries({ queryKey: ['customers'] })
    void queryClient.invalidateQueries({ queryKey: ['tabs'] })
    return
  }
  if (topic === 'catalog.changed' || topic === 'reconnect') {
    // The owner changed the menu: counters show it without a reload.
    void queryClient.invalidateQueries({ queryKey: keys.catalog })
    void queryClient.invalidateQueries({ queryKey: ['menu'] })
    if (topic === 'catalog.changed') return
  }
  if (topic === 'coupon.redeemed') {
    void queryClient.invalidateQueries({ queryKey: ['coupons'] })
    return
  }
  if (topic !== 'reconnect' && FEEDBACK_TOPICS.has(topic)) {
    void queryClient.invalidateQueries({ queryKey: keys.feedback })
    // Praise that names someone signed in here reaches them without a reload.
    if (topic === 'feedback.received') void queryClient.invalidateQueries({ queryKey: keys.kudosForMe })
    return
  }
  void queryClient.invalidateQueries({ queryKey: keys.gestures })
  void queryClient.invalidateQueries({ queryKey: ['budgets'] })
  void queryClient.invalidateQueries({ queryKey: ['tabs'] })
  if (topic === 'reconnect') {
    void queryClient.invalidateQueries({ queryKey: ['coupons'] })
    void queryClient.invalidateQueries({ queryKey: keys.feedback })
  }
}

/**
 * One EventSource per tab on /api/v1/events while someone is signed in (`identity` changes when
 * another person unlocks). Events refresh the queries they affect and reach any subscriber.
 */
export function LiveEventsProvider({ identity, children }: { identity: string | null; children: ReactNode }) {
  const [status, setStatus] = useState<LiveStatus>('off')
  const listeners = useRef(new Set<Listener>())

  useEffect(() => {
    if (!identity || typeof EventSource === 'undefined') {
      setStatus('off')
      return
    }
    let source: EventSource | null = null
    let retry: ReturnType<typeof setTimeout> | undefined
    let lastSeen = Date.now()
    let connectedBefore = false
    let stopped = false
    let failures = 0
    setStatus('connecting')

    const seen = () => {
      lastSeen = Date.now()
      setStatus('live')
    }
    const open = () => {
      source = new EventSource('/api/v1/events')
      source.addEventListener('ready', () => {
        seen()
        failures = 0
        // Anything missed while away: the server replays after Last-Event-ID, and we refetch too.
        if (connectedBefore) invalidateFor('reconnect')
        connectedBefore = true
      })
      source.addEventListener('heartbeat', seen)
      for (const topic of TOPICS) {
        source.addEventListener(topic, (event) => {
          seen()
          let data: LiveMessage['data'] = {}
          try {
            data = JSON.parse((event as MessageEvent<string>).data) as LiveMessage['data']
          } catch {
            // A malformed event still refreshes what it names.
          }
          invalidateFor(topic)
          for (const listener of listeners.current) listener({ topic, data })
        })
      }
      source.onerror = () => {
        // The browser retries by itself unless the answer was not a stream (signed out, server gone).
        if (source?.readyState !== EventSource.CLOSED || stopped) return
        source.close()
        void queryClient.invalidateQueries({ queryKey: keys.session })
        retry = setTimeout(open, Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** failures++))
      }
    }
    open()
    const watchdog = setInterval(() => {
      if (Date.now() - lastSeen > OFFLINE_AFTER_MS) setStatus('offline')
    }, 2_000)
    return () => {
      stopped = true
      clearInterval(watchdog)
      clearTimeout(retry)
      source?.close()
    }
  }, [identity])

  const value = useMemo<LiveApi>(
    () => ({
      status,
      subscribe: (listener) => {
        listeners.current.add(listener)
        return () => listeners.current.delete(listener)
      },
    }),
    [status],
  )
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>
}

export function useLive(): LiveApi {
  return useContext(LiveContext)
}

/** Calls `listener` for each live event while mounted. */
export function useLiveEvent(listener: Listener): void {
  const { subscribe } = useLive()
  const latest = useRef(listener)
  latest.current = listener
  useEffect(() => subscribe((message) => latest.current(message)), [subscribe])
}

/** Pinned to the top when the live line is down, so nobody waits for an answer that cannot arrive. */
export function OfflineBanner({ className }: { className?: string }) {
  const { status } = useLive()
  if (status !== 'offline') return null
  return (
    <div role="alert" className={`${styles.banner} ${className ?? ''}`}>
      <WifiOff size={24} aria-hidden="true" />
      Offline: live updates are paused. Reconnecting…
    </div>
  )
}

/** "Live" beside the clock; the word carries the meaning, the dot only repeats it. */
export function LiveIndicator() {
  const { status } = useLive()
  if (status === 'off') return null
  const words = status === 'live' ? 'Live' : status === 'offline' ? 'Offline' : 'Connecting'
  return (
    <span className={styles[status]}>
      <span className={styles.dot} aria-hidden="true" />
      {words}
    </span>
  )
}
