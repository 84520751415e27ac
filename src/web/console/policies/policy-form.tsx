import { useMutation } from '@tanstack/react-query'
import { CircleAlert, ShieldAlert, Undo2 } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { call, client, isApiError } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { EmpowermentPolicy, GestureType, Policies } from '../../api/wire.js'
import { MoneyInput } from '../../ui/money-input.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { useToast } from '../../ui/toast.js'
import { TYPE_WORDS } from '../../ui/gesture-words.js'
import { formatMoney, moneyInputValue, type MoneyFormat } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import policyStyles from './policies.module.css'
import { LIMIT_FIELDS, LIMIT_WORDS, type LimitField } from './policy-preview.js'
import { ALL_TYPES, type Draft, type PolicyField, type Slot, toDraft, withSaved } from './policy-draft.js'

const LIMIT_HINTS: Record<LimitField, string> = {
  maxPerGestureMinor: 'The most one gesture may be worth',
  dailyBudgetMinor: 'Per person, per day at the location',
  maxPerCustomer30dMinor: 'For one customer, from everyone, over 30 days',
}

interface PolicyFormProps {
  title: string
  lead?: string
  slot: Slot
  saved: EmpowermentPolicy
  draft: Draft
  dirty: boolean
  /** The chain's policy a location's override must stay inside; shown beside each field. */
  bounds?: EmpowermentPolicy
  savedText: string
  onChange(draft: Draft | null): void
}

export function PolicyForm({ title, lead, slot, saved, draft, dirty, bounds, savedText, onChange }: PolicyFormProps) {
  const { money } = useConsole()
  const { show } = useToast()
  const titleId = useId()
  const typesErrorId = useId()
  const [typed, setTyped] = useState<Partial<Record<PolicyField, string>>>({})
  const save = useMutation({
    mutationFn: (body: Omit<EmpowermentPolicy, 'role'>) => call(client.PUT('/policies/{scope}/{role}', { params: { path: { scope: slot.scope, role: slot.role } }, body })),
    onSuccess: async (policy) => {
      queryClient.setQueryData<Policies>(keys.policies, (current) => (current ? withSaved(current, slot, policy) : current))
      onChange(null)
      show(savedText)
      await queryClient.invalidateQueries({ queryKey: keys.policies })
      void queryClient.invalidateQueries({ queryKey: ['budgets'] })
    },
  })
  const fromServer = serverErrors(save.error, draft, bounds, money)
  const errors: Partial<Record<PolicyField, string>> = { ...fromServer, ...typed }
  const general = save.error && Object.keys(fromServer).length === 0 ? save.error : null

  const edit = (field: PolicyField, next: Draft) => {
    onChange(next)
    if (typed[field]) setTyped(({ [field]: _, ...rest }) => rest)
    if (save.isError) save.reset()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problems: Partial<Record<PolicyField, string>> = {}
    const amounts: Partial<Record<LimitField, number>> = {}
    for (const field of LIMIT_FIELDS) {
      const value = draft[field]
      if (value === null) problems[field] = `${LIMIT_WORDS[field]}: type an amount, like ${moneyInputValue(800, money)}.`
      else amounts[field] = value
    }
    setTyped(problems)
    if (Object.keys(problems).length > 0) return
    save.mutate({
      maxPerGestureMinor: amounts.maxPerGestureMinor!,
      dailyBudgetMinor: amounts.dailyBudgetMinor!,
      maxPerCustomer30dMinor: amounts.maxPerCustomer30dMinor!,
      allowedTypes: ALL_TYPES.filter((type) => draft.allowedTypes.includes(type)),
    })
  }
  const toggle = (type: GestureType, on: boolean) => {
    const set = on ? [...draft.allowedTypes, type] : draft.allowedTypes.filter((candidate) => candidate !== type)
    edit('allowedTypes', { ...draft, allowedTypes: ALL_TYPES.filter((candidate) => set.includes(candidate)) })
  }

  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h3 id={titleId} className={styles.cardTitle}>
          {title}
        </h3>
      </div>
      {lead && <p className={styles.note}>{lead}</p>}
      <form className={policyStyles.form} onSubmit={submit} noValidate>
        {LIMIT_FIELDS.map((field) => (
          <LimitInput
            key={field}
            field={field}
            value={draft[field]}
            bound={bounds?.[field]}
            error={errors[field]}
            onChange={(value) => edit(field, { ...draft, [field]: value })}
          />
        ))}
        <fieldset className={policyStyles.types} aria-describedby={errors.allowedTypes ? typesErrorId : undefined}>
          <legend>{LIMIT_WORDS.allowedTypes}</legend>
          <div className={policyStyles.typeGrid}>
            {ALL_TYPES.map((type) => {
              const checked = draft.allowedTypes.includes(type)
              const ownerAllows = !bounds || bounds.allowedTypes.includes(type)
              return (
                <label key={type} className={ownerAllows ? policyStyles.check : policyStyles.checkOff}>
                  {/* Disabled only while unticked, so a type the owner has since taken away can still be unticked. */}
                  <input type="checkbox" checked={checked} disabled={!ownerAllows && !checked} onChange={(event) => toggle(type, event.target.checked)} />
                  <span>{TYPE_WORDS[type]}</span>
                  {!ownerAllows && <span className={checked ? policyStyles.checkWarn : policyStyles.checkNote}>{checked ? 'owner doesn’t allow: untick it' : 'owner doesn’t allow'}</span>}
                </label>
              )
            })}
          </div>
          {errors.allowedTypes && (
            <p id={typesErrorId} className={policyStyles.error} role="alert">
              <CircleAlert size={18} aria-hidden="true" />
              {errors.allowedTypes}
            </p>
          )}
        </fieldset>
        {general ? <ErrorMessage error={general} /> : null}
        <div className={policyStyles.foot}>
          <span className={dirty ? policyStyles.unsaved : styles.muted}>{dirty ? 'Unsaved changes' : 'No changes'}</span>
          <span className={policyStyles.buttons}>
            {dirty && (
              <button
                type="button"
                className={styles.button}
                onClick={() => {
                  onChange(toDraft(saved))
                  setTyped({})
                  save.reset()
                }}
              >
                <Undo2 size={18} aria-hidden="true" />
                Undo changes
              </button>
            )}
            <button type="submit" className={styles.primaryButton} disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save'}
            </button>
          </span>
        </div>
      </form>
    </section>
  )
}

/** Inline errors from the server, at the field they name: "Daily budget: $25.00 is above the owner’s $20.00 …". */
function serverErrors(error: unknown, draft: Draft, bounds: EmpowermentPolicy | undefined, money: MoneyFormat): Partial<Record<PolicyField, string>> {
  if (!isApiError(error)) return {}
  const known = (field: unknown): field is PolicyField => typeof field === 'string' && (field === 'allowedTypes' || (LIMIT_FIELDS as string[]).includes(field))
  if (error.code === 'policy.outside_owner_bounds') {
    const owner = (error.problem.bounds as EmpowermentPolicy | undefined) ?? bounds
    const fields = (Array.isArray(error.problem.fields) ? error.problem.fields : [error.field]).filter(known)
    const errors: Partial<Record<PolicyField, string>> = {}
    for (const field of fields) {
      if (field === 'allowedTypes') {
        const extra = draft.allowedTypes.filter((type) => !owner?.allowedTypes.includes(type)).map((type) => TYPE_WORDS[type])
        errors.allowedTypes = `${LIMIT_WORDS.allowedTypes}: the owner doesn’t allow ${extra.join(', ') || 'some of these'}. A location can only allow fewer.`
      } else {
        const value = draft[field]
        const typedText = value === null ? 'this' : formatMoney(value, money)
        const ownerText = owner ? ` the owner’s ${formatMoney(owner[field], money)}` : ' the owner’s limit'
        errors[field] = `${LIMIT_WORDS[field]}: ${typedText} is above${ownerText}. A location can only tighten the owner’s limits; lower it to save.`
      }
    }
    if (fields.length > 0) return errors
  }
  // A schema failure names "allowedTypes/2"; the rule's own errors name the field itself.
  const field = error.field?.split('/')[0]
  if (known(field)) return { [field]: `${LIMIT_WORDS[field]}: ${error.detail}` }
  return {}
}

interface LimitInputProps {
  field: LimitField
  value: number | null
  bound: number | undefined
  error: string | undefined
  onChange(value: number | null): void
}

function LimitInput({ field, value, bound, error, onChange }: LimitInputProps) {
  const { money } = useConsole()
  const id = useId()
  const hintId = `${id}-hint`
  const boundId = `${id}-bound`
  const errorId = `${id}-error`
  const over = bound !== undefined && value !== null && value > bound
  const describedBy = [hintId, bound !== undefined ? boundId : null, error ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className={policyStyles.limit}>
      <div className={policyStyles.limitLabel}>
        <label htmlFor={id}>{LIMIT_WORDS[field]}</label>
        <span id={hintId} className={policyStyles.hint}>
          {LIMIT_HINTS[field]}
        </span>
      </div>
      <MoneyInput id={id} money={money} valueMinor={value} onChange={onChange} invalid={Boolean(error)} describedBy={describedBy} />
      {bound !== undefined && (
        <span id={boundId} className={over ? policyStyles.boundOver : policyStyles.bound}>
          {over ? (
            <>
              <span className={policyStyles.boundWords}>
                <ShieldAlert size={16} aria-hidden="true" />
                Above the owner’s
              </span>{' '}
              <span className={policyStyles.boundAmount}>{formatMoney(bound, money)}</span>
            </>
          ) : (
            <>
              <span className={policyStyles.boundWords}>Owner’s bound:</span> <span className={policyStyles.boundAmount}>{formatMoney(bound, money)}</span>
            </>
          )}
        </span>
      )}
      {error && (
        <p id={errorId} className={policyStyles.error} role="alert">
          <CircleAlert size={18} aria-hidden="true" />
          {error}
        </p>
      )}
    </div>
  )
}
