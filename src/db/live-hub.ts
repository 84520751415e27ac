import pg from 'pg'
import { compareLivePositions, parseLivePosition, type LiveEventsPort, type LivePosition, type StoredLiveEvent } from '../domain/live/index.js'
import { LIVE_CHANNEL } from './repositories/live.repository.js'

type Accepts = (event: StoredLiveEvent) => boolean
type Listener = { accepts: Accepts; send: (event: StoredLiveEvent) => void }

const POLL_MS = 2_000
/** How soon to look again when settled events wait behind a transaction still running. */
const WAITING_MS = 25
const BATCH = 200

/**
 * Fans live events out to this instance's open event streams. Events are rows written in the
 * transaction that caused them; a PostgreSQL NOTIFY (or, on SQLite, an in-process poke) says
 * "read what is new", and a slow poll covers anything missed. The cursor is a position in commit
 * order, so an event that commits late is still read, once.
 */
export class LiveHub {
  private readonly listeners = new Set<Listener>()
  private last: LivePosition | null = null
  private scheduled = false
  private reading: Promise<void> = Promise.resolve()
  private timer: NodeJS.Timeout | undefined
  private client: pg.Client | undefined
  private started = false

  constructor(
    private readonly events: () => LiveEventsPort,
    private readonly postgresUrl?: string,
  ) {}

  async start(): Promise<void> {
    if (this.started) return
    this.started = true
    this.last = await this.events().latestPosition()
    if (this.postgresUrl) {
      this.client = new pg.Client({ connectionString: this.postgresUrl })
      this.client.on('notification', () => this.poke())
      this.client.on('error', () => {})
      await this.client.connect()
      await this.client.query(`listen ${LIVE_CHANNEL}`)
    }
    this.timer = setInterval(() => this.poke(), POLL_MS)
    this.timer.unref()
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    this.started = false
    await this.reading
    await this.client?.end().catch(() => {})
    this.listeners.clear()
  }

  /** Something new may have been committed: read it soon (coalesced). */
  poke = (): void => {
    if (!this.started || this.scheduled) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.reading = this.reading.then(() => this.readNew()).catch(() => {})
    })
  }

  /**
   * One stream: events after `lastEventId` (a reconnect's Last-Event-ID) first, then live ones, each exactly once and
   * in order. Live events that arrive while the replay is read wait for it. Returns the unsubscribe.
   */
  async open(accepts: Accepts, send: (event: StoredLiveEvent) => void, lastEventId?: string): Promise<() => void> {
    let sent = lastEventId ? parseLivePosition(lastEventId) : null
    let held: StoredLiveEvent[] | null = sent ? [] : null
    const deliver = (event: StoredLiveEvent) => {
      const position = parseLivePosition(event.id)!
      if (sent && compareLivePositions(position, sent) <= 0) return
      sent = position
      if (accepts(event)) send(event)
    }
    const listener: Listener = { accepts: () => true, send: (event) => (held ? held.push(event) : deliver(event)) }
    this.listeners.add(listener)
    const unsubscribe = () => void this.listeners.delete(listener)
    if (!sent) return unsubscribe
    try {
      for (let after: LivePosition | null = sent; after; ) {
        const { events } = await this.events().listAfter(after, BATCH)
        for (const event of events) deliver(event)
        after = events.length === BATCH ? parseLivePosition(events.at(-1)!.id) : null
      }
    } finally {
      for (const event of held!) deliver(event)
      held = null
    }
    return unsubscribe
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const { events, waiting } = await this.events().listAfter(this.last, BATCH)
      for (const event of events) {
        this.last = parseLivePosition(event.id)
        for (const listener of this.listeners) if (listener.accepts(event)) listener.send(event)
      }
      if (waiting) setTimeout(this.poke, WAITING_MS).unref()
      if (events.length < BATCH) return
    }
  }
}
