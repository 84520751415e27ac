import { Trash2, UserRoundPlus } from 'lucide-react'
import { useId, useState, type ReactNode } from 'react'
import type { Person } from './customer-edit.js'
import styles from './edit-customer-dialog.module.css'
import { Field } from '../../ui/field.js'
import ui from '../../ui/ui.module.css'

/** Twelve people is the most one account holds. */
const MOST_PEOPLE = 12

interface HouseholdEditorProps {
  people: Person[]
  error: ReactNode
  /** By the person's key. */
  personErrors: Record<number, string>
  /** With the key of the person changed or removed, whose error then goes. */
  onChange(people: Person[], personKey?: number): void
}

/** "Household": the people who come in with the customer, so the counter can greet them by name too. */
export function HouseholdEditor({ people, error, personErrors, onChange }: HouseholdEditorProps) {
  const headingId = useId()
  const [nextKey, setNextKey] = useState(people.length)
  const [focusKey, setFocusKey] = useState<number | null>(null)
  const full = people.length >= MOST_PEOPLE

  const addPerson = () => {
    onChange([...people, { key: nextKey, name: '', relation: '', pronunciation: '' }])
    setFocusKey(nextKey)
    setNextKey(nextKey + 1)
  }
  const changePerson = (key: number, next: Partial<Person>) => onChange(people.map((person) => (person.key === key ? { ...person, ...next } : person)), key)
  const removePerson = (key: number) => onChange(people.filter((person) => person.key !== key), key)

  return (
    <section className={styles.household} aria-labelledby={headingId}>
      <div className={styles.householdHead}>
        <h3 id={headingId} className={styles.subtitle}>
          Household
        </h3>
        <button type="button" className={ui.button} onClick={addPerson} disabled={full}>
          <UserRoundPlus size={24} aria-hidden="true" />
          Add person
        </button>
      </div>
      {full && <p className={styles.meta}>Twelve people is the most one account holds.</p>}
      {people.length === 0 && <p className={styles.meta}>No one yet. Add the people they come in with, so the counter can greet them by name too.</p>}
      {typeof error === 'string' && <p className={ui.fieldError}>{error}</p>}
      <ul className={styles.people}>
        {people.map((person, index) => (
          <PersonRow
            key={person.key}
            number={index + 1}
            person={person}
            error={personErrors[person.key]}
            autoFocus={focusKey === person.key}
            onChange={(next) => changePerson(person.key, next)}
            onRemove={() => removePerson(person.key)}
          />
        ))}
      </ul>
    </section>
  )
}

interface PersonRowProps {
  number: number
  person: Person
  error: string | undefined
  autoFocus: boolean
  onChange(next: Partial<Person>): void
  onRemove(): void
}

function PersonRow({ number, person, error, autoFocus, onChange, onRemove }: PersonRowProps) {
  const errorId = useId()
  return (
    <li>
      <fieldset className={styles.person} aria-describedby={error ? errorId : undefined}>
        <legend className="visually-hidden">Person {number}</legend>
        <Field label="Name" value={person.name} onChange={(name) => onChange({ name })} autoComplete="off" autoFocus={autoFocus} invalid={Boolean(error)} />
        <Field label="Relation" value={person.relation} onChange={(relation) => onChange({ relation })} placeholder="daughter" autoComplete="off" />
        <Field label="Say it like" value={person.pronunciation} onChange={(pronunciation) => onChange({ pronunciation })} autoComplete="off" />
        <button type="button" className={`${ui.button} ${styles.remove}`} onClick={onRemove}>
          <Trash2 size={24} aria-hidden="true" />
          Remove
        </button>
        {error && (
          <p id={errorId} className={`${ui.fieldError} ${styles.personError}`}>
            {error}
          </p>
        )}
      </fieldset>
    </li>
  )
}
