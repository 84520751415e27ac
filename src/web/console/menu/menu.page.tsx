import { useQuery } from '@tanstack/react-query'
import { call, client } from '../../api/client.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { useConsole } from '../console-context.js'
import { ItemForm } from './item-form.js'
import { KEY } from './menu-data.js'
import { Items } from './menu-items.js'
import { Options } from './menu-options.js'
import { PageHead } from '../ui/page-head.js'

/** /console/menu: owners add and change items and options; managers choose what their counter sells. */
export function MenuPage() {
  const { owner } = useConsole()
  const menuQuery = useQuery({ queryKey: KEY, queryFn: ({ signal }) => call(client.GET('/menu', { signal })) })
  const data = menuQuery.data

  return (
    <>
      <PageHead
        title="Menu"
        lead={
          owner
            ? 'What every counter sells. Changes reach the counters at once; orders already rung keep the price they were rung at.'
            : 'What your counter sells. The owner sets items and prices; you choose what is on sale here.'
        }
      />
      {menuQuery.isError ? (
        <ErrorMessage error={menuQuery.error} />
      ) : !data ? (
        <div aria-busy="true" aria-label="Loading the menu" />
      ) : (
        <>
          {owner && <ItemForm menu={data} />}
          <Items menu={data} />
          <Options menu={data} />
        </>
      )}
    </>
  )
}
