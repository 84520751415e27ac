import { useMutation } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { call, client } from '../../api/client.js'
import { ErrorMessage } from '../../ui/error-message.js'
import ui from '../../ui/ui.module.css'
import { formatMoney } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import menu from './menu.module.css'
import { ItemForm } from './item-form.js'
import { type Menu, type MenuItem, refresh } from './menu-data.js'

export function Items({ menu: data }: { menu: Menu }) {
  const { owner, locations, locationId } = useConsole()
  const tableId = useId()
  const [editing, setEditing] = useState<string | null>(null)
  // An owner looking at all locations sees a column per location; a manager or a chosen location, one.
  const shown = locationId ? locations.filter((location) => location.id === locationId) : locations
  const archive = useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) => call(client.POST(archived ? '/menu/items/{id}/archive' : '/menu/items/{id}/restore', { params: { path: { id } } })),
    onSettled: refresh,
  })
  const sell = useMutation({
    mutationFn: ({ id, at, available }: { id: string; at: string; available: boolean }) => call(client.PUT('/menu/items/{id}/availability/{locationId}', { params: { path: { id, locationId: at } }, body: { available } })),
    onSettled: refresh,
  })
  const active = data.items.filter((item) => !item.archived)
  const archived = data.items.filter((item) => item.archived)
  const columns = 4 + shown.length + (owner ? 1 : 0)

  const row = (item: MenuItem) =>
    editing === item.id ? (
      <tr key={item.id}>
        <td colSpan={columns}>
          <ItemForm menu={data} item={item} onDone={() => setEditing(null)} />
        </td>
      </tr>
    ) : (
      <tr key={item.id} className={item.archived ? styles.muted : undefined}>
        <th scope="row">
          {item.name}
          <small className={menu.sku}>{item.sku}</small>
        </th>
        <td>{item.category}</td>
        <td className={styles.num}>{formatMoney(item.priceMinor, data)}</td>
        <td>{item.modifierGroups.join(', ') || <span className={styles.muted}>—</span>}</td>
        {shown.map((location) => (
          <td key={location.id} className={menu.center}>
            <input
              type="checkbox"
              aria-label={`${item.name} sold at ${location.name}`}
              checked={!item.unavailableAt.includes(location.id)}
              disabled={item.archived || sell.isPending}
              onChange={(event) => sell.mutate({ id: item.id, at: location.id, available: event.target.checked })}
            />
          </td>
        ))}
        {owner && (
          <td className={styles.nowrap}>
            {!item.archived && (
              <button type="button" className={`${ui.button} ${ui.quiet}`} onClick={() => setEditing(item.id)} aria-label={`Change ${item.name}`}>
                Change
              </button>
            )}{' '}
            <button
              type="button"
              className={`${ui.button} ${ui.quiet}`}
              disabled={archive.isPending}
              onClick={() => archive.mutate({ id: item.id, archived: !item.archived })}
              aria-label={`${item.archived ? 'Put back' : 'Archive'} ${item.name}`}
            >
              {item.archived ? 'Put back' : 'Archive'}
            </button>
          </td>
        )}
      </tr>
    )

  return (
    <section className={menu.section} aria-labelledby={tableId}>
      <h2 id={tableId} className={styles.cardTitle}>
        Items
      </h2>
      {(archive.error || sell.error) && <ErrorMessage error={archive.error ?? sell.error} />}
      {data.items.length === 0 ? (
        <p className={styles.empty}>{owner ? 'Nothing on the menu yet. Add your first item above; the counter shows it at once.' : 'Nothing on the menu yet. The owner adds items.'}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Category</th>
                <th scope="col" className={styles.num}>
                  Price
                </th>
                <th scope="col">Asks for</th>
                {shown.map((location) => (
                  <th key={location.id} scope="col" className={menu.center}>
                    {shown.length === 1 ? 'Sold here' : location.name}
                  </th>
                ))}
                {owner && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {active.map(row)}
              {archived.length > 0 && (
                <tr>
                  <th scope="rowgroup" colSpan={columns} className={menu.divider}>
                    Archived: off every counter, history kept
                  </th>
                </tr>
              )}
              {archived.map(row)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
