import { useMutation } from '@tanstack/react-query'
import { MapPin } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { call, client, isApiError } from '../../api/client.js'
import { keys, queryClient, useLocations, useStaff } from '../../api/queries.js'
import type { Location } from '../../api/wire.js'
import { Clock } from '../../ui/clock.js'
import { ErrorMessage } from '../../ui/error-message.js'
import { PIN_LENGTH, PinPad } from '../../ui/pin-pad.js'
import ui from '../../ui/ui.module.css'
import { enrol, enrolledLocationId, unenrol } from '../../ui/enrolment.js'
import styles from './lock.page.module.css'
import { ThemeSwitch } from '../../ui/theme-switch.js'

export interface LockState {
  /** Where to go back to after unlocking: the open card stays open (`?c=`). */
  returnTo?: string
}

/** `?next=/m`: where a manager's phone goes after sign-in (same-origin paths only). */
export function nextPath(search: string): string | null {
  const next = new URLSearchParams(search).get('next')
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null
}

/** The counter's sign-in: enrol the tablet once, then "Who's serving?" and a 6-digit PIN. */
export function LockPage() {
  const [locationId, setLocationId] = useState(enrolledLocationId)
  const locations = useLocations()
  const staff = useStaff(locationId, { fresh: true })
  const location = locations.data?.find((candidate) => candidate.id === locationId)
  const [unenrolled, setUnenrolled] = useState(false)

  const forget = () => {
    unenrol()
    setLocationId(null)
  }
  useEffect(() => {
    const unknown = (locations.data && locationId && !location) || (isApiError(staff.error) && staff.error.status === 404)
    if (unknown) forget()
  }, [locations.data, locationId, location, staff.error])

  return (
    <div className={styles.screen}>
      <header className={styles.bar}>
        <span className={styles.brand}>
          Usual{location && <span className={styles.place}> · {location.name}</span>}
        </span>
        {location && <Clock timeZone={location.timeZone} />}
      </header>
      <main className={styles.main}>
        {locationId === null ? (
          <EnrolPicker
            locations={locations.data}
            error={locations.error}
            unenrolled={unenrolled}
            onPick={(picked) => {
              enrol(picked.id)
              setLocationId(picked.id)
            }}
          />
        ) : staff.error && !isApiError(staff.error) ? (
          <ErrorMessage error={staff.error} />
        ) : (
          <SignIn
            locationId={locationId}
            staff={staff.data}
            staffError={staff.error}
            onChangeLocation={forget}
            onUnenrolled={() => {
              setUnenrolled(true)
              forget()
            }}
            locationName={location?.name}
          />
        )}
        <div className={styles.theme}>
          <ThemeSwitch />
        </div>
      </main>
    </div>
  )
}

function EnrolPicker({ locations, error, unenrolled, onPick }: { locations: Location[] | undefined; error: unknown; unenrolled: boolean; onPick(location: Location): void }) {
  return (
    <section className={styles.section} aria-labelledby="enrol-title">
      <h1 id="enrol-title" className={styles.title}>
        Enrol this tablet
      </h1>
      <p className={styles.lead}>Which location is this counter at? A manager does this once per tablet.</p>
      {unenrolled && (
        <ErrorMessage error={new Error('This tablet was un-enrolled in the console. A manager or an owner enrols it again: pick the location, then sign in.')} />
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <div className={styles.choices}>
        {locations?.map((location) => (
          <button key={location.id} type="button" className={styles.choice} onClick={() => onPick(location)}>
            <MapPin size={24} aria-hidden="true" />
            {location.name}
          </button>
        ))}
      </div>
    </section>
  )
}

interface SignInProps {
  locationId: string
  locationName: string | undefined
  staff: { id: string; firstName: string; codePending?: boolean }[] | undefined
  staffError: unknown
  onChangeLocation(): void
  /** The server says this tablet was un-enrolled: it forgets its location. */
  onUnenrolled(): void
}

function SignIn({ locationId, locationName, staff, staffError, onChangeLocation, onUnenrolled }: SignInProps) {
  const navigate = useNavigate()
  const routerLocation = useLocation()
  const [staffId, setStaffId] = useState<string | null>(null)
  const [digits, setDigits] = useState('')
  // After "Add" or "Reset PIN": the one-time code, then a new PIN typed twice.
  const [step, setStep] = useState<'pin' | 'new' | 'again'>('pin')
  const [code, setCode] = useState('')
  const [newPin, setNewPin] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const person = staff?.find((member) => member.id === staffId)

  const signIn = useMutation({
    mutationFn: (body: { pin: string; newPin?: string }) => call(client.POST('/session', { body: { locationId, staffId: staffId ?? '', ...body } })),
    onSuccess: ({ actor }, body) => {
      queryClient.setQueryData(keys.session, actor)
      if (body.newPin !== undefined) void queryClient.invalidateQueries({ queryKey: keys.staff(locationId) })
      const returnTo = (routerLocation.state as LockState | null)?.returnTo ?? ''
      navigate(nextPath(routerLocation.search) ?? `/counter${returnTo}`, { replace: true })
    },
    onError: (error, body) => {
      setDigits('')
      const reason = isApiError(error) ? error.code : ''
      if (reason === 'device.unenrolled') {
        onUnenrolled()
      } else if (reason === 'auth.new_pin_required') {
        setCode(body.pin)
        setStep('new')
        signIn.reset()
      } else if (body.newPin !== undefined) {
        setStep(reason === 'auth.code_expired' || reason === 'auth.wrong_pin' ? 'pin' : 'new')
      }
    },
  })
  const locked = isApiError(signIn.error) && signIn.error.code === 'auth.locked'

  const choose = (id: string | null) => {
    setStaffId(id)
    setDigits('')
    setStep('pin')
    setMismatch(false)
    signIn.reset()
  }
  const type = (next: string) => {
    setDigits(next)
    if (next.length > 0 && signIn.isError && !locked) signIn.reset()
    if (next.length > 0) setMismatch(false)
    if (next.length < PIN_LENGTH) return
    setDigits('')
    if (step === 'pin') {
      setDigits(next)
      signIn.mutate({ pin: next })
    } else if (step === 'new') {
      setNewPin(next)
      setStep('again')
    } else if (next === newPin) {
      setDigits(next)
      signIn.mutate({ pin: code, newPin })
    } else {
      setMismatch(true)
      setStep('new')
    }
  }
  const prompt = !person
    ? ''
    : step === 'new'
      ? `${person.firstName}, choose your own PIN`
      : step === 'again'
        ? 'Type your new PIN again'
        : person.codePending
          ? `${person.firstName}, type the code from your manager`
          : `${person.firstName}, enter your PIN`

  return (
    <section className={styles.section} aria-labelledby="who-title">
      <h1 id="who-title" className={styles.title}>
        Who’s serving?
      </h1>
      {staffError ? <ErrorMessage error={staffError} /> : null}
      <div className={styles.names}>
        {staff?.map((member) => (
          <button
            key={member.id}
            type="button"
            className={member.id === staffId ? styles.nameChosen : styles.name}
            aria-pressed={member.id === staffId}
            onClick={() => choose(member.id === staffId ? null : member.id)}
          >
            {member.firstName}
          </button>
        ))}
      </div>
      {person ? (
        <>
          <PinPad
            name={person.firstName}
            prompt={prompt}
            digits={digits}
            disabled={signIn.isPending || locked}
            onChange={type}
            onNotMe={() => choose(null)}
          />
          <div className={styles.feedback}>
            {signIn.error ? <ErrorMessage error={signIn.error} /> : mismatch ? <ErrorMessage error={new Error('The two PINs were not the same. Choose your new PIN again.')} /> : null}
          </div>
        </>
      ) : (
        <p className={styles.lead}>Tap your name, then enter your PIN.</p>
      )}
      <button type="button" className={`${ui.quiet} ${styles.change}`} onClick={onChangeLocation}>
        Not {locationName ?? 'this location'}? Change location
      </button>
    </section>
  )
}
