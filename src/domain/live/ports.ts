import type { LiveEvent, LivePosition, StoredLiveEvent } from './live-event.js'

export interface LiveEventsPort {
  publish(event: LiveEvent, at: Date): Promise<void>
  /**
   * Committed events after a position (oldest first), for fan-out and for replay after Last-Event-ID. Only events
   * no earlier transaction can still land before are returned; `waiting` says later ones are held back until the
   * transactions in front of them finish.
   */
  listAfter(position: LivePosition | null, limit: number): Promise<{ events: StoredLiveEvent[]; waiting: boolean }>
  /** The position of the newest event that can no longer be overtaken. */
  latestPosition(): Promise<LivePosition | null>
}
