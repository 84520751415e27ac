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
import { Table, type Column } from '../ui/table.js'
import { ArchiveButton } from './archive-button.js'

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
  const columns: Column<MenuItem>[] = [
    {
      head: 'Item',
      rowHead: true,
      cell: (item) => (
        <>
          {item.name}
          <small className={menu.sku}>{item.sku}</small>
        </>
      ),
    },
    { head: 'Category', cell: (item) => item.category },
    { head: 'Price', numeric: true, cell: (item) => formatMoney(item.priceMinor, data) },
    { head: 'Asks for', cell: (item) => item.modifierGroups.join(', ') || <span className={styles.muted}>—</span> },
    ...shown.map(
      (location): Column<MenuItem> => ({
        head: shown.length === 1 ? 'Sold here' : location.name,
        centered: true,
        cell: (item) => (
          <input
            type="checkbox"
            className={menu.tick}
            aria-label={`${item.name} sold at ${location.name}`}
            checked={!item.unavailableAt.includes(location.id)}
            disabled={item.archived || sell.isPending}
            onChange={(event) => sell.mutate({ id: item.id, at: location.id, available: event.target.checked })}
          />
        ),
      }),
    ),
  ]
  if (owner) {
    columns.push({
      head: 'Change',
      className: styles.nowrap,
      cell: (item) => (
        <>
          {!item.archived && (
            <button type="button" className={`${ui.button} ${ui.quiet}`} onClick={() => setEditing(item.id)} aria-label={`Change ${item.name}`}>
              Change
            </button>
          )}{' '}
          <ArchiveButton name={item.name} archived={item.archived} busy={archive.isPending} onToggle={() => archive.mutate({ id: item.id, archived: !item.archived })} />
        </>
      ),
    })
  }

  return (
    <section className={menu.section} aria-labelledby={tableId}>
      <h2 id={tableId} className={styles.cardTitle}>
        Items
      </h2>
      {(archive.error || sell.error) && <ErrorMessage error={archive.error ?? sell.error} />}
      <Table
        scroll
        empty={owner ? 'Nothing on the menu yet. Add your first item above; the counter shows it at once.' : 'Nothing on the menu yet. The owner adds items.'}
        rows={active}
        groups={[{ title: 'Archived: off every counter, history kept', rows: archived }]}
        rowKey={(item) => item.id}
        rowClassName={(item) => (item.archived ? styles.muted : undefined)}
        wideRow={(item) => editing === item.id && <ItemForm menu={data} item={item} onDone={() => setEditing(null)} />}
        columns={columns}
      />
    </section>
  )
}
