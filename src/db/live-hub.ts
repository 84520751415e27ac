import pg from 'pg'
import type { LiveEventsPort, StoredLiveEvent } from '../domain/live/index.js'
import { LIVE_CHANNEL } from './repositories/coupons.repository.js'

type Listener = { accepts: (event: StoredLiveEvent) => boolean; send: (event: StoredLiveEvent) => void }

/**
 * Fans live events out to this instance's open event streams. Events are rows written in the
 * transaction that caused them; a PostgreSQL NOTIFY (or, on SQLite, an in-process poke) says
 * "read what is new", and a slow poll covers anything missed.
 */
export class LiveHub {
  private readonly listeners = new Set<Listener>()
  private lastId: string | null = null
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
    this.lastId = await this.events().latestId()
    if (this.postgresUrl) {
      this.client = new pg.Client({ connectionString: this.postgresUrl })
      this.client.on('notification', () => this.poke())
      this.client.on('error', () => {})
      await this.client.connect()
      await this.client.query(`listen ${LIVE_CHANNEL}`)
    }
    this.timer = setInterval(() => this.poke(), 2_000)
    this.timer.unref()
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
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

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Events after `id` for one stream's replay (Last-Event-ID). */
  async replay(id: string, accepts: Listener['accepts']): Promise<StoredLiveEvent[]> {
    return (await this.events().listAfter(id, 500)).filter(accepts)
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const batch = await this.events().listAfter(this.lastId, 200)
      for (const event of batch) {
        this.lastId = event.id
        for (const listener of this.listeners) if (listener.accepts(event)) listener.send(event)
      }
      if (batch.length < 200) return
    }
  }
}
