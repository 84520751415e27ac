import { useMutation } from '@tanstack/react-query'
import { UserPlus } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { call, client, isApiError } from '../../api/client.js'
import type { Customer } from '../../api/wire.js'
import type { Body } from '../../api/schema.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import styles from './new-customer-form.module.css'
import ui from '../../ui/ui.module.css'
import { looksLikePhone } from './use-customer-search.js'

interface NewCustomerFormProps {
  typed: string
  onCreated(customer: Customer): void
  onOpen(customerId: string): void
  onCancel(): void
}

type FieldName = 'displayName' | 'phone' | 'email' | 'pronunciation'

/** "+ New customer": name and phone, and optionally email and how to say the name. */
export function NewCustomerForm({ typed, onCreated, onOpen, onCancel }: NewCustomerFormProps) {
  const [values, setValues] = useState<Record<FieldName, string>>(() => ({
    displayName: looksLikePhone(typed) ? '' : capitalise(typed),
    phone: looksLikePhone(typed) ? typed : '',
    email: '',
    pronunciation: '',
  }))
  const create = useMutation({
    mutationFn: (input: Body<'/customers', 'post'>) => call(client.POST('/customers', { body: input })),
    onSuccess: onCreated,
  })
  const error = create.error
  const taken = isApiError(error) && error.code === 'customer.phone_taken' ? error : null
  const fieldError = (field: FieldName) => (isApiError(error) && !taken && error.field === field ? error.detail : undefined)
  const generalError = error && !taken && !(isApiError(error) && ['displayName', 'phone', 'email', 'pronunciation'].includes(error.field ?? '')) ? error : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input: Body<'/customers', 'post'> = { displayName: values.displayName.trim() }
    if (values.phone.trim()) input.phone = values.phone.trim()
    if (values.email.trim()) input.email = values.email.trim()
    if (values.pronunciation.trim()) input.pronunciation = values.pronunciation.trim()
    create.mutate(input)
  }
  const set = (field: FieldName) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    if (create.isError) create.reset()
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="new-customer-title">
      <h2 id="new-customer-title" className={styles.title}>
        New customer
      </h2>
      <Field label="Name" value={values.displayName} onChange={set('displayName')} error={fieldError('displayName')} required autoComplete="off" />
      <Field
        label="Phone"
        value={values.phone}
        onChange={set('phone')}
        error={fieldError('phone')}
        type="tel"
        inputMode="tel"
        note={
          taken ? (
            <p className={styles.taken} role="alert">
              <span>
                Already on file: <strong>{String(taken.problem.displayName ?? 'another customer')}</strong>
              </span>
              <button type="button" className={ui.button} onClick={() => onOpen(String(taken.problem.customerId))}>
                Open
              </button>
            </p>
          ) : null
        }
      />
      <Field label="Email" optional value={values.email} onChange={set('email')} error={fieldError('email')} type="email" inputMode="email" />
      <Field
        label="Say it like"
        optional
        value={values.pronunciation}
        onChange={set('pronunciation')}
        error={fieldError('pronunciation')}
        placeholder="JILL oh-KAH-for"
      />
      {generalError ? <ErrorMessage error={generalError} /> : null}
      <div className={styles.actions}>
        <button type="button" className={ui.button} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={ui.primary} disabled={create.isPending || !values.displayName.trim()}>
          <UserPlus size={24} aria-hidden="true" />
          Add customer
        </button>
      </div>
    </form>
  )
}

const capitalise = (text: string) => text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
