import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, StrictMode, Suspense, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { useQuery } from '@tanstack/react-query'
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom'
import { call, client } from './api/client.js'
import { queryClient, useCatalog, useSession } from './api/queries.js'
import { ErrorBoundary } from './ui/error-boundary.js'
import { ToastProvider } from './ui/toast.js'
import { GestureRequestsProvider } from './counter/gestures/gesture-requests.js'
import { LiveEventsProvider } from './ui/live-events.js'
import { OrderProvider } from './counter/order/order-context.js'
import { CounterPage } from './counter/counter.page.js'
import { LockPage } from './counter/lock/lock.page.js'
import { NotFoundPage } from './counter/not-found.page.js'
import { SetupPage } from './console/setup/setup.page.js'

// The counter loads first and fast; the manager's phone and the console come when visited.
const ManagerPage = lazy(() => import('./manager/manager.page.js').then((module) => ({ default: module.ManagerPage })))
const ConsoleShell = lazy(() => import('./console/console-shell.js').then((module) => ({ default: module.ConsoleShell })))
const GestureLogPage = lazy(() => import('./console/gestures/gesture-log.page.js').then((module) => ({ default: module.GestureLogPage })))
const InsightsPage = lazy(() => import('./console/insights/insights.page.js').then((module) => ({ default: module.InsightsPage })))
const RegularsPage = lazy(() => import('./console/insights/regulars.page.js').then((module) => ({ default: module.RegularsPage })))
const SignalsPage = lazy(() => import('./console/insights/signals.page.js').then((module) => ({ default: module.SignalsPage })))
const DataPage = lazy(() => import('./console/data/data.page.js').then((module) => ({ default: module.DataPage })))
const OutboxPage = lazy(() => import('./console/outbox/outbox.page.js').then((module) => ({ default: module.OutboxPage })))
const FeedbackPage = lazy(() => import('./console/feedback/feedback.page.js').then((module) => ({ default: module.FeedbackPage })))
const PrivacyPage = lazy(() => import('./console/privacy/privacy.page.js').then((module) => ({ default: module.PrivacyPage })))
const PoliciesPage = lazy(() => import('./console/policies/policies.page.js').then((module) => ({ default: module.PoliciesPage })))
const MenuPage = lazy(() => import('./console/menu/menu.page.js').then((module) => ({ default: module.MenuPage })))
const LoyaltyPage = lazy(() => import('./console/loyalty/loyalty.page.js').then((module) => ({ default: module.LoyaltyPage })))
const AuditPage = lazy(() => import('./console/audit/audit.page.js').then((module) => ({ default: module.AuditPage })))
const StaffPage = lazy(() => import('./console/staff/staff.page.js').then((module) => ({ default: module.StaffPage })))
const LocationsPage = lazy(() => import('./console/locations/locations.page.js').then((module) => ({ default: module.LocationsPage })))

/** Live updates and approval answers follow whoever is signed in on this tab. */
function Signed({ children }: { children: ReactNode }) {
  const session = useSession()
  const actor = session.data ?? null
  const catalog = useCatalog(actor !== null)
  return (
    <LiveEventsProvider identity={actor?.staffId ?? null}>
      <GestureRequestsProvider actor={actor} money={catalog.data}>
        {children}
      </GestureRequestsProvider>
    </LiveEventsProvider>
  )
}

/** Until the first run is done every page is the setup page (which itself says when it is done). */
function SetupGate({ children }: { children: ReactNode }) {
  const here = useLocation().pathname
  const setup = useQuery({ queryKey: ['setup'], queryFn: ({ signal }) => call(client.GET('/setup', { signal })), staleTime: Infinity })
  if (setup.data === undefined) return setup.isError ? children : null
  if (!setup.data.setUp && here !== '/setup') return <Navigate to="/setup" replace />
  return children
}

/** The signed-in app: counter, manager's phone and console. */
export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <OrderProvider>
            <ToastProvider>
              <Signed>
                <BrowserRouter>
                  <SetupGate>
                    <Suspense fallback={null}>
                      <Routes>
                        <Route path="/setup" element={<SetupPage />} />
                        <Route path="/" element={<Navigate to="/counter" replace />} />
                        <Route path="/counter" element={<CounterPage />} />
                        <Route path="/counter/lock" element={<LockPage />} />
                        <Route path="/m" element={<ManagerPage />} />
                        <Route path="/m/approvals/:id" element={<ManagerPage />} />
                        <Route path="/console" element={<ConsoleShell />}>
                          <Route index element={<Navigate to="/console/insights" replace />} />
                          <Route path="feedback" element={<FeedbackPage />} />
                          <Route path="insights" element={<InsightsPage />} />
                          <Route path="regulars" element={<RegularsPage />} />
                          <Route path="gestures" element={<GestureLogPage />} />
                          <Route path="policies" element={<PoliciesPage />} />
                          <Route path="signals" element={<SignalsPage />} />
                          <Route path="data" element={<DataPage />} />
                          <Route path="outbox" element={<OutboxPage />} />
                          <Route path="privacy" element={<PrivacyPage />} />
                          <Route path="menu" element={<MenuPage />} />
                          <Route path="loyalty" element={<LoyaltyPage />} />
                          <Route path="audit" element={<AuditPage />} />
                          <Route path="staff" element={<StaffPage />} />
                          <Route path="locations" element={<LocationsPage />} />
                          <Route path="*" element={<Navigate to="/console/insights" replace />} />
                        </Route>
                        <Route path="*" element={<NotFoundPage />} />
                      </Routes>
                    </Suspense>
                  </SetupGate>
                </BrowserRouter>
              </Signed>
            </ToastProvider>
          </OrderProvider>
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  )
}
