export type { Email, OutboxMessage, StoredOutboxMessage } from './outbox-message.js'
export type { OutboxPort, OutboxTxPort } from './ports.js'
export { deliverOutbox, listOutbox, MAX_ATTEMPTS, retryDelayMs, type MailTransport } from './outbox.service.js'
