export type { OutboxMessage, OutboxPort } from './outbox-message.js'
