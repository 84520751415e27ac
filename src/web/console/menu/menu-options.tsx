import { useMutation } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { call, client, fieldProblem, isFormProblem } from '../../api/client.js'
import type { Body } from '../../api/schema.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import { MoneyField } from '../../ui/money-input.js'
import ui from '../../ui/ui.module.css'
import { formatMoney, moneyInputValue } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import menu from './menu.module.css'
import { type Menu, refresh } from './menu-data.js'
import { ArchiveButton } from './archive-button.js'

export function Options({ menu: data }: { menu: Menu }) {
  const { owner } = useConsole()
  const headingId = useId()
  const groupsId = useId()
  const [group, setGroup] = useState('')
  const [name, setName] = useState('')
  // An empty extra price is none at all; one that does not read as money is an error.
  const [price, setPrice] = useState<{ minor: number | null; typed: string }>({ minor: null, typed: '' })
  const [priceError, setPriceError] = useState<string>()
  const add = useMutation({
    mutationFn: (body: Body<'/menu/modifiers', 'post'>) => call(client.POST('/menu/modifiers', { body })),
    onSuccess: async () => {
      await refresh()
      setName('')
      setPrice({ minor: null, typed: '' })
    },
  })
  const archive = useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) => call(client.POST(archived ? '/menu/modifiers/{id}/archive' : '/menu/modifiers/{id}/restore', { params: { path: { id } } })),
    onSettled: refresh,
  })
  const groups = [...new Set(data.modifiers.map((modifier) => modifier.group))]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const priceMinor = price.typed.trim() === '' ? 0 : price.minor
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
                        <ArchiveButton name={modifier.name} archived={modifier.archived} busy={archive.isPending} onToggle={() => archive.mutate({ id: modifier.id, archived: !modifier.archived })} />
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
            <MoneyField label="Extra price" optional money={data} valueMinor={price.minor} onChange={(minor, typed) => setPrice({ minor, typed })} error={priceError ?? fieldProblem(add.error, 'priceMinor')} />
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
