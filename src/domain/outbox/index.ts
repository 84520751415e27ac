export type { Email, OutboxMessage, StoredOutboxMessage } from './outbox-message.js'
export type { OutboxDeps, OutboxPort, OutboxRepos, OutboxTxPort, OutboxTxRepos } from './ports.js'
export { deliverOutbox, listOutbox, MAX_ATTEMPTS, retryDelayMs, type MailTransport } from './outbox.service.js'
