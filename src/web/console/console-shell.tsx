import { BellRing, ChartColumn, Coffee, Database, Flag, HandHeart, Inbox, Mail, MapPin, MonitorSmartphone, ScrollText, ShieldCheck, SlidersHorizontal, Stamp, UserRoundSearch, Users, type LucideIcon } from 'lucide-react'
import { Suspense, useId, useMemo, type ReactNode } from 'react'
import { Link, NavLink, Outlet, useLocation, useSearchParams } from 'react-router-dom'
import { useCatalog, useLocations, useSession } from '../api/queries.js'
import type { Actor } from '../api/wire.js'
import { ErrorMessage } from '../ui/error-message.js'
import { SignInNeeded } from '../ui/sign-in-needed.js'
import { OfflineBanner } from '../ui/live-events.js'
import { ConsoleContext, useConsole, type ConsoleScope } from './console-context.js'
import styles from './console.module.css'
import { ThemeSwitch } from '../ui/theme-switch.js'
import { SignedIn } from './ui/signed-in.js'

interface Section {
  path: string
  label: string
  icon: LucideIcon
  ownersOnly?: boolean
}

const SECTIONS: Section[] = [
  { path: '/console/feedback', label: 'Feedback', icon: Inbox },
  { path: '/console/insights', label: 'Insights', icon: ChartColumn },
  { path: '/console/regulars', label: 'Regulars', icon: UserRoundSearch },
  { path: '/console/gestures', label: 'Gestures', icon: HandHeart },
  { path: '/console/policies', label: 'Policies', icon: SlidersHorizontal },
  { path: '/console/menu', label: 'Menu', icon: Coffee },
  { path: '/console/loyalty', label: 'Stamps and perks', icon: Stamp },
  { path: '/console/staff', label: 'Staff', icon: Users },
  { path: '/console/locations', label: 'Locations', icon: MapPin },
  { path: '/console/signals', label: 'Signals', icon: Flag },
  { path: '/console/audit', label: 'Audit log', icon: ScrollText },
  { path: '/console/data', label: 'Data', icon: Database, ownersOnly: true },
  { path: '/console/outbox', label: 'Outbox', icon: Mail, ownersOnly: true },
  { path: '/console/privacy', label: 'Privacy', icon: ShieldCheck, ownersOnly: true },
]

/** The other screens a manager or owner uses, under the console's own pages. */
const ELSEWHERE: Section[] = [
  { path: '/m', label: 'Approvals', icon: BellRing },
  { path: '/counter', label: 'Counter', icon: MonitorSmartphone },
]

/** The console for managers (their location) and owners (any, or all): a top bar, a left nav, and the page. */
export function ConsoleShell() {
  const session = useSession()
  const where = useLocation()
  if (session.isPending) return <div className={styles.screen} aria-busy="true" />
  if (session.isError) return <ErrorMessage error={session.error} />
  if (!session.data || session.data.role === 'staff') return <SignInNeeded actor={session.data ?? null} next={where.pathname} what="Console pages" />
  return <Shell actor={session.data} />
}

function Shell({ actor }: { actor: Actor }) {
  const owner = actor.role === 'owner'
  const [params, setParams] = useSearchParams()
  const locations = useLocations()
  const catalog = useCatalog()
  const switcherId = useId()
  const list = useMemo(() => locations.data ?? [], [locations.data])
  // Owners choose with ?location=<id> (kept across the nav, so a link can be shared); managers see their own.
  const asked = params.get('location') ?? ''
  const locationId = owner ? (list.some((location) => location.id === asked) ? asked : '') : actor.locationId
  const location = list.find((candidate) => candidate.id === locationId)
  const scope: ConsoleScope = {
    actor,
    owner,
    locationId,
    scopeName: location?.name ?? (owner ? 'All locations' : '…'),
    locations: list,
    money: catalog.data ?? { currency: 'USD', locale: 'en-US' },
    timeZone: location?.timeZone ?? actor.timeZone,
  }
  const search = owner && locationId ? `?location=${encodeURIComponent(locationId)}` : ''

  const choose = (id: string) => {
    const next = new URLSearchParams(params)
    if (id) next.set('location', id)
    else next.delete('location')
    setParams(next, { replace: true })
  }

  return (
    <ConsoleContext.Provider value={scope}>
      <div className={styles.screen}>
        <OfflineBanner className={styles.offline} />
        <header className={styles.bar}>
          <div className={styles.barLeft}>
            <span className={styles.brand}>Usual</span>
            {owner ? (
              <span className={styles.switcher}>
                <label htmlFor={switcherId} className="visually-hidden">
                  Location
                </label>
                <select id={switcherId} value={locationId} onChange={(event) => choose(event.target.value)}>
                  <option value="">All locations</option>
                  {list.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              </span>
            ) : (
              <span className={styles.fixedPlace}>{scope.scopeName}</span>
            )}
          </div>
          <SignedIn className={styles.barRight} whoClassName={styles.who} name={`${actor.firstName} (${actor.role})`} />
        </header>
        <div className={styles.layout}>
          <nav className={styles.nav} aria-label="Console">
            <ul>
              {SECTIONS.filter((section) => owner || !section.ownersOnly).map((section) => (
                <li key={section.path}>
                  <NavLink to={{ pathname: section.path, search }} className={({ isActive }) => (isActive ? styles.navCurrent : styles.navLink)}>
                    <section.icon size={20} aria-hidden="true" />
                    {section.label}
                  </NavLink>
                </li>
              ))}
            </ul>
            <ul className={styles.navOther}>
              {ELSEWHERE.map((place) => (
                <li key={place.path}>
                  <Link to={place.path} className={styles.navLink}>
                    <place.icon size={20} aria-hidden="true" />
                    {place.label}
                  </Link>
                </li>
              ))}
            </ul>
            <div className={styles.navTheme}>
              <ThemeSwitch stacked />
            </div>
          </nav>
          <main className={styles.main}>
            <Suspense fallback={<div className={styles.loading} aria-busy="true" />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
      </div>
    </ConsoleContext.Provider>
  )
}

/** An owner's page: the page for an owner; for a manager, why not, and where to go instead. */
export function OwnersOnly({ what, children }: { what: string; children: ReactNode }) {
  const { owner } = useConsole()
  if (owner) return children
  return (
    <section className={styles.notice} aria-labelledby="owners-only">
      <h1 id="owners-only" className={styles.title}>
        {what} are for owners
      </h1>
      <p>Ask the owner, or sign in as them. Insights, regulars, gestures and signals for your location are in the menu.</p>
    </section>
  )
}
