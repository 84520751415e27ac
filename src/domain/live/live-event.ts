/** A change pushed to signed-in screens (server-sent events), written in the transaction that made it. */
export interface LiveEvent {
  topic: string
  /** The location whose screens see it; null for owners only. */
  locationId: string | null
  payload: Record<string, unknown>
}

export interface StoredLiveEvent extends LiveEvent {
  /** Its position in commit order, sent as the event's id and read back from Last-Event-ID. */
  id: string
  at: Date
}

/**
 * Where an event stands in commit order: the writing transaction (0 where there is one writer at a time) and its
 * number in line. Written "tx.seq"; compared as numbers.
 */
export interface LivePosition {
  tx: number
  seq: number
}

export const formatLivePosition = ({ tx, seq }: LivePosition): string => `${tx}.${seq}`

/** Reads a position back from a Last-Event-ID header; null for anything else (an id from before, or junk). */
export function parseLivePosition(text: string): LivePosition | null {
  const match = /^(\d{1,19})\.(\d{1,19})$/.exec(text)
  if (!match) return null
  const [tx, seq] = [Number(match[1]), Number(match[2])]
  return Number.isSafeInteger(tx) && Number.isSafeInteger(seq) ? { tx, seq } : null
}

export const compareLivePositions = (a: LivePosition, b: LivePosition): number => a.tx - b.tx || a.seq - b.seq

