import { Search, UserPlus, X } from 'lucide-react'
import { useState, type KeyboardEvent, type RefObject } from 'react'
import type { SearchResult } from '../../api/wire.js'
import { formatPhoneTail } from '../../format.js'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from './customer-search.module.css'
import { TierBadge } from '../../ui/tier-badge.js'
import { isDecisiveMatch, looksLikePhone, useCustomerSearch } from './use-customer-search.js'

interface CustomerSearchProps {
  query: string
  inputRef: RefObject<HTMLInputElement | null>
  onQueryChange(query: string): void
  onPick(result: SearchResult): void
  onNew(query: string): void
  /** Shown while a customer's card is open and nothing is typed. */
  onClose?: () => void
}

const LISTBOX_ID = 'customer-results'
const optionId = (index: number) => `customer-option-${index}`

/** One search box for names, phones and card codes (role combobox, listbox results, ↑/↓, Enter, Esc). */
export function CustomerSearch({ query, inputRef, onQueryChange, onPick, onNew, onClose }: CustomerSearchProps) {
  const [active, setActive] = useState(0)
  const { state, error, pending } = useCustomerSearch(query, (next) => {
    setActive(0)
    if (isDecisiveMatch(next)) onPick(next.results[0]!)
  })
  const open = query.trim().length > 0
  const results = open ? (state?.results ?? []) : []
  const optionCount = results.length + 1
  const activeIndex = Math.min(active, optionCount - 1)

  const choose = (index: number) => {
    const result = results[index]
    if (result) onPick(result)
    else onNew(query.trim())
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && open) setActive((activeIndex + 1) % optionCount)
    else if (event.key === 'ArrowUp' && open) setActive((activeIndex - 1 + optionCount) % optionCount)
    else if (event.key === 'Enter' && open && state) choose(activeIndex)
    else if (event.key === 'Escape') onQueryChange('')
    else return
    event.preventDefault()
  }

  const typed = query.trim()
  return (
    <div className={styles.search}>
      <div className={styles.box}>
        <label htmlFor="customer-search" className="visually-hidden">
          Find a customer
        </label>
        <Search className={styles.icon} size={24} aria-hidden="true" />
        <input
          id="customer-search"
          ref={inputRef}
          className={styles.input}
          type="search"
          role="combobox"
          aria-expanded={open}
          aria-controls={LISTBOX_ID}
          aria-autocomplete="list"
          aria-activedescendant={open && state ? optionId(activeIndex) : undefined}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder="Find a customer"
          value={query}
          onChange={(event) => {
            onQueryChange(event.target.value)
          }}
          onKeyDown={onKeyDown}
        />
        {query ? (
          <button
            type="button"
            className={styles.clear}
            onClick={() => {
              onQueryChange('')
              inputRef.current?.focus()
            }}
          >
            <X size={24} aria-hidden="true" />
            Clear
          </button>
        ) : onClose ? (
          <button type="button" className={styles.clear} onClick={onClose}>
            <X size={24} aria-hidden="true" />
            Close card
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {open && state && !pending ? `${results.length === 0 ? 'No' : results.length} ${results.length === 1 ? 'customer' : 'customers'} found` : ''}
      </p>
      {open && (
        <div className={styles.panel}>
          {error ? <ErrorMessage error={error} /> : null}
          <ul id={LISTBOX_ID} role="listbox" aria-label="Customers found" className={styles.list} aria-busy={pending}>
            {results.map((result, index) => (
              <li
                key={result.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={styles.option}
                onClick={() => choose(index)}
                onMouseEnter={() => setActive(index)}
              >
                <span className={styles.who}>
                  <span className={styles.name}>{result.member ?? result.displayName}</span>
                  {result.member && <span className={styles.member}>on {result.displayName}’s account</span>}
                </span>
                <span className={styles.phone}>{formatPhoneTail(result.phoneLast4)}</span>
                <TierBadge tier={result.tier} />
              </li>
            ))}
            {(state || !pending) && (
              <li
                id={optionId(results.length)}
                role="option"
                aria-selected={activeIndex === results.length}
                className={styles.newOption}
                onClick={() => choose(results.length)}
                onMouseEnter={() => setActive(results.length)}
              >
                <UserPlus size={24} aria-hidden="true" />
                {looksLikePhone(typed) ? `New customer with ${typed}` : `New customer “${typed}”`}
              </li>
            )}
          </ul>
          {state && !pending && results.length === 0 && <p className={styles.empty}>No one found for “{state.query}”. Check the spelling, or add them as new.</p>}
        </div>
      )}
    </div>
  )
}
