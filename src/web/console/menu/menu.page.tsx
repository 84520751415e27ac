import { useMutation, useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { call, client, fieldProblem, isFormProblem } from '../../api/client.js'
import type { Answer, Body } from '../../api/schema.js'
import { keys, queryClient } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import ui from '../../ui/ui.module.css'
import { currencySymbol, formatMoney, moneyInputValue, parseMoneyInput } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import menu from './menu.module.css'

type Menu = Answer<'/menu', 'get'>
type MenuItem = Menu['items'][number]

const KEY = ['menu'] as const

/** After any change: the console's menu and this screen's counter menu both refetch (other counters hear it live). */
const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: KEY }), queryClient.invalidateQueries({ queryKey: keys.catalog })])

/** The field a problem names, so its words go under that input. */

/** /console/menu: owners add and change items and options; managers choose what their counter sells. */
export function MenuPage() {
  const { owner } = useConsole()
  const menuQuery = useQuery({ queryKey: KEY, queryFn: ({ signal }) => call(client.GET('/menu', { signal })) })
  const data = menuQuery.data

  return (
    <>
      <div className={styles.pageHead}>
        <h1 className={styles.title}>Menu</h1>
      </div>
      <p className={styles.lead}>
        {owner
          ? 'What every counter sells. Changes reach the counters at once; orders already rung keep the price they were rung at.'
          : 'What your counter sells. The owner sets items and prices; you choose what is on sale here.'}
      </p>
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

const groupsOf = (menu: Menu) => [...new Set(menu.modifiers.filter((modifier) => !modifier.archived).map((modifier) => modifier.group))]

interface ItemFormProps {
  menu: Menu
  /** The item being changed; none to add one. */
  item?: MenuItem
  onDone?: () => void
}

/** Adds an item, or changes one in place: name, category, price and which option groups it asks. */
function ItemForm({ menu: data, item, onDone }: ItemFormProps) {
  const categoriesId = useId()
  const [name, setName] = useState(item?.name ?? '')
  const [category, setCategory] = useState(item?.category ?? data.items[0]?.category ?? '')
  const [price, setPrice] = useState(item ? moneyInputValue(item.priceMinor, data) : '')
  const [groups, setGroups] = useState<string[]>(item?.modifierGroups ?? [])
  const [priceError, setPriceError] = useState<string>()
  const save = useMutation({
    mutationFn: (body: Body<'/menu/items', 'post'>) =>
      call(item ? client.PATCH('/menu/items/{id}', { params: { path: { id: item.id } }, body }) : client.POST('/menu/items', { body })),
    onSuccess: async () => {
      await refresh()
      if (!item) {
        setName('')
        setPrice('')
        setGroups([])
      }
      onDone?.()
    },
  })
  const categories = [...new Set(data.items.map((candidate) => candidate.category))]
  const allGroups = groupsOf(data)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const priceMinor = parseMoneyInput(price, data)
    if (priceMinor === null) {
      setPriceError(`Type a price, like ${moneyInputValue(450, data)}.`)
      return
    }
    setPriceError(undefined)
    save.mutate({ name, category, priceMinor, modifierGroups: groups })
  }

  const fields = ['name', 'category', 'priceMinor', 'modifierGroups']
  return (
    <form className={item ? menu.inlineForm : styles.formCard} onSubmit={submit} aria-label={item ? `Change ${item.name}` : 'Add an item'}>
      {!item && <h2 className={styles.cardTitle}>Add an item</h2>}
      <div className={styles.formRow}>
        <Field label="Name" value={name} onChange={setName} maxLength={60} required error={fieldProblem(save.error, 'name')} />
        <Field label="Category" value={category} onChange={setCategory} maxLength={30} list={categoriesId} required error={fieldProblem(save.error, 'category')} />
        <datalist id={categoriesId}>
          {categories.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Field label={`Price (${currencySymbol(data)})`} value={price} onChange={setPrice} inputMode="decimal" required error={priceError ?? fieldProblem(save.error, 'priceMinor')} />
      </div>
      {allGroups.length > 0 && (
        <fieldset className={menu.groups}>
          <legend className={ui.label}>Asks for</legend>
          {allGroups.map((group) => (
            <label key={group} className={menu.check}>
              <input
                type="checkbox"
                checked={groups.includes(group)}
                onChange={(event) => setGroups(event.target.checked ? [...groups, group] : groups.filter((other) => other !== group))}
              />
              {group}
            </label>
          ))}
          {fieldProblem(save.error, 'modifierGroups') && <p className={ui.fieldError}>{fieldProblem(save.error, 'modifierGroups')}</p>}
        </fieldset>
      )}
      {isFormProblem(save.error, fields) && <ErrorMessage error={save.error} />}
      <div className={styles.formActions}>
        <button type="submit" className={`${ui.button} ${ui.primary}`} disabled={save.isPending}>
          {item ? 'Save' : 'Add to the menu'}
        </button>
        {item && (
          <button type="button" className={`${ui.button} ${ui.quiet}`} onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}

function Items({ menu: data }: { menu: Menu }) {
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

function Options({ menu: data }: { menu: Menu }) {
  const { owner } = useConsole()
  const headingId = useId()
  const groupsId = useId()
  const [group, setGroup] = useState('')
  const [name, setName] = useState('')
  const [price, setPrice] = useState('')
  const [priceError, setPriceError] = useState<string>()
  const add = useMutation({
    mutationFn: (body: Body<'/menu/modifiers', 'post'>) => call(client.POST('/menu/modifiers', { body })),
    onSuccess: async () => {
      await refresh()
      setName('')
      setPrice('')
    },
  })
  const archive = useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) => call(client.POST(archived ? '/menu/modifiers/{id}/archive' : '/menu/modifiers/{id}/restore', { params: { path: { id } } })),
    onSettled: refresh,
  })
  const groups = [...new Set(data.modifiers.map((modifier) => modifier.group))]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const priceMinor = price.trim() === '' ? 0 : parseMoneyInput(price, data)
    if (priceMinor === null) {
      setPriceError(`Type the extra price, like ${moneyInputValue(60, data)}, or leave it empty for none.`)
      return
    }
    setPriceError(undefined)
    add.mutate({ group, name, priceMinor })
  }

  return (
    <section className={menu.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        Options
      </h2>
      <p className={styles.note}>Options come in groups (size, milk, extra). An item asks for the groups ticked on it; each option adds its price.</p>
      {archive.error && <ErrorMessage error={archive.error} />}
      {groups.length === 0 ? (
        <p className={styles.empty}>No options yet.</p>
      ) : (
        <div className={menu.optionGroups}>
          {groups.map((name) => (
            <div key={name} className={styles.card}>
              <h3 className={menu.groupName}>{name}</h3>
              <ul className={menu.options}>
                {data.modifiers
                  .filter((modifier) => modifier.group === name)
                  .map((modifier) => (
                    <li key={modifier.id} className={modifier.archived ? styles.muted : undefined}>
                      <span>
                        {modifier.name} <span className="money">{modifier.priceMinor > 0 ? `+${formatMoney(modifier.priceMinor, data)}` : ''}</span>
                        {modifier.archived && ' (archived)'}
                      </span>
                      {owner && (
                        <button
                          type="button"
                          className={`${ui.button} ${ui.quiet}`}
                          disabled={archive.isPending}
                          onClick={() => archive.mutate({ id: modifier.id, archived: !modifier.archived })}
                          aria-label={`${modifier.archived ? 'Put back' : 'Archive'} ${modifier.name}`}
                        >
                          {modifier.archived ? 'Put back' : 'Archive'}
                        </button>
                      )}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {owner && (
        <form className={styles.formCard} onSubmit={submit} aria-label="Add an option">
          <h3 className={styles.cardTitle}>Add an option</h3>
          <div className={styles.formRow}>
            <Field label="Group" value={group} onChange={setGroup} list={groupsId} maxLength={30} required placeholder="milk" error={fieldProblem(add.error, 'group')} />
            <datalist id={groupsId}>
              {groups.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <Field label="Option" value={name} onChange={setName} maxLength={40} required placeholder="Oat" error={fieldProblem(add.error, 'name')} />
            <Field label={`Extra price (${currencySymbol(data)})`} value={price} onChange={setPrice} inputMode="decimal" optional error={priceError ?? fieldProblem(add.error, 'priceMinor')} />
          </div>
          {isFormProblem(add.error, ['group', 'name', 'priceMinor']) && <ErrorMessage error={add.error} />}
          <div className={styles.formActions}>
            <button type="submit" className={`${ui.button} ${ui.primary}`} disabled={add.isPending}>
              Add option
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
