import { useMutation } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { call, client, fieldProblem, isFormProblem } from '../../api/client.js'
import type { Body } from '../../api/schema.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import { MoneyField } from '../../ui/money-input.js'
import ui from '../../ui/ui.module.css'
import { moneyInputValue } from '../../format.js'
import styles from '../console.module.css'
import menu from './menu.module.css'
import { type Menu, type MenuItem, groupsOf, refresh } from './menu-data.js'

interface ItemFormProps {
  menu: Menu
  /** The item being changed; none to add one. */
  item?: MenuItem
  onDone?: () => void
}

/** Adds an item, or changes one in place: name, category, price and which option groups it asks. */
export function ItemForm({ menu: data, item, onDone }: ItemFormProps) {
  const categoriesId = useId()
  const [name, setName] = useState(item?.name ?? '')
  const [category, setCategory] = useState(item?.category ?? data.items[0]?.category ?? '')
  const [priceMinor, setPriceMinor] = useState<number | null>(item?.priceMinor ?? null)
  const [groups, setGroups] = useState<string[]>(item?.modifierGroups ?? [])
  const [priceError, setPriceError] = useState<string>()
  const save = useMutation({
    mutationFn: (body: Body<'/menu/items', 'post'>) =>
      call(item ? client.PATCH('/menu/items/{id}', { params: { path: { id: item.id } }, body }) : client.POST('/menu/items', { body })),
    onSuccess: async () => {
      await refresh()
      if (!item) {
        setName('')
        setPriceMinor(null)
        setGroups([])
      }
      onDone?.()
    },
  })
  const categories = [...new Set(data.items.map((candidate) => candidate.category))]
  const allGroups = groupsOf(data)

  const submit = (event: FormEvent) => {
    event.preventDefault()
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
        <MoneyField label="Price" money={data} valueMinor={priceMinor} onChange={setPriceMinor} error={priceError ?? fieldProblem(save.error, 'priceMinor')} />
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
