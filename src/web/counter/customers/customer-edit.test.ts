import { describe, expect, it } from 'vitest'
import type { Customer } from '../../api/wire.js'
import { patchOf, valuesOf } from './customer-edit.js'

const jill: Customer = {
  id: 'c-jill',
  displayName: 'Jill Okafor',
  pronunciation: 'JILL oh-KAH-for',
  phone: '+14155550142',
  phoneLast4: '0142',
  email: 'jill.okafor@example.com',
  birthday: { month: 11, day: 26 },
  household: [{ name: 'Dev Okafor', relation: 'husband' }],
  tags: [],
  contactConsent: true,
  cardCode: 'ABC-DEF',
  createdAt: '2025-01-01T00:00:00.000Z',
}

describe('patchOf', () => {
  it('sends nothing when nothing changed', () => {
    expect(patchOf(jill, valuesOf(jill))).toEqual({ patch: {}, errors: {}, personErrors: {} })
  })

  it('sends only the household when a person is added, leaving out blank relations and pronunciations', () => {
    const values = valuesOf(jill)
    values.household.push({ key: 7, name: ' Ada Okafor ', relation: 'daughter', pronunciation: '' })

    expect(patchOf(jill, values).patch).toEqual({
      household: [
        { name: 'Dev Okafor', relation: 'husband' },
        { name: 'Ada Okafor', relation: 'daughter' },
      ],
    })
  })

  it('clears emptied fields to null and a birthday with neither month nor day', () => {
    const values = { ...valuesOf(jill), email: '  ', pronunciation: '', month: '', day: '' }

    expect(patchOf(jill, values).patch).toEqual({ email: null, pronunciation: null, birthday: null })
  })

  it('asks for both parts of a birthday, a real day of the month, a name, and a name for each person described', () => {
    const values = valuesOf(jill)
    values.displayName = ' '
    values.month = '2'
    values.day = ''
    values.household.push({ key: 3, name: '', relation: 'son', pronunciation: '' })

    const { errors, personErrors } = patchOf(jill, values)

    expect(errors).toEqual({ displayName: 'Type the customer’s name.', birthday: 'Pick both the month and the day, or neither.' })
    expect(personErrors).toEqual({ 3: 'Type their name, or remove them.' })
    expect(patchOf(jill, { ...valuesOf(jill), month: '4', day: '31' }).errors).toEqual({ birthday: 'That day is not in that month.' })
  })

  it('drops a person left entirely blank instead of refusing the save', () => {
    const values = valuesOf(jill)
    values.household.push({ key: 4, name: '', relation: '', pronunciation: '' })

    expect(patchOf(jill, values)).toEqual({ patch: {}, errors: {}, personErrors: {} })
  })
})
