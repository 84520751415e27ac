/** A change pushed to signed-in screens (server-sent events), written in the transaction that made it. */
export interface LiveEvent {
  topic: string
  /** The location whose screens see it; null for owners only. */
  locationId: string | null
  payload: Record<string, unknown>
}

export interface StoredLiveEvent extends LiveEvent {
  id: string
  at: Date
}

export interface LiveEventsPort {
  publish(event: LiveEvent, at: Date): Promise<void>
  /** Events after an id (oldest first), for replay after Last-Event-ID and for fan-out. */
  listAfter(id: string | null, limit: number): Promise<StoredLiveEvent[]>
  latestId(): Promise<string | null>
}
