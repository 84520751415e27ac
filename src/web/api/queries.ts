import { MutationCache, QueryCache, QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api, isApiError } from './client.js'
import type {
  Actor,
  Budget,
  Catalog,
  FeedbackRow,
  FeedbackTask,
  GestureFilter,
  GestureLog,
  GoodwillReport,
  GreetingCard,
  InsightsOverview,
  KudosNews,
  Lapsing,
  Location,
  OutboxEmail,
  Policies,
  StaffName,
  StaffSignals,
} from './types.js'

/** A session that ended elsewhere (expired, revoked) sends the counter back to its lock screen. */
const onError = (error: unknown) => {
  if (isApiError(error) && error.code === 'auth.signed_out') queryClient.setQueryData(keys.session, null)
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // A 4xx will not change on retry; only network trouble and 5xx are worth another go.
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
})

export const keys = {
  session: ['session'] as const,
  locations: ['locations'] as const,
  staff: (locationId: string) => ['locations', locationId, 'staff'] as const,
  catalog: ['catalog'] as const,
  card: (customerId: string) => ['customers', customerId, 'card'] as const,
  policies: ['policies'] as const,
  /** Every gesture list (log, approvals) starts with this, so one live event refreshes them all. */
  gestures: ['gestures'] as const,
  gestureLog: (filter: GestureFilter) => ['gestures', 'log', filter] as const,
  gesture: (id: string) => ['gestures', 'one', id] as const,
  budgets: (locationId: string) => ['budgets', locationId] as const,
  /** Every insight starts with this, so a refit of the visit model refreshes them all. */
  insights: ['insights'] as const,
  overview: (locationId: string) => ['insights', 'overview', locationId] as const,
  goodwill: (locationId: string, from: string, to: string, window: number) => ['insights', 'goodwill', locationId, from, to, window] as const,
  lapsing: (locationId: string) => ['insights', 'lapsing', locationId] as const,
  signals: (locationId: string, days: number) => ['insights', 'signals', locationId, days] as const,
  outbox: ['outbox'] as const,
  /** The inbox and its tasks; live feedback events refresh both. */
  feedback: ['feedback'] as const,
  feedbackList: (locationId: string) => ['feedback', 'list', locationId] as const,
  tasks: (locationId: string) => ['feedback', 'tasks', locationId] as const,
  /** The signed-in person's unseen praise: keyed by who, since people take turns on one tablet. */
  kudosForMe: ['me', 'kudos'] as const,
  myKudos: (staffId: string) => ['me', 'kudos', staffId] as const,
}

/** The signed-in actor, or null when nobody is (a 401 is an answer here, not an error). */
export function useSession() {
  return useQuery({
    queryKey: keys.session,
    queryFn: async ({ signal }) => {
      try {
        return (await api<{ actor: Actor }>('/session', { signal })).actor
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null
        throw error
      }
    },
    staleTime: 60_000,
  })
}

export function useLocations() {
  return useQuery({ queryKey: keys.locations, queryFn: ({ signal }) => api<Location[]>('/locations', { signal }), staleTime: 5 * 60_000 })
}

/** A location's first names (also how an approval's `decidedBy` id becomes "Priya"). */
export const staffQuery = (locationId: string) => ({
  queryKey: keys.staff(locationId),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<StaffName[]>(`/locations/${encodeURIComponent(locationId)}/staff`, { signal }),
  staleTime: 5 * 60_000,
})

/** With `fresh`, asks again each time the screen opens (the lock screen: someone may just have been added). */
export function useStaff(locationId: string | null, { fresh = false }: { fresh?: boolean } = {}) {
  return useQuery({ ...staffQuery(locationId ?? ''), enabled: locationId !== null, ...(fresh && { refetchOnMount: 'always' as const }) })
}

export function useCatalog(enabled = true) {
  return useQuery({ queryKey: keys.catalog, queryFn: ({ signal }) => api<Catalog>('/catalog', { signal }), staleTime: 10 * 60_000, enabled })
}

export function useCard(customerId: string | null) {
  return useQuery({
    queryKey: keys.card(customerId ?? ''),
    queryFn: ({ signal }) => api<GreetingCard>(`/customers/${encodeURIComponent(customerId!)}/card`, { signal }),
    enabled: customerId !== null,
    staleTime: 10_000,
  })
}

export function usePolicies(enabled = true) {
  return useQuery({ queryKey: keys.policies, queryFn: ({ signal }) => api<Policies>('/policies', { signal }), staleTime: 5 * 60_000, enabled })
}

const query = (filter: GestureFilter) => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(filter)) if (value !== undefined && value !== '') params.set(name, String(value))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The gesture log (managers: their location; owners: any), refreshed by live events. */
export function useGestureLog(filter: GestureFilter, enabled = true) {
  return useQuery({
    queryKey: keys.gestureLog(filter),
    queryFn: ({ signal }) => api<GestureLog>(`/gestures${query(filter)}`, { signal }),
    enabled,
    staleTime: 15_000,
    placeholderData: (previous) => previous,
  })
}

export function useBudgets(locationId: string | null) {
  return useQuery({
    queryKey: keys.budgets(locationId ?? ''),
    queryFn: ({ signal }) => api<Budget[]>(`/budgets?locationId=${encodeURIComponent(locationId!)}`, { signal }),
    enabled: locationId !== null,
    staleTime: 15_000,
  })
}

/** `?locationId=…&…` from the set values; "" (all locations) and undefined are left out. */
function search(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(name, String(value))
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The owner's insights for one location, or all of them ("" ). */
export function useInsightsOverview(locationId: string) {
  return useQuery({
    queryKey: keys.overview(locationId),
    queryFn: ({ signal }) => api<InsightsOverview>(`/insights/overview${search({ locationId })}`, { signal }),
    staleTime: 5 * 60_000,
  })
}

/** Goodwill return for another window than the overview's 30 days. */
export function useGoodwill(locationId: string, from: string, to: string, window: 7 | 30 | 90, enabled: boolean) {
  return useQuery({
    queryKey: keys.goodwill(locationId, from, to, window),
    queryFn: ({ signal }) => api<GoodwillReport>(`/insights/goodwill${search({ from, to, window, locationId })}`, { signal }),
    enabled,
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  })
}

export function useLapsing(locationId: string, limit = 50) {
  return useQuery({
    queryKey: keys.lapsing(locationId),
    queryFn: ({ signal }) => api<Lapsing>(`/insights/lapsing${search({ locationId, limit })}`, { signal }),
    staleTime: 5 * 60_000,
  })
}

export function useGestureSignals(locationId: string, days: number) {
  return useQuery({
    queryKey: keys.signals(locationId, days),
    queryFn: ({ signal }) => api<StaffSignals[]>(`/insights/gesture-signals${search({ locationId, days })}`, { signal }),
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  })
}

/** The feedback inbox, newest first, for one location or all of them (""), a page at a time: `fetchNextPage` shows older. */
export function useFeedback(locationId: string, pageSize: number) {
  return useInfiniteQuery({
    queryKey: keys.feedbackList(locationId),
    queryFn: ({ signal, pageParam }) => api<FeedbackRow[]>(`/feedback${search({ locationId, limit: pageSize, before: pageParam })}`, { signal }),
    initialPageParam: '',
    getNextPageParam: (last) => (last.length === pageSize ? last.at(-1)!.id : undefined),
    staleTime: 15_000,
  })
}

export function useTasks(locationId: string) {
  return useQuery({ queryKey: keys.tasks(locationId), queryFn: ({ signal }) => api<FeedbackTask[]>(`/tasks${search({ locationId })}`, { signal }), staleTime: 15_000 })
}

export function useOutbox(enabled = true) {
  return useQuery({ queryKey: keys.outbox, queryFn: ({ signal }) => api<OutboxEmail[]>('/outbox?limit=200', { signal }), enabled, staleTime: 15_000 })
}

/** Praise for the signed-in person they have not seen yet, newest first. */
export function useMyKudos(staffId: string) {
  return useQuery({ queryKey: keys.myKudos(staffId), queryFn: ({ signal }) => api<KudosNews[]>('/me/kudos', { signal }), staleTime: 60_000 })
}
