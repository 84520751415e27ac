import { useMutation } from '@tanstack/react-query'
import { Save, Trash2, UserRoundPlus } from 'lucide-react'
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { call, client, isApiError } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { Customer, GreetingCard } from '../../api/wire.js'
import { DAYS_IN_MONTH, patchOf, valuesOf, type CustomerPatch, type EditValues, type FieldName, type Person } from './customer-edit.js'
import { ErrorMessage } from '../../ui/error-message.js'
import styles from './edit-customer-dialog.module.css'
import { useToast } from '../../ui/toast.js'
import ui from '../../ui/ui.module.css'

/** The server's answer at the field it names: "Already on file: Tom Becker" at the phone. */
function serverErrors(error: unknown, people: Person[]): { errors: Partial<Record<FieldName, ReactNode>>; personErrors: Record<number, string>; placed: boolean } {
  if (!isApiError(error)) return { errors: {}, personErrors: {}, placed: false }
  if (error.code === 'customer.phone_taken') {
    const who = typeof error.problem.displayName === 'string' ? error.problem.displayName : 'another customer'
    return {
      errors: {
        phone: (
          <>
            Already on file: <strong>{who}</strong>. Check the number, or leave it as it was.
          </>
        ),
      },
      personErrors: {},
      placed: true,
    }
  }
  // Rules name the field ("phone"); a schema failure names the path ("household/1/name").
  const [field, index] = (error.field ?? '').split('/')
  if (field === 'household' && index !== undefined && people[Number(index)]) {
    return { errors: {}, personErrors: { [people[Number(index)]!.key]: error.detail }, placed: true }
  }
  const known: FieldName[] = ['displayName', 'pronunciation', 'phone', 'email', 'birthday', 'household', 'contactConsent']
  if (known.includes(field as FieldName)) return { errors: { [field as FieldName]: error.detail }, personErrors: {}, placed: true }
  return { errors: {}, personErrors: {}, placed: false }
}

interface EditCustomerDialogProps {
  customer: Customer
  locale: string
  onClose(): void
}

/** "Edit Jill Okafor": a manager or owner puts right the name, how to say it, contact details, birthday and household. */
export function EditCustomerDialog({ customer, locale, onClose }: EditCustomerDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const ids = { name: useId(), say: useId(), phone: useId(), email: useId(), month: useId(), day: useId(), consent: useId(), household: useId() }
  const [values, setValues] = useState<EditValues>(() => valuesOf(customer))
  const [nextKey, setNextKey] = useState(customer.household.length)
  const [focusKey, setFocusKey] = useState<number | null>(null)
  const [checked, setChecked] = useState<{ errors: Partial<Record<FieldName, string>>; personErrors: Record<number, string> }>({ errors: {}, personErrors: {} })
  const { show } = useToast()

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  const save = useMutation({
    mutationFn: (patch: CustomerPatch) => call(client.PATCH('/customers/{id}', { params: { path: { id: customer.id } }, body: patch })),
    onSuccess: async (saved) => {
      queryClient.setQueryData<GreetingCard>(keys.card(customer.id), (card) => (card ? { ...card, customer: saved } : card))
      show(`Saved ${saved.displayName}’s details.`)
      onClose()
      await queryClient.invalidateQueries({ queryKey: keys.card(customer.id) })
    },
  })
  const fromServer = serverErrors(save.error, values.household)
  const errors: Partial<Record<FieldName, ReactNode>> = { ...fromServer.errors, ...checked.errors }
  const personErrors = { ...fromServer.personErrors, ...checked.personErrors }
  const general = save.error && !fromServer.placed ? save.error : null

  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })
    return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 15))))
  }, [locale])
  const dayCount = values.month ? DAYS_IN_MONTH[Number(values.month) - 1]! : 31

  const change = (next: Partial<EditValues>, field: FieldName, personKey?: number) => {
    setValues((current) => ({ ...current, ...next }))
    setChecked((current) => {
      const personErrors = { ...current.personErrors }
      if (personKey !== undefined) delete personErrors[personKey]
      const { [field]: _, ...errors } = current.errors
      return { errors, personErrors }
    })
    if (save.isError) save.reset()
  }
  const text = (field: 'displayName' | 'pronunciation' | 'phone' | 'email') => ({
    value: values[field],
    onChange: (value: string) => change({ [field]: value }, field),
  })
  const changePerson = (key: number, next: Partial<Person>) =>
    change({ household: values.household.map((person) => (person.key === key ? { ...person, ...next } : person)) }, 'household', key)
  const addPerson = () => {
    change({ household: [...values.household, { key: nextKey, name: '', relation: '', pronunciation: '' }] }, 'household')
    setFocusKey(nextKey)
    setNextKey(nextKey + 1)
  }
  const removePerson = (key: number) => change({ household: values.household.filter((person) => person.key !== key) }, 'household', key)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const { patch, errors, personErrors } = patchOf(customer, values)
    setChecked({ errors, personErrors })
    if (Object.keys(errors).length > 0 || Object.keys(personErrors).length > 0) return
    if (Object.keys(patch).length === 0) {
      onClose()
      return
    }
    save.mutate(patch)
  }

  return (
    <dialog ref={dialog} className={styles.sheet} aria-labelledby={titleId} onCancel={onClose}>
      <form className={styles.body} onSubmit={submit} noValidate>
        <h2 id={titleId} className={styles.title}>
          Edit {customer.displayName}
        </h2>
        <div className={styles.pair}>
          <Field id={ids.name} label="Name" error={errors.displayName} {...text('displayName')} autoComplete="off" />
          <Field id={ids.say} label="Say it like" optional error={errors.pronunciation} placeholder="JILL oh-KAH-for" {...text('pronunciation')} autoComplete="off" />
          <Field id={ids.phone} label="Phone" optional error={errors.phone} type="tel" inputMode="tel" {...text('phone')} autoComplete="off" />
          <Field id={ids.email} label="Email" optional error={errors.email} type="email" inputMode="email" {...text('email')} autoComplete="off" />
        </div>
        <div className={styles.pair}>
          <fieldset className={styles.birthday} aria-describedby={errors.birthday ? `${ids.month}-error` : undefined}>
            <legend className={ui.label}>
              Birthday <span className={ui.optional}>(optional, no year)</span>
            </legend>
            <div className={styles.birthdayPickers}>
              <label htmlFor={ids.month} className="visually-hidden">
                Birthday month
              </label>
              <select
                id={ids.month}
                className={ui.input}
                value={values.month}
                aria-invalid={errors.birthday ? true : undefined}
                onChange={(event) => {
                  const month = event.target.value
                  const day = values.day && month && Number(values.day) > DAYS_IN_MONTH[Number(month) - 1]! ? '' : values.day
                  change({ month, day }, 'birthday')
                }}
              >
                <option value="">Month</option>
                {months.map((name, index) => (
                  <option key={name} value={String(index + 1)}>
                    {name}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.day} className="visually-hidden">
                Birthday day
              </label>
              <select id={ids.day} className={ui.input} value={values.day} aria-invalid={errors.birthday ? true : undefined} onChange={(event) => change({ day: event.target.value }, 'birthday')}>
                <option value="">Day</option>
                {Array.from({ length: dayCount }, (_, index) => (
                  <option key={index} value={String(index + 1)}>
                    {index + 1}
                  </option>
                ))}
              </select>
              {(values.month || values.day) && (
                <button type="button" className={ui.quiet} onClick={() => change({ month: '', day: '' }, 'birthday')}>
                  Clear
                </button>
              )}
            </div>
            {errors.birthday && (
              <p id={`${ids.month}-error`} className={ui.fieldError}>
                {errors.birthday}
              </p>
            )}
          </fieldset>
          <div className={styles.consent}>
            <input
              id={ids.consent}
              type="checkbox"
              checked={values.contactConsent}
              onChange={(event) => change({ contactConsent: event.target.checked }, 'contactConsent')}
              aria-describedby={`${ids.consent}-note`}
            />
            <label htmlFor={ids.consent}>Agreed to be contacted</label>
            <p id={`${ids.consent}-note`} className={styles.meta}>
              Offers, birthday wishes and replies to their feedback. Tick it only if they said yes.
            </p>
            {errors.contactConsent && <p className={ui.fieldError}>{errors.contactConsent}</p>}
          </div>
        </div>
        <section className={styles.household} aria-labelledby={ids.household}>
          <div className={styles.householdHead}>
            <h3 id={ids.household} className={styles.subtitle}>
              Household
            </h3>
            <button type="button" className={ui.button} onClick={addPerson} disabled={values.household.length >= 12}>
              <UserRoundPlus size={24} aria-hidden="true" />
              Add person
            </button>
          </div>
          {values.household.length >= 12 && <p className={styles.meta}>Twelve people is the most one account holds.</p>}
          {values.household.length === 0 && <p className={styles.meta}>No one yet. Add the people they come in with, so the counter can greet them by name too.</p>}
          {typeof errors.household === 'string' && <p className={ui.fieldError}>{errors.household}</p>}
          <ul className={styles.people}>
            {values.household.map((person, index) => (
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
        {general ? <ErrorMessage error={general} /> : null}
        <div className={styles.foot}>
          <button type="button" className={ui.button} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={ui.primary} disabled={save.isPending}>
            <Save size={24} aria-hidden="true" />
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
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
  const id = useId()
  return (
    <li>
      <fieldset className={styles.person} aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="visually-hidden">Person {number}</legend>
        <Field id={`${id}-name`} label="Name" value={person.name} onChange={(name) => onChange({ name })} autoComplete="off" autoFocus={autoFocus} invalid={Boolean(error)} />
        <Field id={`${id}-relation`} label="Relation" value={person.relation} onChange={(relation) => onChange({ relation })} placeholder="daughter" autoComplete="off" />
        <Field id={`${id}-say`} label="Say it like" value={person.pronunciation} onChange={(pronunciation) => onChange({ pronunciation })} autoComplete="off" />
        <button type="button" className={`${ui.button} ${styles.remove}`} onClick={onRemove}>
          <Trash2 size={24} aria-hidden="true" />
          Remove
        </button>
        {error && (
          <p id={`${id}-error`} className={`${ui.fieldError} ${styles.personError}`}>
            {error}
          </p>
        )}
      </fieldset>
    </li>
  )
}

interface FieldProps {
  id: string
  label: string
  value: string
  onChange(value: string): void
  error?: ReactNode
  invalid?: boolean
  optional?: boolean
  type?: string
  inputMode?: 'tel' | 'email' | 'text'
  placeholder?: string
  autoComplete?: string
  autoFocus?: boolean
}

function Field({ id, label, value, onChange, error, invalid, optional, ...input }: FieldProps) {
  return (
    <div className={ui.field}>
      <label htmlFor={id} className={ui.label}>
        {label} {optional && <span className={ui.optional}>(optional)</span>}
      </label>
      <input
        id={id}
        className={ui.input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className={ui.fieldError} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
