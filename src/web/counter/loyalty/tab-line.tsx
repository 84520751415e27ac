import { useMutation } from '@tanstack/react-query'
import { NotebookTabs } from 'lucide-react'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { GreetingCard } from '../../api/wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { useToast } from '../../ui/toast.js'
import ui from '../../ui/ui.module.css'
import { formatMoney, type MoneyFormat } from '../../format.js'
import styles from './stamp-line.module.css'

interface TabLineProps {
  customerId: string
  firstName: string
  tab: NonNullable<GreetingCard['tab']>
  money: MoneyFormat
}

/** "Tab $6.80 of $20.00" and Settle up in one tap (the whole balance, paid at the till). */
export function TabLine({ customerId, firstName, tab, money }: TabLineProps) {
  const { show } = useToast()
  const settle = useMutation({
    mutationFn: () => call(client.POST('/customers/{id}/tab/settlement', { params: { path: { id: customerId } }, body: {} })),
    onSuccess: async () => {
      show(`${firstName}'s tab is settled: ${formatMoney(tab.balanceMinor, money)} paid.`)
      await queryClient.invalidateQueries({ queryKey: keys.card(customerId) })
      await queryClient.invalidateQueries({ queryKey: ['tabs'] })
    },
  })
  const what = tab.kind === 'house' ? 'House account' : 'Tab'
  return (
    <div className={styles.line}>
      <p className={styles.text}>
        <NotebookTabs size={24} aria-hidden="true" />
        <span>
          <strong className="money">
            {what} {formatMoney(tab.balanceMinor, money)} of {formatMoney(tab.limitMinor, money)}
          </strong>
          {tab.balanceMinor < 0 && ' · in credit'}
        </span>
      </p>
      {tab.balanceMinor > 0 && (
        <div className={styles.actions}>
          <button type="button" className={ui.button} onClick={() => settle.mutate()} disabled={settle.isPending}>
            Settle up <span className="money">{formatMoney(tab.balanceMinor, money)}</span>
          </button>
        </div>
      )}
      {settle.error ? <ErrorMessage error={settle.error} /> : null}
    </div>
  )
}
