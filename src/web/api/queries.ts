import { MutationCache, QueryCache, QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { call, client, isApiError } from './client.js'
import type { Query } from './schema.js'

/** What the gesture log filters on: the query of GET /gestures. */
export type GestureFilter = Query<'/gestures', 'get'>

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
        return (await call(client.GET('/session', { signal }))).actor
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null
        throw error
      }
    },
    staleTime: 60_000,
  })
}

export function useLocations() {
  return useQuery({ queryKey: keys.locations, queryFn: ({ signal }) => call(client.GET('/locations', { signal })), staleTime: 5 * 60_000 })
}

/** A location's first names (also how an approval's `decidedBy` id becomes "Priya"). */
export const staffQuery = (locationId: string) => ({
  queryKey: keys.staff(locationId),
  queryFn: ({ signal }: { signal?: AbortSignal }) => call(client.GET('/locations/{id}/staff', { params: { path: { id: locationId } }, signal })),
  staleTime: 5 * 60_000,
})

/** With `fresh`, asks again each time the screen opens (the lock screen: someone may just have been added). */
export function useStaff(locationId: string | null, { fresh = false }: { fresh?: boolean } = {}) {
  return useQuery({ ...staffQuery(locationId ?? ''), enabled: locationId !== null, ...(fresh && { refetchOnMount: 'always' as const }) })
}

export function useCatalog(enabled = true) {
  return useQuery({ queryKey: keys.catalog, queryFn: ({ signal }) => call(client.GET('/catalog', { signal })), staleTime: 10 * 60_000, enabled })
}

export function useCard(customerId: string | null) {
  return useQuery({
    queryKey: keys.card(customerId ?? ''),
    queryFn: ({ signal }) => call(client.GET('/customers/{id}/card', { params: { path: { id: customerId! } }, signal })),
    enabled: customerId !== null,
    staleTime: 10_000,
  })
}

export function usePolicies(enabled = true) {
  return useQuery({ queryKey: keys.policies, queryFn: ({ signal }) => call(client.GET('/policies', { signal })), staleTime: 5 * 60_000, enabled })
}

/** The gesture log (managers: their location; owners: any), refreshed by live events. */
export function useGestureLog(filter: GestureFilter, enabled = true) {
  return useQuery({
    queryKey: keys.gestureLog(filter),
    queryFn: ({ signal }) => call(client.GET('/gestures', { params: { query: filter }, signal })),
    enabled,
    staleTime: 15_000,
    placeholderData: (previous) => previous,
  })
}

export function useBudgets(locationId: string | null) {
  return useQuery({
    queryKey: keys.budgets(locationId ?? ''),
    queryFn: ({ signal }) => call(client.GET('/budgets', { params: { query: { locationId: locationId! } }, signal })),
    enabled: locationId !== null,
    staleTime: 15_000,
  })
}

/** The owner's insights for one location, or all of them ("" ). */
export function useInsightsOverview(locationId: string) {
  return useQuery({
    queryKey: keys.overview(locationId),
    queryFn: ({ signal }) => call(client.GET('/insights/overview', { params: { query: { locationId } }, signal })),
    staleTime: 5 * 60_000,
  })
}

/** Goodwill return for another window than the overview's 30 days. */
export function useGoodwill(locationId: string, from: string, to: string, window: 7 | 30 | 90, enabled: boolean) {
  return useQuery({
    queryKey: keys.goodwill(locationId, from, to, window),
    queryFn: ({ signal }) => call(client.GET('/insights/goodwill', { params: { query: { from, to, window, locationId } }, signal })),
    enabled,
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  })
}

export function useLapsing(locationId: string, limit = 50) {
  return useQuery({
    queryKey: keys.lapsing(locationId),
    queryFn: ({ signal }) => call(client.GET('/insights/lapsing', { params: { query: { locationId, limit } }, signal })),
    staleTime: 5 * 60_000,
  })
}

export function useGestureSignals(locationId: string, days: number) {
  return useQuery({
    queryKey: keys.signals(locationId, days),
    queryFn: ({ signal }) => call(client.GET('/insights/gesture-signals', { params: { query: { locationId, days } }, signal })),
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  })
}

/** The feedback inbox, newest first, for one location or all of them (""), a page at a time: `fetchNextPage` shows older. */
export function useFeedback(locationId: string, pageSize: number) {
  return useInfiniteQuery({
    queryKey: keys.feedbackList(locationId),
    queryFn: ({ signal, pageParam }) => call(client.GET('/feedback', { params: { query: { locationId, limit: pageSize, before: pageParam } }, signal })),
    initialPageParam: '',
    getNextPageParam: (last) => (last.length === pageSize ? last.at(-1)!.id : undefined),
    staleTime: 15_000,
  })
}

export function useTasks(locationId: string) {
  return useQuery({ queryKey: keys.tasks(locationId), queryFn: ({ signal }) => call(client.GET('/tasks', { params: { query: { locationId } }, signal })), staleTime: 15_000 })
}

export function useOutbox(enabled = true) {
  return useQuery({ queryKey: keys.outbox, queryFn: ({ signal }) => call(client.GET('/outbox', { params: { query: { limit: 200 } }, signal })), enabled, staleTime: 15_000 })
}

/** Praise for the signed-in person they have not seen yet, newest first. */
export function useMyKudos(staffId: string) {
  return useQuery({ queryKey: keys.myKudos(staffId), queryFn: ({ signal }) => call(client.GET('/me/kudos', { signal })), staleTime: 60_000 })
}
