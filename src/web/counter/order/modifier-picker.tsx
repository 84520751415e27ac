import { Plus } from 'lucide-react'
import { useState } from 'react'
import type { Catalog, CatalogItem, Modifier } from '../../api/wire.js'
import { formatMoney } from '../../format.js'
import { unitPrice } from './order-context.js'
import styles from './modifier-picker.module.css'
import { Sheet } from '../../ui/sheet.js'
import ui from '../../ui/ui.module.css'

const GROUP_NAMES: Record<string, string> = { size: 'Size', milk: 'Milk', extra: 'Extras' }
/** Size and milk take one choice (or none: the standard); extras take any number. */
const MULTIPLE = new Set(['extra'])

interface ModifierPickerProps {
  item: CatalogItem
  catalog: Catalog
  onAdd(modifiers: Modifier[]): void
  onCancel(): void
}

export function ModifierPicker({ item, catalog, onAdd, onCancel }: ModifierPickerProps) {
  const [chosen, setChosen] = useState<Modifier[]>([])

  const toggle = (modifier: Modifier) =>
    setChosen((current) => {
      if (current.some((picked) => picked.id === modifier.id)) return current.filter((picked) => picked.id !== modifier.id)
      const others = MULTIPLE.has(modifier.group) ? current : current.filter((picked) => picked.group !== modifier.group)
      return [...others, modifier]
    })
  const clearGroup = (group: string) => setChosen((current) => current.filter((picked) => picked.group !== group))
  const money = (minor: number) => formatMoney(minor, catalog)
  const delta = (minor: number) => (minor === 0 ? '' : `${minor > 0 ? '+' : '−'}${money(Math.abs(minor))}`)

  return (
    <Sheet
      title={item.name}
      className={styles.dialog}
      onClose={onCancel}
      onSubmit={(event) => {
        event.preventDefault()
        onAdd(chosen)
      }}
    >
      {item.modifierGroups.map((group) => {
        const options = catalog.modifiers.filter((modifier) => modifier.group === group)
        const single = !MULTIPLE.has(group)
        return (
          <fieldset key={group} className={styles.group}>
            <legend className={styles.legend}>
              {GROUP_NAMES[group] ?? group}
              {!single && <span className={ui.optional}> (any)</span>}
            </legend>
            <div className={styles.options}>
              {single && (
                <button type="button" className={styles.option} aria-pressed={!chosen.some((picked) => picked.group === group)} onClick={() => clearGroup(group)}>
                  Standard
                </button>
              )}
              {options.map((modifier) => (
                <button
                  key={modifier.id}
                  type="button"
                  className={styles.option}
                  aria-pressed={chosen.some((picked) => picked.id === modifier.id)}
                  onClick={() => toggle(modifier)}
                >
                  {modifier.name}
                  {modifier.priceMinor !== 0 && <span className={`money ${styles.delta}`}>{delta(modifier.priceMinor)}</span>}
                </button>
              ))}
            </div>
          </fieldset>
        )
      })}
      <div className={styles.actions}>
        <button type="button" className={ui.button} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={ui.primary} autoFocus>
          <Plus size={24} aria-hidden="true" />
          Add <span className="money">{money(unitPrice(item, chosen))}</span>
        </button>
      </div>
    </Sheet>
  )
}
