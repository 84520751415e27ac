import { useMutation, useQuery } from '@tanstack/react-query'
import { call, client } from '../../api/client.js'
import { queryClient } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import ui from '../../ui/ui.module.css'
import { formatDateTime } from '../../format.js'
import { OwnersOnly } from '../console-shell.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import { Table } from '../ui/table.js'
import { PageHead } from '../ui/page-head.js'
import { Loaded } from '../ui/loaded.js'

const KEY = ['privacy-requests'] as const
const KIND_WORDS = { export: 'A copy of their data', erasure: 'Erase their data' } as const
const STATUS_WORDS = { requested: 'Waiting for you', done: 'Done', declined: 'Declined' } as const

/** /console/privacy: customers' asks for a copy or erasure of their data, each confirmed or declined by an owner. */
export function PrivacyPage() {
  return (
    <OwnersOnly what="Data requests">
      <Requests />
    </OwnersOnly>
  )
}

function Requests() {
  const { money, timeZone } = useConsole()
  const requests = useQuery({ queryKey: KEY, queryFn: ({ signal }) => call(client.GET('/privacy-requests', { signal })) })
  const decide = useMutation({
    mutationFn: ({ id, confirm }: { id: string; confirm: boolean }) => call(client.POST('/privacy-requests/{id}/decision', { params: { path: { id } }, body: { confirm } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  })
  const list = requests.data?.requests ?? []

  return (
    <>
      <PageHead
        title="Data requests"
        lead={
          <>
            Customers ask at /privacy (linked from every feedback page) for a copy of their data or its erasure. Confirming emails the copy, or erases their name,
            contacts, notes and feedback words; their orders stay in the books under an anonymous name.
          </>
        }
      />
      {decide.isError && <ErrorMessage error={decide.error} />}
      <Loaded query={requests} loading="Loading data requests">
        {() => (
          <Table
            scroll
            caption="Data requests, newest first"
            empty="No data requests. When a customer asks, it shows up here and in your email."
            rows={list}
            rowKey={(request) => request.id}
            columns={[
              { head: 'Asked', className: styles.nowrap, cell: (request) => formatDateTime(request.requestedAt, money.locale, timeZone) },
              { head: 'Email', cell: (request) => request.contactEmail },
              {
                head: 'Wants',
                cell: (request) => (
                  <>
                    {KIND_WORDS[request.kind]}
                    {request.customerId === null && <> · no customer on file under this email</>}
                  </>
                ),
              },
              { head: 'Status', cell: (request) => STATUS_WORDS[request.status] },
              {
                head: 'Answer',
                cell: (request) => (
                  <>
                    {request.customerId && (
                      <>
                        <a href={`/api/v1/customers/${request.customerId}/data`}>JSON</a> · <a href={`/api/v1/customers/${request.customerId}/data?format=csv`}>CSV</a>{' '}
                      </>
                    )}
                    {request.status === 'requested' && (
                      <>
                        <button type="button" className={`${ui.button} ${ui.primary}`} disabled={decide.isPending} onClick={() => decide.mutate({ id: request.id, confirm: true })}>
                          {request.kind === 'export' ? 'Send the copy' : 'Erase'}
                        </button>{' '}
                        <button type="button" className={`${ui.button} ${ui.quiet}`} disabled={decide.isPending} onClick={() => decide.mutate({ id: request.id, confirm: false })}>
                          Decline
                        </button>
                      </>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
      </Loaded>
    </>
  )
}
