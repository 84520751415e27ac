import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent, type ReactNode } from 'react'
import { call, client, fieldProblem, isFormProblem } from '../../api/client.js'
import { queryClient, useCatalog } from '../../api/queries.js'
import type { Tier } from '../../api/wire.js'
import type { Answer } from '../../api/schema.js'

type StampProgramme = Answer<'/stamp-programme', 'get'>
type TierSettings = Answer<'/tier-settings', 'get'>
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import { TIER_WORDS } from '../../ui/tier-badge.js'
import ui from '../../ui/ui.module.css'
import { MoneyField, MoneyInput } from '../../ui/money-input.js'
import { Table } from '../ui/table.js'
import { useConsole } from '../console-context.js'
import styles from '../console.module.css'
import { PageHead } from '../ui/page-head.js'

const PROGRAMME = ['stamp-programme'] as const
const TIERS_KEY = ['tier-settings'] as const
const TIERS: Tier[] = ['new', 'occasional', 'regular', 'vip']

/** /console/loyalty: the stamp card and what each tier gets. Owners change them; managers read them. */
export function LoyaltyPage() {
  const programme = useQuery({ queryKey: PROGRAMME, queryFn: ({ signal }) => call(client.GET('/stamp-programme', { signal })) })
  const tiers = useQuery({ queryKey: TIERS_KEY, queryFn: ({ signal }) => call(client.GET('/tier-settings', { signal })) })
  return (
    <>
      <PageHead
        title="Stamps and perks"
        lead={
          <>
            A full card gives a reward; each stamp expires on its own date, and changing the card never changes stamps already given. Tiers decide who may run a tab at
            the counter, and up to how much.
          </>
        }
      />
      {programme.error ? <ErrorMessage error={programme.error} /> : null}
      {programme.data && <ProgrammeForm programme={programme.data} />}
      {tiers.error ? <ErrorMessage error={tiers.error} /> : null}
      {tiers.data && <TiersForm settings={tiers.data} />}
    </>
  )
}

type Text<T> = { [K in keyof T]: string }

function ProgrammeForm({ programme }: { programme: StampProgramme }) {
  const { owner, money } = useConsole()
  const catalog = useCatalog()
  const [active, setActive] = useState(programme.active)
  const [earnRule, setEarnRule] = useState(programme.earnRule)
  const [items, setItems] = useState<string[]>(programme.qualifyingItemIds)
  const initial = (p: StampProgramme): Text<Pick<StampProgramme, 'stampsRequired' | 'reward' | 'expiryDays' | 'maxEarnsPerDay' | 'minMinutesBetweenEarns'>> => ({
    stampsRequired: String(p.stampsRequired),
    reward: p.reward,
    expiryDays: String(p.expiryDays),
    maxEarnsPerDay: String(p.maxEarnsPerDay),
    minMinutesBetweenEarns: String(p.minMinutesBetweenEarns),
  })
  const [text, setText] = useState(() => initial(programme))
  const [rewardValueMinor, setRewardValueMinor] = useState<number | null>(programme.rewardValueMinor)
  useEffect(() => {
    setText(initial(programme))
    setRewardValueMinor(programme.rewardValueMinor)
  }, [programme]) // eslint-disable-line react-hooks/exhaustive-deps
  const set = (field: keyof typeof text) => (value: string) => setText((current) => ({ ...current, [field]: value }))
  const save = useMutation({
    mutationFn: (body: Omit<StampProgramme, 'version'>) => call(client.PUT('/stamp-programme', { body })),
    onSuccess: (saved) => queryClient.setQueryData(PROGRAMME, saved),
  })
  const [valueError, setValueError] = useState<string | undefined>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setValueError(rewardValueMinor === null ? 'Type an amount, like 4.50.' : undefined)
    if (rewardValueMinor === null) return
    save.mutate({
      active,
      earnRule,
      qualifyingItemIds: items,
      stampsRequired: Number(text.stampsRequired),
      reward: text.reward,
      rewardValueMinor,
      expiryDays: Number(text.expiryDays),
      maxEarnsPerDay: Number(text.maxEarnsPerDay),
      minMinutesBetweenEarns: Number(text.minMinutesBetweenEarns),
    })
  }
  const number = (field: string) => fieldProblem(save.error, field)
  return (
    <section className={styles.formCard} aria-label="Stamp card">
      <h2 className={styles.sectionTitle}>Stamp card {programme.version > 0 && <span className={styles.meta}>(version {programme.version})</span>}</h2>
      <form onSubmit={submit} aria-label="Stamp card">
        <fieldset disabled={!owner} className={styles.formRow}>
          <label className={styles.check}>
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} /> Stamp cards are on
          </label>
          <label className={ui.field}>
            <span className={ui.label}>Earn</span>
            <select className={ui.input} value={earnRule} onChange={(event) => setEarnRule(event.target.value as StampProgramme['earnRule'])}>
              <option value="visit">One stamp per visit</option>
              <option value="item">One stamp per item</option>
            </select>
          </label>
          <Field label="Stamps for a reward" value={text.stampsRequired} onChange={set('stampsRequired')} inputMode="numeric" required error={number('stampsRequired')} />
          <Field label="The reward" value={text.reward} onChange={set('reward')} maxLength={60} required error={number('reward')} placeholder="any drink free" />
          <MoneyField label="What the reward costs you" money={money} valueMinor={rewardValueMinor} onChange={setRewardValueMinor} error={valueError ?? number('rewardValueMinor')} />
          <Field label="A stamp expires after (days)" value={text.expiryDays} onChange={set('expiryDays')} inputMode="numeric" required error={number('expiryDays')} />
          <Field label="Earns per customer per day" value={text.maxEarnsPerDay} onChange={set('maxEarnsPerDay')} inputMode="numeric" required error={number('maxEarnsPerDay')} />
          <Field label="Minutes between earns" value={text.minMinutesBetweenEarns} onChange={set('minMinutesBetweenEarns')} inputMode="numeric" required error={number('minMinutesBetweenEarns')} />
        </fieldset>
        <fieldset disabled={!owner}>
          <legend className={ui.label}>Items that earn (none ticked: every item)</legend>
          <div className={styles.formRow}>
            {(catalog.data?.items ?? []).map((item) => (
              <label key={item.id} className={styles.check}>
                <input
                  type="checkbox"
                  checked={items.includes(item.id)}
                  onChange={(event) => setItems((current) => (event.target.checked ? [...current, item.id] : current.filter((id) => id !== item.id)))}
                />{' '}
                {item.name}
              </label>
            ))}
          </div>
        </fieldset>
        {isFormProblem(save.error, ['stampsRequired', 'reward', 'rewardValueMinor', 'expiryDays', 'maxEarnsPerDay', 'minMinutesBetweenEarns']) && <ErrorMessage error={save.error} />}
        <SaveButton save={save}>Save the stamp card</SaveButton>
      </form>
    </section>
  )
}

function TiersForm({ settings }: { settings: TierSettings }) {
  const { owner, money } = useConsole()
  const [thresholds, setThresholds] = useState(() => ({ occasional: String(settings.thresholds.occasional), regular: String(settings.thresholds.regular), vip: String(settings.thresholds.vip) }))
  // An amount is null while what is typed does not read as money.
  const [perks, setPerks] = useState<Record<Tier, Perk>>(settings.perks)
  const setPerk = (tier: Tier, perk: Partial<Perk>) => setPerks((current) => ({ ...current, [tier]: { ...current[tier], ...perk } }))
  const save = useMutation({
    mutationFn: (body: TierSettings) => call(client.PUT('/tier-settings', { body })),
    onSuccess: (saved) => queryClient.setQueryData(TIERS_KEY, saved),
  })
  const [typo, setTypo] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const bad = TIERS.find((tier) => perks[tier].tabLimitMinor === null || perks[tier].welcomeBackMinor === null)
    setTypo(bad ? `Type amounts like 30.00 for ${TIER_WORDS[bad]}.` : null)
    if (bad) return
    save.mutate({
      thresholds: { occasional: Number(thresholds.occasional), regular: Number(thresholds.regular), vip: Number(thresholds.vip) },
      perks: Object.fromEntries(TIERS.map((tier) => [tier, { ...perks[tier], tabLimitMinor: perks[tier].tabLimitMinor!, welcomeBackMinor: perks[tier].welcomeBackMinor! }])) as TierSettings['perks'],
    })
  }
  return (
    <section className={styles.formCard} aria-label="Tiers and perks">
      <h2 className={styles.sectionTitle}>Tiers and perks</h2>
      <form onSubmit={submit} aria-label="Tiers and perks">
        <fieldset disabled={!owner} className={styles.formRow}>
          {(['occasional', 'regular', 'vip'] as const).map((tier) => (
            <Field
              key={tier}
              label={`${TIER_WORDS[tier]}: visits in 90 days`}
              value={thresholds[tier]}
              onChange={(value) => setThresholds((current) => ({ ...current, [tier]: value }))}
              inputMode="numeric"
              required
              error={tier === 'occasional' ? fieldProblem(save.error, 'thresholds') : undefined}
            />
          ))}
        </fieldset>
        <fieldset disabled={!owner}>
          <Table
            rows={TIERS}
            rowKey={(tier) => tier}
            columns={[
              { head: 'Tier', rowHead: true, cell: (tier) => TIER_WORDS[tier] },
              {
                head: 'Tab at the counter up to',
                cell: (tier) => <MoneyInput label={`${TIER_WORDS[tier]} tab limit`} money={money} valueMinor={perks[tier].tabLimitMinor} onChange={(tabLimitMinor) => setPerk(tier, { tabLimitMinor })} />,
              },
              {
                head: 'Birthday reward',
                cell: (tier) => (
                  <input type="checkbox" aria-label={`${TIER_WORDS[tier]} birthday reward`} checked={perks[tier].birthdayReward} onChange={(event) => setPerk(tier, { birthdayReward: event.target.checked })} />
                ),
              },
              {
                head: 'Welcome-back gesture up to',
                cell: (tier) => <MoneyInput label={`${TIER_WORDS[tier]} welcome-back`} money={money} valueMinor={perks[tier].welcomeBackMinor} onChange={(welcomeBackMinor) => setPerk(tier, { welcomeBackMinor })} />,
              },
            ]}
          />
        </fieldset>
        {typo && <p className={ui.fieldError}>{typo}</p>}
        {isFormProblem(save.error, ['thresholds']) && <ErrorMessage error={save.error} />}
        <SaveButton save={save}>Save tiers and perks</SaveButton>
      </form>
    </section>
  )
}

type Perk = { tabLimitMinor: number | null; welcomeBackMinor: number | null; birthdayReward: boolean }

/** An owner's save button for a form, and "Saved." once it has. Managers only read these settings. */
function SaveButton({ save, children }: { save: { isPending: boolean; isSuccess: boolean }; children: ReactNode }) {
  const { owner } = useConsole()
  if (!owner) return null
  return (
    <div className={styles.formActions}>
      <button type="submit" className={ui.primary} disabled={save.isPending}>
        {children}
      </button>
      {save.isSuccess && <span role="status">Saved.</span>}
    </div>
  )
}
