export type { Email, OutboxMessage, OutboxPort, StoredOutboxMessage } from './outbox-message.js'
export { deliverOutbox, listOutbox, MAX_ATTEMPTS, retryDelayMs, type MailTransport } from './outbox.service.js'
