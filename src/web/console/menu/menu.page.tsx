import { useQuery } from '@tanstack/react-query'
import { call, client } from '../../api/client.js'
import { useConsole } from '../console-context.js'
import { ItemForm } from './item-form.js'
import { KEY } from './menu-data.js'
import { Items } from './menu-items.js'
import { Options } from './menu-options.js'
import { PageHead } from '../ui/page-head.js'
import { Loaded } from '../ui/loaded.js'

/** /console/menu: owners add and change items and options; managers choose what their counter sells. */
export function MenuPage() {
  const { owner } = useConsole()
  const menuQuery = useQuery({ queryKey: KEY, queryFn: ({ signal }) => call(client.GET('/menu', { signal })) })

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
      <Loaded query={menuQuery} loading="Loading the menu">
        {(menu) => (
          <>
            {owner && <ItemForm menu={menu} />}
            <Items menu={menu} />
            <Options menu={menu} />
          </>
        )}
      </Loaded>
    </>
  )
}
