import { useMutation } from '@tanstack/react-query'
import { Save } from 'lucide-react'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { call, client } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { Customer, GreetingCard } from '../../api/wire.js'
import { BirthdayPicker } from './birthday-picker.js'
import { patchOf, valuesOf, type CustomerPatch, type EditValues, type FieldName } from './customer-edit.js'
import { serverErrors } from './edit-customer-errors.js'
import styles from './edit-customer-dialog.module.css'
import { HouseholdEditor } from './household-editor.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import { Sheet } from '../../ui/sheet.js'
import { useToast } from '../../ui/toast.js'
import ui from '../../ui/ui.module.css'

interface EditCustomerDialogProps {
  customer: Customer
  locale: string
  onClose(): void
}

/** The errors the form found before sending: by field, and by household person's key. */
interface Checked {
  errors: Partial<Record<FieldName, string>>
  personErrors: Record<number, string>
}

/** "Edit Jill Okafor": a manager or owner puts right the name, how to say it, contact details, birthday and household. */
export function EditCustomerDialog({ customer, locale, onClose }: EditCustomerDialogProps) {
  const consentId = useId()
  const [values, setValues] = useState<EditValues>(() => valuesOf(customer))
  const [checked, setChecked] = useState<Checked>({ errors: {}, personErrors: {} })
  const { show } = useToast()

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
    error: errors[field],
    alert: true,
    autoComplete: 'off',
  })

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
    <Sheet title={`Edit ${customer.displayName}`} className={styles.sheet} onClose={onClose} onSubmit={submit} noValidate>
      <div className={styles.pair}>
        <Field label="Name" {...text('displayName')} />
        <Field label="Say it like" optional placeholder="JILL oh-KAH-for" {...text('pronunciation')} />
        <Field label="Phone" optional type="tel" inputMode="tel" {...text('phone')} />
        <Field label="Email" optional type="email" inputMode="email" {...text('email')} />
      </div>
      <div className={styles.pair}>
        <BirthdayPicker month={values.month} day={values.day} error={errors.birthday} locale={locale} onChange={(next) => change(next, 'birthday')} />
        <div className={styles.consent}>
          <input
            id={consentId}
            type="checkbox"
            checked={values.contactConsent}
            onChange={(event) => change({ contactConsent: event.target.checked }, 'contactConsent')}
            aria-describedby={`${consentId}-note`}
          />
          <label htmlFor={consentId}>Agreed to be contacted</label>
          <p id={`${consentId}-note`} className={styles.meta}>
            Offers, birthday wishes and replies to their feedback. Tick it only if they said yes.
          </p>
          {errors.contactConsent && <p className={ui.fieldError}>{errors.contactConsent}</p>}
        </div>
      </div>
      <HouseholdEditor people={values.household} error={errors.household} personErrors={personErrors} onChange={(household, key) => change({ household }, 'household', key)} />
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
    </Sheet>
  )
}
