import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Catalog, CatalogItem, Modifier } from '../../api/wire.js'
import { formatMoney } from '../../format.js'
import styles from './catalog-grid.module.css'
import { ModifierPicker } from './modifier-picker.js'

interface CatalogGridProps {
  catalog: Catalog
  onAdd(item: CatalogItem, modifiers: Modifier[]): void
}

/** The menu: categories as tabs, items as tiles; an item with options asks for them first. */
export function CatalogGrid({ catalog, onAdd }: CatalogGridProps) {
  const categories = useMemo(() => [...new Set(catalog.items.map((item) => item.category))], [catalog.items])
  const [chosen, setCategory] = useState(categories[0] ?? '')
  // The menu changes live: a category that went away falls back to the first one.
  const category = categories.includes(chosen) ? chosen : (categories[0] ?? '')
  const [picking, setPicking] = useState<CatalogItem | null>(null)
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([])
  const id = useId()
  const items = catalog.items.filter((item) => item.category === category)

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    const next = (index + step + categories.length) % categories.length
    setCategory(categories[next]!)
    tabRefs.current[next]?.focus()
    event.preventDefault()
  }

  const tap = (item: CatalogItem) => {
    if (item.modifierGroups.length > 0) setPicking(item)
    else onAdd(item, [])
  }

  if (catalog.items.length === 0) {
    return <p className={styles.empty}>Nothing on the menu yet. An owner adds items in Console → Menu; they show up here at once.</p>
  }

  return (
    <div className={styles.catalog}>
      <div role="tablist" aria-label="Menu categories" className={styles.tabs}>
        {categories.map((name, index) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[index] = element
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-selected={name === category}
            aria-controls={`${id}-panel`}
            tabIndex={name === category ? 0 : -1}
            className={styles.tab}
            onClick={() => setCategory(name)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${categories.indexOf(category)}`} className={styles.tiles}>
        {items.map((item) => (
          <button key={item.id} type="button" className={styles.tile} onClick={() => tap(item)}>
            <span className={styles.tileName}>{item.name}</span>
            <span className={`money ${styles.tilePrice}`}>{formatMoney(item.priceMinor, catalog)}</span>
          </button>
        ))}
      </div>
      {picking && (
        <ModifierPicker
          item={picking}
          catalog={catalog}
          onCancel={() => setPicking(null)}
          onAdd={(modifiers) => {
            onAdd(picking, modifiers)
            setPicking(null)
          }}
        />
      )}
    </div>
  )
}
