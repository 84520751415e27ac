export {
  compareLivePositions,
  formatLivePosition,
  parseLivePosition,
  type LiveEvent,
  type LivePosition,
  type StoredLiveEvent,
} from './live-event.js'
export { mayWatchEvent } from './live-scope.js'
export type { LiveEventsPort } from './ports.js'
