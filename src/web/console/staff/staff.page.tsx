import { useMutation, useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { call, client, fieldProblem, isFormProblem } from '../../api/client.js'
import type { Answer, Body } from '../../api/schema.js'
import { queryClient } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import ui from '../../ui/ui.module.css'
import { formatDateTime } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import page from './staff.module.css'
import { Table } from '../ui/table.js'
import { PageHead } from '../ui/page-head.js'
import { Loaded } from '../ui/loaded.js'

type Member = Answer<'/staff', 'get'>[number]
type Role = Member['role']
type PinCode = Answer<'/staff/{id}/pin-reset', 'post'>
type Action = 'deactivate' | 'reactivate' | 'pin-reset'

const KEY = ['staff'] as const
const ROLE_WORDS: Record<Role, string> = { staff: 'Staff', manager: 'Manager', owner: 'Owner' }
const refresh = () => queryClient.invalidateQueries({ queryKey: KEY })
const fullName = (member: Member) => `${member.firstName} ${member.lastName}`.trim()

/** /console/staff: owners manage everyone, managers the staff of their location. PINs are chosen by the person. */
export function StaffPage() {
  const { owner, actor } = useConsole()
  const list = useQuery({ queryKey: KEY, queryFn: ({ signal }) => call(client.GET('/staff', { signal })) })
  const [shown, setShown] = useState<{ name: string; pinCode: PinCode } | null>(null)

  return (
    <>
      <PageHead
        title="Staff"
        lead={
          <>
            {owner ? 'Everyone who serves at your counters.' : 'The people who serve at your location.'} New people and reset PINs get a one-time code; the person types it at
            the counter and chooses their own PIN, so nobody else ever knows it.
          </>
        }
      />
      {shown && <CodeCard name={shown.name} pinCode={shown.pinCode} onDone={() => setShown(null)} />}
      <AddPerson onAdded={(member, pinCode) => setShown({ name: member.firstName, pinCode })} />
      <Loaded query={list} loading="Loading staff">
        {(data) => (
          <People members={data} me={actor.staffId} onCode={(member, pinCode) => setShown({ name: member.firstName, pinCode })} />
        )}
      </Loaded>
    </>
  )
}

function CodeCard({ name, pinCode, onDone }: { name: string; pinCode: PinCode; onDone(): void }) {
  const { money, timeZone } = useConsole()
  return (
    <section className={page.code} aria-label={`One-time code for ${name}`} role="status">
      <p>
        <strong>{name}’s one-time code</strong>
      </p>
      <p className={page.digits}>{pinCode.code}</p>
      <p>
        Read it to {name}: “At the counter, tap your name and type this code, then choose your own PIN.” It works once, until{' '}
        {formatDateTime(pinCode.expiresAt, money.locale, timeZone)}.
      </p>
      <button type="button" className={`${ui.button} ${ui.quiet}`} onClick={onDone}>
        Done
      </button>
    </section>
  )
}

function AddPerson({ onAdded }: { onAdded(member: Member, pinCode: PinCode): void }) {
  const { owner, locations, actor, locationId } = useConsole()
  const roleId = useId()
  const placeId = useId()
  const [firstName, setFirstName] = useState('')
  const [lastName, setLastName] = useState('')
  const [role, setRole] = useState<Role>('staff')
  const [home, setHome] = useState(locationId || actor.locationId)
  const add = useMutation({
    mutationFn: (body: Body<'/staff', 'post'>) => call(client.POST('/staff', { body })),
    onSuccess: async ({ member, pinCode }) => {
      await refresh()
      setFirstName('')
      setLastName('')
      onAdded(member, pinCode)
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    add.mutate({ firstName, lastName, role, homeLocationId: owner ? home : actor.locationId })
  }

  return (
    <form className={styles.formCard} onSubmit={submit} aria-label="Add a person">
      <h2 className={styles.cardTitle}>Add a person</h2>
      <div className={styles.formRow}>
        <Field label="First name" value={firstName} onChange={setFirstName} maxLength={40} required error={fieldProblem(add.error, 'firstName')} />
        <Field label="Last name" value={lastName} onChange={setLastName} maxLength={40} optional error={fieldProblem(add.error, 'lastName')} />
        <div className={ui.field}>
          <label className={ui.label} htmlFor={roleId}>
            Role
          </label>
          <select id={roleId} className={ui.input} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            <option value="staff">Staff</option>
            {owner && <option value="manager">Manager</option>}
            {owner && <option value="owner">Owner</option>}
          </select>
        </div>
        {owner && (
          <div className={ui.field}>
            <label className={ui.label} htmlFor={placeId}>
              Works at
            </label>
            <select id={placeId} className={ui.input} value={home} onChange={(event) => setHome(event.target.value)}>
              {locations.map((location) => (
                <option key={location.id} value={location.id}>
                  {location.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {isFormProblem(add.error, ['firstName', 'lastName']) && <ErrorMessage error={add.error} />}
      <div>
        <button type="submit" className={`${ui.button} ${ui.primary}`} disabled={add.isPending}>
          Add and get their code
        </button>
      </div>
    </form>
  )
}

function People({ members, me, onCode }: { members: Member[]; me: string; onCode(member: Member, pinCode: PinCode): void }) {
  const { owner, locations } = useConsole()
  const tableId = useId()
  const act = useMutation({
    mutationFn: async ({ member, action }: { member: Member; action: Action }) => {
      const path = { params: { path: { id: member.id } } }
      if (action !== 'pin-reset') await call(client.POST(action === 'deactivate' ? '/staff/{id}/deactivate' : '/staff/{id}/reactivate', path))
      else onCode(member, await call(client.POST('/staff/{id}/pin-reset', path)))
    },
    onSettled: refresh,
  })
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body<'/staff/{id}', 'patch'> }) => call(client.PATCH('/staff/{id}', { params: { path: { id } }, body })),
    onSettled: refresh,
  })
  const place = (id: string) => locations.find((location) => location.id === id)?.name ?? '—'
  const sorted = [...members].sort((a, b) => Number(b.active) - Number(a.active) || a.firstName.localeCompare(b.firstName))

  return (
    <section className={page.people} aria-labelledby={tableId}>
      <h2 id={tableId} className={styles.cardTitle}>
        People
      </h2>
      {(act.error || change.error) && <ErrorMessage error={act.error ?? change.error} />}
      <Table
        scroll
        rows={sorted}
        rowKey={(member) => member.id}
        rowClassName={(member) => (member.active ? undefined : styles.muted)}
        columns={[
          {
            head: 'Name',
            rowHead: true,
            cell: (member) => (
              <>
                {fullName(member)}
                {member.id === me && <span className={styles.muted}> (you)</span>}
              </>
            ),
          },
          {
            head: 'Role',
            cell: (member) =>
              owner && member.active ? (
                <select
                  className={page.inline}
                  aria-label={`${fullName(member)}’s role`}
                  value={member.role}
                  disabled={change.isPending}
                  onChange={(event) => change.mutate({ id: member.id, body: { role: event.target.value as Role } })}
                >
                  {(['staff', 'manager', 'owner'] as const).map((role) => (
                    <option key={role} value={role}>
                      {ROLE_WORDS[role]}
                    </option>
                  ))}
                </select>
              ) : (
                ROLE_WORDS[member.role]
              ),
          },
          {
            head: 'Works at',
            cell: (member) =>
              owner && member.active && locations.length > 1 ? (
                <select
                  className={page.inline}
                  aria-label={`Where ${fullName(member)} works`}
                  value={member.homeLocationId}
                  disabled={change.isPending}
                  onChange={(event) => change.mutate({ id: member.id, body: { homeLocationId: event.target.value } })}
                >
                  {locations.map((location) => (
                    <option key={location.id} value={location.id}>
                      {location.name}
                    </option>
                  ))}
                </select>
              ) : (
                place(member.homeLocationId)
              ),
          },
          {
            head: 'Status',
            cell: (member) =>
              !member.active ? (
                <span className={`${styles.pill} ${styles.pillQuiet}`}>Deactivated</span>
              ) : member.pinPending ? (
                <span className={`${styles.pill} ${styles.pillWarn}`}>Waiting for their PIN</span>
              ) : (
                <span className={`${styles.pill} ${styles.pillOk}`}>Active</span>
              ),
          },
          { head: 'Change', className: styles.nowrap, cell: (member) => <Actions member={member} me={me} busy={act.isPending} onAct={(action) => act.mutate({ member, action })} /> },
        ]}
      />
    </section>
  )
}

/** What an owner, or a manager for their staff, may do to a person: reset their PIN and deactivate them, or bring them back. */
function Actions({ member, me, busy, onAct }: { member: Member; me: string; busy: boolean; onAct(action: Action): void }) {
  const { owner } = useConsole()
  const name = fullName(member)
  if (!owner && (member.role !== 'staff' || member.id === me)) return null
  const button = (action: Action, text: string, label: string, ask?: string) => (
    <button type="button" className={`${ui.button} ${ui.quiet}`} disabled={busy} onClick={() => (!ask || window.confirm(ask)) && onAct(action)} aria-label={label}>
      {text}
    </button>
  )
  if (!member.active) return button('reactivate', 'Reactivate', `Reactivate ${name}`)
  return (
    <>
      {button('pin-reset', 'Reset PIN', `Reset ${name}’s PIN`, `Reset ${member.firstName}’s PIN? The old one stops working now.`)}{' '}
      {member.id !== me && button('deactivate', 'Deactivate', `Deactivate ${name}`, `Deactivate ${member.firstName}? They can no longer sign in; their history stays.`)}
    </>
  )
}
