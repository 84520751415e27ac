import { useId, useState } from 'react'
import type { EmpowermentPolicy, Policies } from '../../api/wire.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import policyStyles from './policies.module.css'
import { effectivePolicy } from '../../../domain/browser.js'
import { LivePreview } from './live-preview.js'
import { type Draft, type EditableRole, type Slot, readDraft, sameDraft, slotKey, slotOf, toDraft } from './policy-draft.js'
import { PolicyForm } from './policy-form.js'
import { ChainLimits, EveryLocation } from './policy-tables.js'

export function PolicyEditor({ data }: { data: Policies }) {
  const { actor, owner, locations, locationId: consoleLocation } = useConsole()
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
  const draftOf = (slot: Slot) => drafts[slotKey(slot)] ?? toDraft(savedOf(slot))
  const setDraft = (slot: Slot) => (draft: Draft | null) => {
    const key = slotKey(slot)
    setDrafts((current) => {
      const next = { ...current }
      if (draft && !sameDraft(draft, toDraft(savedOf(slot)))) next[key] = draft
      else delete next[key]
      return next
    })
    if (draft) setPreviewKey(key)
  }

  const chainNow = (role: EditableRole) => readDraft(draftOf({ scope: 'chain', role }), data.chain[role])
  const policyFor = (key: string): EmpowermentPolicy => {
    const slot = slotOf(key)
    if (slot.scope === 'chain') return chainNow(slot.role)
    const draft = drafts[key]
    const override = draft ? readDraft(draft, savedOf(slot)) : overrideOf(slot)
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
