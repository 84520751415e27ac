export {
  compareLivePositions,
  formatLivePosition,
  parseLivePosition,
  type LiveEvent,
  type LiveEventsPort,
  type LivePosition,
  type StoredLiveEvent,
} from './live-event.js'
export { mayWatchEvent } from './live-scope.js'
