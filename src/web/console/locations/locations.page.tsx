import { useMutation, useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { call, client, fieldProblem, isFormProblem } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import type { Answer, Body } from '../../api/schema.js'
import type { Location } from '../../api/wire.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import ui from '../../ui/ui.module.css'
import { formatDateTime } from '../../format.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import page from './locations.module.css'
import { PageHead } from '../ui/page-head.js'

type Device = Answer<'/devices', 'get'>[number]

const DEVICES = ['devices'] as const
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/** /console/locations: owners open and rename locations; managers and owners see and un-enrol the tablets. */
export function LocationsPage() {
  const { owner, locations, actor } = useConsole()
  const shown = owner ? locations : locations.filter((location) => location.id === actor.locationId)
  const devices = useQuery({ queryKey: DEVICES, queryFn: ({ signal }) => call(client.GET('/devices', { signal })) })

  return (
    <>
      <PageHead
        title="Locations and tablets"
        lead={
          <>
            A tablet enrols at its location the first time someone signs in on it. Un-enrol one that is lost or replaced: everyone on it is signed out, and only a
            manager or an owner can enrol it again.
          </>
        }
      />
      {devices.isError && <ErrorMessage error={devices.error} />}
      <div className={page.list}>
        {shown.map((location) => (
          <LocationCard key={location.id} location={location} devices={(devices.data ?? []).filter((device) => device.locationId === location.id)} />
        ))}
      </div>
      {owner && <AddLocation />}
    </>
  )
}

function LocationCard({ location, devices }: { location: Location; devices: Device[] }) {
  const { owner, money, actor } = useConsole()
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState(location.name)
  const [zone, setZone] = useState(location.timeZone)
  const save = useMutation({
    mutationFn: (body: Body<'/locations/{id}', 'patch'>) => call(client.PATCH('/locations/{id}', { params: { path: { id: location.id } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.locations })
      setEditing(false)
    },
  })
  const unenrol = useMutation({
    mutationFn: (id: string) => call(client.POST('/devices/{id}/unenrol', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DEVICES }),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({ name, timeZone: zone })
  }
  const confirmUnenrol = (device: Device) => {
    if (window.confirm(`Un-enrol ${device.name}? Everyone signed in on it is signed out now.`)) unenrol.mutate(device.id)
  }

  return (
    <section className={styles.card} aria-label={location.name}>
      {editing ? (
        <form className={page.form} onSubmit={submit} aria-label={`Change ${location.name}`}>
          <div className={styles.formRow}>
            <Field label="Name" value={name} onChange={setName} maxLength={60} required error={fieldProblem(save.error, 'name')} />
            <Field label="Time zone" value={zone} onChange={setZone} maxLength={60} required error={fieldProblem(save.error, 'timeZone')} placeholder="America/New_York" />
          </div>
          {isFormProblem(save.error, ['name', 'timeZone']) && <ErrorMessage error={save.error} />}
          <div className={styles.formActions}>
            <button type="submit" className={`${ui.button} ${ui.primary}`} disabled={save.isPending}>
              Save
            </button>
            <button type="button" className={`${ui.button} ${ui.quiet}`} onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className={styles.cardHead}>
          <h2 className={styles.cardTitle}>{location.name}</h2>
          <span className={styles.muted}>{location.timeZone.replace(/_/g, ' ')}</span>
          {owner && (
            <button type="button" className={`${ui.button} ${ui.quiet}`} onClick={() => setEditing(true)} aria-label={`Change ${location.name}`}>
              Change
            </button>
          )}
        </div>
      )}
      <h3 className={page.subhead}>Tablets</h3>
      {unenrol.error && <ErrorMessage error={unenrol.error} />}
      {devices.length === 0 ? (
        <p className={styles.muted}>No tablet enrolled yet. Open Usual on the tablet, pick {location.name}, and sign in.</p>
      ) : (
        <ul className={page.devices}>
          {devices.map((device) => (
            <li key={device.id}>
              <span>
                <strong>{device.name}</strong>
                <small className={styles.muted}>
                  {' '}
                  · last sign-in {formatDateTime(device.lastSeenAt, money.locale, location.timeZone)}
                  {device.enrolledBy === actor.staffId && ' · enrolled by you'}
                </small>
              </span>
              <button type="button" className={`${ui.button} ${ui.quiet}`} disabled={unenrol.isPending} onClick={() => confirmUnenrol(device)} aria-label={`Un-enrol ${device.name}`}>
                Un-enrol
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function AddLocation() {
  const [name, setName] = useState('')
  const [zone, setZone] = useState(browserZone)
  const add = useMutation({
    mutationFn: (body: Body<'/locations', 'post'>) => call(client.POST('/locations', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.locations })
      setName('')
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    add.mutate({ name, timeZone: zone })
  }
  return (
    <form className={styles.formCard} onSubmit={submit} aria-label="Add a location">
      <h2 className={styles.cardTitle}>Add a location</h2>
      <div className={styles.formRow}>
        <Field label="Name" value={name} onChange={setName} maxLength={60} required error={fieldProblem(add.error, 'name')} />
        <Field label="Time zone" value={zone} onChange={setZone} maxLength={60} required error={fieldProblem(add.error, 'timeZone')} placeholder="America/New_York" />
      </div>
      {isFormProblem(add.error, ['name', 'timeZone']) && <ErrorMessage error={add.error} />}
      <div className={styles.formActions}>
        <button type="submit" className={`${ui.button} ${ui.primary}`} disabled={add.isPending}>
          Add location
        </button>
      </div>
    </form>
  )
}
