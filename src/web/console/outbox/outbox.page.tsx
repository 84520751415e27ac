import { CircleAlert, CircleCheck, Clock, ServerOff } from 'lucide-react'
import { useOutbox } from '../../api/queries.js'
import { formatCount, formatDateTime } from '../../format.js'
import { OwnersOnly } from '../console-shell.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import { Table } from '../ui/table.js'
import outboxStyles from './outbox.module.css'
import { outboxStatus, type OutboxState } from '../words.js'
import { PageHead } from '../ui/page-head.js'
import { Loaded } from '../ui/loaded.js'

const STATE_LOOK: Record<OutboxState, { className: string; Icon: typeof Clock }> = {
  sent: { className: styles.pillOk!, Icon: CircleCheck },
  waiting: { className: styles.pillQuiet!, Icon: Clock },
  no_server: { className: styles.pillWarn!, Icon: ServerOff },
  failed: { className: styles.pillDanger!, Icon: CircleAlert },
}

/** /console/outbox: every email the app sent or means to send; without a mail server they wait here to be read. */
export function OutboxPage() {
  return (
    <OwnersOnly what="Emails">
      <Outbox />
    </OwnersOnly>
  )
}

function Outbox() {
  const { money, timeZone } = useConsole()
  const outbox = useOutbox()
  const emails = outbox.data ?? []
  const states = emails.map((email) => outboxStatus(email).state)
  const count = (state: OutboxState) => states.filter((candidate) => candidate === state).length
  const locale = money.locale

  return (
    <>
      <PageHead
        title="Outbox"
        scope={outbox.data && `${formatCount(emails.length, 'email', 'emails', locale)} · ${count('sent')} sent · ${count('waiting') + count('no_server')} waiting · ${count('failed')} failed`}
        lead="Coupon links and replies to customers go out from here. Each email is tried again until it is sent; nothing is dropped."
      />
      {count('no_server') > 0 && (
        <p className={outboxStyles.notice}>
          <ServerOff size={20} aria-hidden="true" />
          <span>
            No mail server is set up, so emails wait here. You can read them below and pass them on by hand; once the server’s SMTP_URL is set, they go out on their own.
          </span>
        </p>
      )}
      <Loaded query={outbox} loading="Loading emails">
        {() => (
          <Table
            scroll
            caption="Emails, newest first"
            empty="No emails yet. When someone emails a coupon to a customer, it shows up here."
            rows={emails}
            rowKey={(email) => email.id}
            columns={[
              { head: 'Written', className: styles.nowrap, cell: (email) => <time dateTime={email.createdAt}>{formatDateTime(email.createdAt, locale, timeZone)}</time> },
              { head: 'To', className: outboxStyles.to, cell: (email) => email.to },
              {
                head: 'Email',
                cell: (email) => (
                  <details className={outboxStyles.email}>
                    <summary>{email.subject || '(no subject)'}</summary>
                    <pre className={outboxStyles.text}>{email.text}</pre>
                  </details>
                ),
              },
              {
                head: 'Status',
                cell: (email) => {
                  const status = outboxStatus(email)
                  const { className, Icon } = STATE_LOOK[status.state]
                  return (
                    <>
                      <span className={className}>
                        <Icon size={16} aria-hidden="true" />
                        {status.words}
                      </span>
                      {email.deliveredAt && (
                        <span className={outboxStyles.when}>
                          <time dateTime={email.deliveredAt}>{formatDateTime(email.deliveredAt, locale, timeZone)}</time>
                        </span>
                      )}
                    </>
                  )
                },
              },
            ]}
          />
        )}
      </Loaded>
    </>
  )
}
