import type { ReactNode } from 'react'
import { isApiError } from '../../api/client.js'
import type { FieldName, Person } from './customer-edit.js'

export interface PlacedErrors {
  errors: Partial<Record<FieldName, ReactNode>>
  /** By the person's key. */
  personErrors: Record<number, string>
  /** False when the error names no field here, so it shows once above Save. */
  placed: boolean
}

/** The server's answer at the field it names: "Already on file: Tom Becker" at the phone. */
export function serverErrors(error: unknown, people: Person[]): PlacedErrors {
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
