import type { EmpowermentPolicy, GestureType, Policies } from '../../api/wire.js'
import { MAIN_TYPES, MORE_TYPES } from '../../ui/gesture-words.js'
import { LIMIT_FIELDS, type LimitField } from './policy-preview.js'

export const ALL_TYPES: GestureType[] = [...MAIN_TYPES, ...MORE_TYPES]

export type EditableRole = 'staff' | 'manager'

export type PolicyField = LimitField | 'allowedTypes'

/** Where a policy lives: chain-wide, or one location's override, for one role. */
export interface Slot {
  scope: string
  role: EditableRole
}

export const slotKey = (slot: Slot) => `${slot.scope}:${slot.role}`

export function slotOf(key: string): Slot {
  const at = key.lastIndexOf(':')
  return { scope: key.slice(0, at), role: key.slice(at + 1) === 'manager' ? 'manager' : 'staff' }
}

/** A policy as typed, until it is saved: an amount is null while what is typed does not read as money. */
export interface Draft {
  maxPerGestureMinor: number | null
  dailyBudgetMinor: number | null
  maxPerCustomer30dMinor: number | null
  allowedTypes: GestureType[]
}

export const toDraft = (policy: EmpowermentPolicy): Draft => ({
  maxPerGestureMinor: policy.maxPerGestureMinor,
  dailyBudgetMinor: policy.dailyBudgetMinor,
  maxPerCustomer30dMinor: policy.maxPerCustomer30dMinor,
  allowedTypes: ALL_TYPES.filter((type) => policy.allowedTypes.includes(type)),
})

/** The draft as a policy; an amount that does not read yet keeps the saved one, so the preview never blanks. */
export function readDraft(draft: Draft, saved: EmpowermentPolicy): EmpowermentPolicy {
  const amount = (field: LimitField) => draft[field] ?? saved[field]
  return {
    role: saved.role,
    maxPerGestureMinor: amount('maxPerGestureMinor'),
    dailyBudgetMinor: amount('dailyBudgetMinor'),
    maxPerCustomer30dMinor: amount('maxPerCustomer30dMinor'),
    allowedTypes: draft.allowedTypes,
  }
}

export const sameDraft = (a: Draft, b: Draft) => LIMIT_FIELDS.every((field) => a[field] === b[field]) && a.allowedTypes.join() === b.allowedTypes.join()

export function withSaved(current: Policies, slot: Slot, policy: EmpowermentPolicy): Policies {
  if (slot.scope === 'chain') return { ...current, chain: { ...current.chain, [slot.role]: policy } }
  const others = current.overrides.filter((entry) => !(entry.scope === slot.scope && entry.policy.role === slot.role))
  return { ...current, overrides: [...others, { scope: slot.scope, policy }] }
}
