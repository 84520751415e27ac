export type { LiveEvent, LiveEventsPort, StoredLiveEvent } from './live-event.js'
