import { Gift, X } from 'lucide-react'
import { useState } from 'react'
import type { Actor } from '../../api/wire.js'
import { formatMoney, type MoneyFormat } from '../../format.js'
import { CompLine } from '../gestures/comp-line.js'
import type { SheetPrefill } from '../gestures/gesture-sheet.js'
import { useOrder, type DraftLine } from './order-context.js'
import styles from './order-panel.module.css'
import ui from '../../ui/ui.module.css'

interface OrderLinesProps {
  /** The order's heading, which names the list. */
  labelledBy: string
  actor: Actor
  customer: { id: string; displayName: string } | null
  money: MoneyFormat
  onGesture(prefill: SheetPrefill): void
}

/** The order's lines. Tapping one offers On the house and Remove; On the house then asks why (UI.md §1.3). */
export function OrderLines({ labelledBy, actor, customer, money, onGesture }: OrderLinesProps) {
  const { order, remove } = useOrder()
  const [openLine, setOpenLine] = useState<string | null>(null)
  const [compLine, setCompLine] = useState<string | null>(null)
  const close = () => {
    setOpenLine(null)
    setCompLine(null)
  }
  const toggle = (key: string) => {
    setOpenLine((current) => (current === key ? null : key))
    setCompLine(null)
  }

  return (
    <ul aria-labelledby={labelledBy} className={styles.list}>
      {order.lines.map((line) => {
        const open = openLine === line.key
        return (
          <li key={line.key} className={open ? styles.lineOpen : styles.line}>
            <LineButton line={line} open={open} money={money} onToggle={() => toggle(line.key)} />
            {open && !line.comped && (
              <div className={styles.lineActions}>
                {compLine === line.key ? (
                  <CompLine
                    line={line}
                    actor={actor}
                    customer={customer}
                    money={money}
                    onDone={close}
                    onMore={(prefill) => {
                      close()
                      onGesture(prefill)
                    }}
                  />
                ) : (
                  <>
                    <button type="button" className={ui.button} onClick={() => setCompLine(line.key)}>
                      <Gift size={24} aria-hidden="true" />
                      On the house
                    </button>
                    <button type="button" className={ui.quiet} onClick={() => remove(line.key)} aria-label={`Remove ${line.name}`}>
                      <X size={24} aria-hidden="true" />
                      <span aria-hidden="true">Remove</span>
                    </button>
                  </>
                )}
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** The whole line is the target: quantity, name, modifiers and price, crossed out once on the house. */
function LineButton({ line, open, money, onToggle }: { line: DraftLine; open: boolean; money: MoneyFormat; onToggle(): void }) {
  return (
    <button type="button" className={styles.lineButton} aria-expanded={line.comped ? undefined : open} disabled={line.comped} onClick={onToggle}>
      <span className={styles.lineText}>
        <span className={styles.lineName}>
          {line.quantity > 1 && <span className="money">{line.quantity} × </span>}
          {line.name}
        </span>
        {line.modifiers.length > 0 && <span className={styles.meta}>{line.modifiers.map((modifier) => modifier.name).join(', ')}</span>}
        {line.comped && (
          <span className={styles.compedBadge}>
            <Gift size={16} aria-hidden="true" />
            On the house
          </span>
        )}
      </span>
      <span className={`money ${line.comped ? styles.linePriceComped : styles.linePrice}`}>
        {line.comped && <span className="visually-hidden">was </span>}
        {formatMoney(line.unitPriceMinor * line.quantity, money)}
      </span>
    </button>
  )
}
