import { useMutation, useQuery } from '@tanstack/react-query'
import { Store } from 'lucide-react'
import { useId, useMemo, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router-dom'
import { call, client, isApiError } from '../../api/client.js'
import { keys, queryClient } from '../../api/queries.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { Field } from '../../ui/field.js'
import ui from '../../ui/ui.module.css'
import { enrol } from '../../ui/enrolment.js'
import styles from './setup.page.module.css'

interface SetupForm {
  businessName: string
  currency: string
  locale: string
  locationName: string
  timeZone: string
  country: string
  ownerFirstName: string
  ownerLastName: string
  pin: string
}

type FieldName = keyof SetupForm

/** This browser's guesses: an owner usually sets up where the café is. */
export function guessDefaults(): Pick<SetupForm, 'currency' | 'locale' | 'timeZone' | 'country'> {
  const locale = navigator.language || 'en-US'
  const region = new Intl.Locale(locale).maximize().region ?? 'US'
  const currencyByRegion: Record<string, string> = { US: 'USD', GB: 'GBP', CA: 'CAD', AU: 'AUD', NZ: 'NZD', JP: 'JPY', CH: 'CHF', IE: 'EUR', FR: 'EUR', DE: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR', BE: 'EUR', PT: 'EUR', AT: 'EUR' }
  return { locale, country: region, currency: currencyByRegion[region] ?? 'USD', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' }
}

const timeZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return []
  }
}

/**
 * The first run: the business, its first location and its owner. On success the owner is signed in, this browser is
 * enrolled as the first counter, and the console opens on the menu, the next thing to set up.
 */
export function SetupPage() {
  const navigate = useNavigate()
  const zonesId = useId()
  const zones = useMemo(timeZones, [])
  const [values, setValues] = useState<SetupForm>(() => ({ businessName: '', locationName: '', ownerFirstName: '', ownerLastName: '', pin: '', ...guessDefaults() }))
  const [pinAgain, setPinAgain] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const setup = useMutation({
    mutationFn: (body: SetupForm) => call(client.POST('/setup', { body })),
    onSuccess: ({ locationId, actor }) => {
      enrol(locationId)
      queryClient.setQueryData(['setup'], { setUp: true })
      queryClient.setQueryData(keys.session, actor)
      void queryClient.invalidateQueries()
      navigate('/console/menu', { replace: true })
    },
  })
  const set = (field: FieldName) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    if (isApiError(setup.error) && setup.error.field === field) setup.reset()
  }

  const status = useQuery({ queryKey: ['setup'], queryFn: ({ signal }) => call(client.GET('/setup', { signal })), staleTime: Infinity })
  const error = setup.error
  const fieldError = (field: FieldName) => (isApiError(error) && error.field === field ? error.detail : undefined)
  const done = (isApiError(error) && error.code === 'setup.already_done') || (status.data?.setUp === true && !setup.isSuccess)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (values.pin !== pinAgain) {
      setMismatch(true)
      return
    }
    setMismatch(false)
    setup.mutate(values)
  }

  return (
    <main className={styles.page}>
      <form className={styles.card} onSubmit={submit} noValidate aria-labelledby="setup-title">
        <header className={styles.head}>
          <Store size={28} aria-hidden="true" />
          <h1 id="setup-title" className={styles.title}>
            Set up Usual
          </h1>
        </header>
        {done ? (
          <p className={styles.lead} role="status">
            This business is already set up. Sign in at the counter with your PIN; staff, locations and the menu are in the console.
          </p>
        ) : (
          <p className={styles.lead}>A few things about your business and you. You can change all of it later in the console.</p>
        )}

        {!done && (
          <>
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Your business</legend>
          <Field label="Business name" value={values.businessName} onChange={set('businessName')} error={fieldError('businessName')} required autoComplete="organization" />
          <div className={styles.row}>
            <Field label="Currency" value={values.currency} onChange={set('currency')} error={fieldError('currency')} required placeholder="USD" maxLength={3} />
            <Field label="Language and region" value={values.locale} onChange={set('locale')} error={fieldError('locale')} required placeholder="en-US" />
          </div>
        </fieldset>

        <fieldset className={styles.group}>
          <legend className={styles.legend}>Your first location</legend>
          <Field label="Location name" value={values.locationName} onChange={set('locationName')} error={fieldError('locationName')} required placeholder="Main St" />
          <div className={styles.row}>
            <Field label="Time zone" value={values.timeZone} onChange={set('timeZone')} error={fieldError('timeZone')} required list={zonesId} placeholder="America/New_York" />
            <Field label="Country" value={values.country} onChange={set('country')} error={fieldError('country')} required placeholder="US" maxLength={2} />
          </div>
          <datalist id={zonesId}>
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </fieldset>

        <fieldset className={styles.group}>
          <legend className={styles.legend}>You, the owner</legend>
          <div className={styles.row}>
            <Field label="First name" value={values.ownerFirstName} onChange={set('ownerFirstName')} error={fieldError('ownerFirstName')} required autoComplete="given-name" />
            <Field label="Last name" optional value={values.ownerLastName} onChange={set('ownerLastName')} error={fieldError('ownerLastName')} autoComplete="family-name" />
          </div>
          <div className={styles.row}>
            <Field label="PIN (6 digits)" type="password" inputMode="numeric" maxLength={6} autoComplete="new-password" value={values.pin} onChange={set('pin')} error={fieldError('pin')} required />
            <Field
              label="PIN again"
              type="password"
              inputMode="numeric"
              maxLength={6}
              autoComplete="new-password"
              value={pinAgain}
              onChange={setPinAgain}
              error={mismatch ? 'The two PINs differ. Type the same 6 digits twice.' : undefined}
              required
            />
          </div>
          <p className={styles.hint}>You sign in at the counter and in the console with this PIN. Keep it to yourself.</p>
        </fieldset>
          </>
        )}

        {error && !Object.keys(values).some((field) => fieldError(field as FieldName)) ? <ErrorMessage error={error} /> : null}
        {done ? (
          <a className={`${ui.button} ${ui.primary}`} href="/counter/lock">
            Go to sign-in
          </a>
        ) : (
          <button type="submit" className={`${ui.button} ${ui.primary}`} disabled={setup.isPending}>
            {setup.isPending ? 'Setting up…' : 'Open my business'}
          </button>
        )}
      </form>
    </main>
  )
}
