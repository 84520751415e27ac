import { useMutation } from '@tanstack/react-query'
import { CircleAlert, CircleCheck, ShieldAlert, Undo2 } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { call, client, isApiError } from '../../api/client.js'
import { keys, queryClient, usePolicies } from '../../api/queries.js'
import type { EmpowermentPolicy, GestureType, Policies } from '../../api/wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { ToastRegion, useToast } from '../../ui/toast.js'
import { MAIN_TYPES, MORE_TYPES, TYPE_WORDS } from '../../ui/gesture-words.js'
import { currencySymbol, formatMoney, moneyInputValue, parseMoneyInput, type MoneyFormat } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import policyStyles from './policies.module.css'
import { COUNTER_LOCK_MINUTES, effectivePolicy } from '../../../domain/browser.js'
import { LIMIT_FIELDS, LIMIT_WORDS, previewSentence, type LimitField } from './policy-preview.js'

const ALL_TYPES: GestureType[] = [...MAIN_TYPES, ...MORE_TYPES]

const LIMIT_HINTS: Record<LimitField, string> = {
  maxPerGestureMinor: 'The most one gesture may be worth',
  dailyBudgetMinor: 'Per person, per day at the location',
  maxPerCustomer30dMinor: 'For one customer, from everyone, over 30 days',
}

type EditableRole = 'staff' | 'manager'
type PolicyField = LimitField | 'allowedTypes'

/** Where a policy lives: chain-wide, or one location's override, for one role. */
interface Slot {
  scope: string
  role: EditableRole
}

const slotKey = (slot: Slot) => `${slot.scope}:${slot.role}`

function slotOf(key: string): Slot {
  const at = key.lastIndexOf(':')
  return { scope: key.slice(0, at), role: key.slice(at + 1) === 'manager' ? 'manager' : 'staff' }
}

/** A policy as typed: amounts as the person wrote them, until they are saved. */
interface Draft {
  maxPerGestureMinor: string
  dailyBudgetMinor: string
  maxPerCustomer30dMinor: string
  allowedTypes: GestureType[]
}

const toDraft = (policy: EmpowermentPolicy, money: MoneyFormat): Draft => ({
  maxPerGestureMinor: moneyInputValue(policy.maxPerGestureMinor, money),
  dailyBudgetMinor: moneyInputValue(policy.dailyBudgetMinor, money),
  maxPerCustomer30dMinor: moneyInputValue(policy.maxPerCustomer30dMinor, money),
  allowedTypes: ALL_TYPES.filter((type) => policy.allowedTypes.includes(type)),
})

/** The draft as a policy; an amount that does not read yet keeps the saved one, so the preview never blanks. */
function readDraft(draft: Draft, saved: EmpowermentPolicy, money: MoneyFormat): EmpowermentPolicy {
  const amount = (field: LimitField) => parseMoneyInput(draft[field], money) ?? saved[field]
  return {
    role: saved.role,
    maxPerGestureMinor: amount('maxPerGestureMinor'),
    dailyBudgetMinor: amount('dailyBudgetMinor'),
    maxPerCustomer30dMinor: amount('maxPerCustomer30dMinor'),
    allowedTypes: draft.allowedTypes,
  }
}

const sameDraft = (a: Draft, b: Draft) => LIMIT_FIELDS.every((field) => a[field] === b[field]) && a.allowedTypes.join() === b.allowedTypes.join()

function withSaved(current: Policies, slot: Slot, policy: EmpowermentPolicy): Policies {
  if (slot.scope === 'chain') return { ...current, chain: { ...current.chain, [slot.role]: policy } }
  const others = current.overrides.filter((entry) => !(entry.scope === slot.scope && entry.policy.role === slot.role))
  return { ...current, overrides: [...others, { scope: slot.scope, policy }] }
}

/** /console/policies: what staff and managers may give on their own, chain-wide and per location, with a live preview. */
export function PoliciesPage() {
  const policies = usePolicies()
  return (
    <>
      <div className={styles.pageHead}>
        <h1 className={styles.title}>Policies</h1>
      </div>
      <p className={styles.lead}>
        What people may give on their own, without asking. Anything past a limit is not refused: it goes to a manager’s phone to approve, and the counter keeps serving.
      </p>
      {policies.isError ? (
        <ErrorMessage error={policies.error} />
      ) : !policies.data ? (
        <div className={policyStyles.placeholder} aria-busy="true" aria-label="Loading policies" />
      ) : (
        <>
          <PolicyEditor data={policies.data} />
          <CounterLockForm saved={policies.data.counter.lockAfterMinutes} />
        </>
      )}
      <ToastRegion className={policyStyles.toast} />
    </>
  )
}

/** Owners set how long a counter tablet waits without a touch before it locks (UI.md: set in policy, 3 min by default). */
function CounterLockForm({ saved }: { saved: number }) {
  const { owner } = useConsole()
  const { show } = useToast()
  const [typed, setTyped] = useState<string | null>(null)
  const titleId = useId()
  const inputId = useId()
  const hintId = useId()
  const save = useMutation({
    mutationFn: (lockAfterMinutes: number) => call(client.PUT('/policies/counter', { body: { lockAfterMinutes } })),
    onSuccess: async (lock) => {
      setTyped(null)
      show(`Counters now lock after ${lock.lockAfterMinutes} min without a touch.`)
      await queryClient.invalidateQueries({ queryKey: keys.policies })
    },
  })
  const value = typed ?? String(saved)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(Number(value))
  }
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h3 id={titleId} className={styles.cardTitle}>
          Counter lock
        </h3>
      </div>
      <form className={policyStyles.lockForm} onSubmit={submit} noValidate>
        <label htmlFor={inputId}>Lock a counter tablet after this many minutes without a touch</label>
        <input
          id={inputId}
          className={policyStyles.lockInput}
          type="number"
          inputMode="numeric"
          min={COUNTER_LOCK_MINUTES.min}
          max={COUNTER_LOCK_MINUTES.max}
          value={value}
          disabled={!owner}
          aria-describedby={hintId}
          aria-invalid={save.isError || undefined}
          onChange={(event) => {
            setTyped(event.target.value)
            if (save.isError) save.reset()
          }}
        />
        <p id={hintId} className={styles.note}>
          {COUNTER_LOCK_MINUTES.min} to {COUNTER_LOCK_MINUTES.max} minutes, for every location. It warns 20 seconds before, and keeps the order and the open card for the next person.
          {!owner && ' Owners set it.'}
        </p>
        {save.isError && <ErrorMessage error={save.error} />}
        {owner && (
          <button type="submit" className={styles.primaryButton} disabled={save.isPending || value === String(saved)}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        )}
      </form>
    </section>
  )
}

function PolicyEditor({ data }: { data: Policies }) {
  const { actor, owner, locations, locationId: consoleLocation, money } = useConsole()
  const [drafts, setDrafts] = useState<Record<string, Draft>>({})
  const [chosenPlace, setChosenPlace] = useState('')
  const placeId = owner ? chosenPlace || consoleLocation || actor.locationId : actor.locationId
  const placeName = (id: string) => locations.find((location) => location.id === id)?.name ?? 'this location'
  const [previewKey, setPreviewKey] = useState(owner ? 'chain:staff' : `${actor.locationId}:staff`)
  const chainId = useId()
  const placeSectionId = useId()
  const placePickerId = useId()

  const overrideOf = (slot: Slot) => data.overrides.find((entry) => entry.scope === slot.scope && entry.policy.role === slot.role)?.policy
  // A location without its own limits starts from the chain's: saving them makes its own.
  const savedOf = (slot: Slot) => (slot.scope === 'chain' ? data.chain[slot.role] : (overrideOf(slot) ?? data.chain[slot.role]))
  const draftOf = (slot: Slot) => drafts[slotKey(slot)] ?? toDraft(savedOf(slot), money)
  const setDraft = (slot: Slot) => (draft: Draft | null) => {
    const key = slotKey(slot)
    setDrafts((current) => {
      const next = { ...current }
      if (draft && !sameDraft(draft, toDraft(savedOf(slot), money))) next[key] = draft
      else delete next[key]
      return next
    })
    if (draft) setPreviewKey(key)
  }

  const chainNow = (role: EditableRole) => readDraft(draftOf({ scope: 'chain', role }), data.chain[role], money)
  const policyFor = (key: string): EmpowermentPolicy => {
    const slot = slotOf(key)
    if (slot.scope === 'chain') return chainNow(slot.role)
    const draft = drafts[key]
    const override = draft ? readDraft(draft, savedOf(slot), money) : overrideOf(slot)
    return effectivePolicy(chainNow(slot.role), override)
  }

  const previewOptions = [
    ...(owner ? [] : [{ key: `${actor.locationId}:staff`, label: `Staff at ${placeName(actor.locationId)}` }]),
    { key: 'chain:staff', label: 'Staff, chain-wide' },
    { key: 'chain:manager', label: 'Managers, chain-wide' },
    ...(owner ? locations.map((location) => ({ key: `${location.id}:staff`, label: `Staff at ${location.name}` })) : []),
  ]

  const formProps = (slot: Slot) => ({
    slot,
    saved: savedOf(slot),
    draft: draftOf(slot),
    dirty: drafts[slotKey(slot)] !== undefined,
    onChange: setDraft(slot),
  })
  const place: Slot = { scope: placeId, role: 'staff' }
  const placeHasOwn = overrideOf(place) !== undefined

  return (
    <>
      {owner && (
        <section className={policyStyles.section} aria-labelledby={chainId}>
          <div className={policyStyles.sectionHead}>
            <h2 id={chainId} className={policyStyles.sectionTitle}>
              Chain-wide
            </h2>
            <p className={styles.note}>Every location, unless its manager sets tighter limits for staff.</p>
          </div>
          <div className={styles.grid}>
            <PolicyForm title="Staff" savedText="Saved: staff limits, chain-wide." {...formProps({ scope: 'chain', role: 'staff' })} />
            <PolicyForm title="Managers" savedText="Saved: managers’ limits, chain-wide." {...formProps({ scope: 'chain', role: 'manager' })} />
          </div>
        </section>
      )}
      <section className={policyStyles.section} aria-labelledby={placeSectionId}>
        <div className={policyStyles.sectionHead}>
          <h2 id={placeSectionId} className={policyStyles.sectionTitle}>
            {owner ? 'Per location' : `Your location: ${placeName(placeId)}`}
          </h2>
          <p className={styles.note}>A location may only tighten the owner’s limits, never loosen them.</p>
        </div>
        {owner && (
          <div className={policyStyles.picker}>
            <label htmlFor={placePickerId}>Location</label>
            <select
              id={placePickerId}
              value={placeId}
              onChange={(event) => {
                setChosenPlace(event.target.value)
                if (slotOf(previewKey).scope !== 'chain') setPreviewKey(`${event.target.value}:staff`)
              }}
            >
              {locations.map((location) => (
                <option key={location.id} value={location.id}>
                  {location.name} · {overrideOf({ scope: location.id, role: 'staff' }) ? 'own limits' : 'chain-wide limits'}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className={styles.grid}>
          <PolicyForm
            key={placeId}
            title={`Staff at ${placeName(placeId)}`}
            lead={placeHasOwn ? 'Own limits, held inside the owner’s.' : 'Uses the chain-wide limits. Save tighter ones to make them this location’s own.'}
            savedText={`Saved: staff limits at ${placeName(placeId)}.`}
            bounds={data.chain.staff}
            {...formProps(place)}
          />
          {owner ? <EveryLocation data={data} current={placeId} /> : <ChainLimits chain={data.chain} />}
        </div>
      </section>
      <LivePreview options={previewOptions} selected={previewKey} onSelect={setPreviewKey} policyFor={policyFor} />
    </>
  )
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

function PolicyForm({ title, lead, slot, saved, draft, dirty, bounds, savedText, onChange }: PolicyFormProps) {
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
      const value = parseMoneyInput(draft[field], money)
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
                  onChange(toDraft(saved, money))
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
        const value = parseMoneyInput(draft[field], money)
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
  value: string
  bound: number | undefined
  error: string | undefined
  onChange(value: string): void
}

function LimitInput({ field, value, bound, error, onChange }: LimitInputProps) {
  const { money } = useConsole()
  const id = useId()
  const hintId = `${id}-hint`
  const boundId = `${id}-bound`
  const errorId = `${id}-error`
  const typed = parseMoneyInput(value, money)
  const over = bound !== undefined && typed !== null && typed > bound
  const describedBy = [hintId, bound !== undefined ? boundId : null, error ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className={policyStyles.limit}>
      <div className={policyStyles.limitLabel}>
        <label htmlFor={id}>{LIMIT_WORDS[field]}</label>
        <span id={hintId} className={policyStyles.hint}>
          {LIMIT_HINTS[field]}
        </span>
      </div>
      <span className={policyStyles.amount}>
        <span className={policyStyles.symbol} aria-hidden="true">
          {currencySymbol(money)}
        </span>
        <input
          id={id}
          className={policyStyles.amountInput}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      </span>
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

/** The owner's overview: the staff limits in force at each location, its own or the chain's. */
function EveryLocation({ data, current }: { data: Policies; current: string }) {
  const { locations, money } = useConsole()
  const captionId = useId()
  return (
    <section className={styles.card} aria-labelledby={captionId}>
      <div className={styles.cardHead}>
        <h3 id={captionId} className={styles.cardTitle}>
          Staff limits in force, by location
        </h3>
      </div>
      <p className={styles.note}>A location’s own limits, held inside the chain-wide ones: the smaller of each applies.</p>
      <table className={`${styles.table} ${styles.compact}`} aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">Location</th>
            <th scope="col" className={styles.num}>
              Per gesture
            </th>
            <th scope="col" className={styles.num}>
              Daily
            </th>
            <th scope="col" className={styles.num}>
              Per customer
            </th>
            <th scope="col">Limits</th>
          </tr>
        </thead>
        <tbody>
          {locations.map((location) => {
            const override = data.overrides.find((entry) => entry.scope === location.id && entry.policy.role === 'staff')?.policy
            const inForce = effectivePolicy(data.chain.staff, override)
            return (
              <tr key={location.id} aria-current={location.id === current ? 'true' : undefined} className={location.id === current ? policyStyles.currentRow : undefined}>
                <th scope="row">{location.name}</th>
                {LIMIT_FIELDS.map((field) => (
                  <td key={field} className={styles.num}>
                    {formatMoney(inForce[field], money)}
                  </td>
                ))}
                <td>{override ? <span className={styles.pillQuiet}>Own</span> : <span className={`${styles.muted} ${styles.nowrap}`}>Chain-wide</span>}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

/** A manager's read-only view of the owner's chain-wide limits. */
function ChainLimits({ chain }: { chain: Policies['chain'] }) {
  const { money } = useConsole()
  const captionId = useId()
  const types = (policy: EmpowermentPolicy) =>
    policy.allowedTypes.length === ALL_TYPES.length ? 'Everything' : ALL_TYPES.filter((type) => policy.allowedTypes.includes(type)).map((type) => TYPE_WORDS[type]).join(', ')
  return (
    <section className={styles.card} aria-labelledby={captionId}>
      <div className={styles.cardHead}>
        <h3 id={captionId} className={styles.cardTitle}>
          Chain-wide, set by the owner
        </h3>
      </div>
      <p className={styles.note}>Your location’s limits for staff stay inside these. Ask the owner to change them.</p>
      <table className={`${styles.table} ${styles.compact}`} aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">Limit</th>
            <th scope="col" className={styles.num}>
              Staff
            </th>
            <th scope="col" className={styles.num}>
              Managers
            </th>
          </tr>
        </thead>
        <tbody>
          {LIMIT_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{LIMIT_WORDS[field]}</th>
              <td className={styles.num}>{formatMoney(chain.staff[field], money)}</td>
              <td className={styles.num}>{formatMoney(chain.manager[field], money)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{LIMIT_WORDS.allowedTypes}</th>
            <td>{types(chain.staff)}</td>
            <td>{types(chain.manager)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  )
}

interface LivePreviewProps {
  options: { key: string; label: string }[]
  selected: string
  onSelect(key: string): void
  policyFor(key: string): EmpowermentPolicy
}

/** Try a gesture against the limits as they stand in the forms, saved or not, checked in the server's order. */
function LivePreview({ options, selected, onSelect, policyFor }: LivePreviewProps) {
  const { money } = useConsole()
  const titleId = useId()
  const ids = { policy: useId(), type: useId(), value: useId(), spent: useId(), customer: useId() }
  const [type, setType] = useState<GestureType>('comp_item')
  const [value, setValue] = useState(() => moneyInputValue(450, money))
  const [spent, setSpent] = useState(() => moneyInputValue(1_800, money))
  const [customer, setCustomer] = useState('')

  const valueMinor = parseMoneyInput(value, money)
  const spentMinor = parseMoneyInput(spent, money)
  const customerMinor = customer.trim() ? parseMoneyInput(customer, money) : null
  const unreadable = valueMinor === null || spentMinor === null || (customer.trim() !== '' && customerMinor === null)
  const preview = unreadable
    ? null
    : previewSentence({ policy: policyFor(selected), type, valueMinor: valueMinor!, staffTodayMinor: spentMinor!, customerLast30dMinor: customerMinor }, money)

  return (
    <section className={`${styles.card} ${policyStyles.preview}`} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h2 id={titleId} className={policyStyles.sectionTitle}>
          Live preview
        </h2>
        <p className={styles.note}>Reads the limits in the forms above, saved or not.</p>
      </div>
      <div className={policyStyles.previewInputs}>
        <div className={policyStyles.control}>
          <label htmlFor={ids.policy}>Limits of</label>
          <select id={ids.policy} value={selected} onChange={(event) => onSelect(event.target.value)}>
            {options.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className={policyStyles.control}>
          <label htmlFor={ids.type}>What</label>
          <select id={ids.type} value={type} onChange={(event) => setType(event.target.value as GestureType)}>
            {ALL_TYPES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {TYPE_WORDS[candidate]}
              </option>
            ))}
          </select>
        </div>
        <PreviewAmount id={ids.value} label="Value" value={value} onChange={setValue} />
        <PreviewAmount id={ids.spent} label="Already spent today" value={spent} onChange={setSpent} />
        <PreviewAmount id={ids.customer} label="Customer got in 30 days" optional value={customer} onChange={setCustomer} />
      </div>
      <output htmlFor={Object.values(ids).join(' ')} aria-live="polite" className={preview ? (preview.outcome.outcome === 'grant' ? policyStyles.fine : policyStyles.asks) : policyStyles.waiting}>
        {preview ? (
          <>
            {preview.outcome.outcome === 'grant' ? <CircleCheck size={22} aria-hidden="true" /> : <ShieldAlert size={22} aria-hidden="true" />}
            <span>{preview.text}</span>
          </>
        ) : (
          <span>Type the amounts as money, like {moneyInputValue(450, money)}.</span>
        )}
      </output>
    </section>
  )
}

function PreviewAmount({ id, label, value, optional, onChange }: { id: string; label: string; value: string; optional?: boolean; onChange(value: string): void }) {
  const { money } = useConsole()
  const bad = value.trim() !== '' && parseMoneyInput(value, money) === null
  return (
    <div className={policyStyles.control}>
      <label htmlFor={id}>
        {label} {optional && <span className={styles.muted}>(optional)</span>}
      </label>
      <span className={policyStyles.amount}>
        <span className={policyStyles.symbol} aria-hidden="true">
          {currencySymbol(money)}
        </span>
        <input
          id={id}
          className={policyStyles.amountInput}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          placeholder={optional ? moneyInputValue(0, money) : undefined}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={bad ? true : undefined}
        />
      </span>
    </div>
  )
}
