import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { gestureAbuseSignals, goodwillReturn, insightsOverview, lapsingRegulars } from '../../domain/insights/index.js'
import type { Deps } from '../../domain/ports.js'
import { refitBgNbdFor } from '../../domain/visit-model/index.js'
import { actorOf } from '../plugins/auth.js'
import { toFitView, toGoodwillView, toOverviewView } from '../views/insights.views.js'
import { Nullable, problems } from './common.schemas.js'

const FitView = Type.Object({
  timeUnit: Type.String(),
  customers: Type.Integer(),
  repeatVisits: Type.Integer(),
  params: Type.Object({ r: Type.Number(), alpha: Type.Number(), a: Type.Number(), b: Type.Number() }),
  logLikelihood: Type.Number(),
  calibrationEnd: Type.String(),
  converged: Type.Boolean(),
})

const Reading = Type.String({ description: 'one plain sentence saying what the chart shows' })
const GroupReturnView = Type.Object({
  gestures: Type.Integer(),
  gestureValueMinor: Type.Integer(),
  treated: Type.Integer(),
  matched: Type.Integer(),
  lift: Nullable(Type.Number()),
  ciLow: Nullable(Type.Number()),
  ciHigh: Nullable(Type.Number()),
})
const GoodwillView = Type.Object(
  {
    windowDays: Type.Integer(),
    from: Type.String(),
    to: Type.String(),
    lastDay: Type.String(),
    gestures: Type.Integer(),
    gestureValueMinor: Type.Integer(),
    treated: Type.Integer(),
    censored: Type.Integer(),
    matched: Type.Integer(),
    unmatched: Type.Integer(),
    treatedCustomers: Type.Integer(),
    controls: Type.Integer(),
    treatedReturnRate: Nullable(Type.Number()),
    controlReturnRate: Nullable(Type.Number()),
    lift: Nullable(Type.Number({ description: 'return-rate lift, a difference of proportions (0.12 is 12 points)' })),
    ciLow: Nullable(Type.Number()),
    ciHigh: Nullable(Type.Number()),
    visitsLift: Nullable(Type.Number()),
    visitsCiLow: Nullable(Type.Number()),
    visitsCiHigh: Nullable(Type.Number()),
    revenueLiftMinor: Nullable(Type.Integer()),
    revenueCiLowMinor: Nullable(Type.Integer()),
    revenueCiHighMinor: Nullable(Type.Integer()),
    byType: Type.Record(Type.String(), GroupReturnView),
    byReason: Type.Record(Type.String(), GroupReturnView),
  },
  { description: 'as `usual insights goodwill --json`' },
)
const KudosCountFields = { fromCustomers: Type.Integer(), fromManagers: Type.Integer({ description: 'from managers and owners' }), total: Type.Integer() }
const ReplyTimesFields = {
  replied: Type.Integer(),
  waiting: Type.Integer(),
  medianHours: Nullable(Type.Number({ description: 'hours from feedback to first reply' })),
  p90Hours: Nullable(Type.Number()),
}
const Tiers = Type.Object({ new: Type.Integer(), occasional: Type.Integer(), regular: Type.Integer(), vip: Type.Integer() })

/** The insights page's data, chart by chart, each with its reading; the goodwill results are as `usual insights goodwill --json`. */
const OverviewView = Type.Object({
  lastDay: Type.String({ description: 'the last local day with a visit; every window ends there' }),
  goodwill: Type.Object({ result: GoodwillView, reading: Reading }),
  returnCurve: Type.Object({
    points: Type.Array(
      Type.Object({
        windowDays: Type.Union([Type.Literal(7), Type.Literal(30), Type.Literal(90)]),
        treated: Nullable(Type.Number()),
        controls: Nullable(Type.Number()),
        matched: Type.Integer(),
      }),
    ),
    reading: Reading,
  }),
  costVsReturn: Type.Object({
    months: Type.Array(Type.Object({ month: Type.String(), costMinor: Type.Integer(), extraRevenueMinor: Nullable(Type.Integer()), gestures: Type.Integer() })),
  }),
  cohorts: Type.Object({
    cohorts: Type.Array(
      Type.Object({
        month: Type.String(),
        customers: Type.Integer(),
        retained: Type.Array(Type.Number(), { description: 'retained[k] is the share seen again k + 1 months after their first month' }),
      }),
    ),
    reading: Reading,
  }),
  frequency: Type.Object({
    bins: Type.Array(Type.Object({ bin: Type.Union(['1', '2–3', '4–7', '8–15', '16+'].map((bin) => Type.Literal(bin))), customers: Type.Integer() })),
    reading: Reading,
  }),
  tierMix: Type.Object({ months: Type.Array(Type.Object({ month: Type.String(), tiers: Tiers })), reading: Reading }),
  recovery: Type.Object({ result: GoodwillView, reading: Reading }),
  kudos: Type.Object({
    days: Type.Integer(),
    total: Type.Integer(),
    people: Type.Array(Type.Object({ ...KudosCountFields, staffId: Type.String(), staffName: Type.String(), locationId: Type.String(), locationName: Type.String() })),
    locations: Type.Array(Type.Object({ ...KudosCountFields, locationId: Type.String(), locationName: Type.String() })),
    readings: Type.Object({ people: Reading, locations: Reading }),
  }),
  replyTimes: Type.Object({
    days: Type.Integer(),
    overall: Type.Object(ReplyTimesFields),
    locations: Type.Array(Type.Object({ ...ReplyTimesFields, locationId: Type.String(), locationName: Type.String() })),
    reading: Reading,
  }),
})

const Choice = Type.Object({ name: Type.String(), modifiers: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) })

export const insightsRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/insights/lapsing',
    {
      schema: {
        tags: ['insights'],
        summary: 'Lapsing regulars: former regulars the visit model says are slipping away, with their usual and who served them most',
        querystring: Type.Object({ locationId: Type.Optional(Type.String({ maxLength: 64 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }),
        response: {
          200: Type.Object({
            fit: Nullable(FitView),
            regulars: Type.Array(
              Type.Object({
                customerId: Type.String(),
                displayName: Type.String(),
                phoneLast4: Nullable(Type.String()),
                visits: Type.Integer(),
                lastDay: Type.String(),
                daysSinceLastVisit: Type.Integer(),
                rhythmDays: Nullable(Type.Number()),
                pAlive: Nullable(Type.Number()),
                expectedVisits30d: Type.Number(),
                why: Nullable(Type.Union([Type.Literal('p_alive'), Type.Literal('overdue')])),
                usual: Nullable(Choice),
                homeLocationName: Type.String(),
                servedMostBy: Nullable(Type.String()),
              }),
            ),
          }),
          ...problems(401, 403),
        },
      },
    },
    async (request) => {
      const { fit, regulars } = await lapsingRegulars(deps, actorOf(request), request.query)
      return {
        fit: fit && toFitView(fit),
        regulars: regulars.map((regular) => ({
          customerId: regular.customerId,
          displayName: regular.displayName,
          phoneLast4: regular.phoneLast4,
          visits: regular.visits,
          lastDay: regular.lastDay,
          daysSinceLastVisit: regular.outlook.daysSinceLastVisit,
          rhythmDays: regular.outlook.rhythmDays,
          pAlive: regular.outlook.pAlive,
          expectedVisits30d: regular.outlook.expectedVisits30d,
          why: regular.outlook.why,
          usual: regular.usual.kind === 'usual' ? { name: regular.usual.choice.name, modifiers: regular.usual.choice.modifiers.map(({ id, name }) => ({ id, name })) } : null,
          homeLocationName: regular.homeLocationName,
          servedMostBy: regular.servedMostBy,
        })),
      }
    },
  )

  app.get(
    '/insights/goodwill',
    {
      schema: {
        tags: ['insights'],
        summary: 'What goodwill earns: return rate, visits and revenue after a gesture against matched visits without one, with 95 % intervals',
        querystring: Type.Object({
          from: Type.String({ format: 'date' }),
          to: Type.String({ format: 'date' }),
          window: Type.Optional(Type.Union([Type.Literal(7), Type.Literal(30), Type.Literal(90)])),
          locationId: Type.Optional(Type.String({ maxLength: 64 })),
        }),
        response: { 200: Type.Object({ reading: Type.String(), result: GoodwillView }), ...problems(400, 401, 403, 422) },
      },
    },
    async (request) => {
      const { result, reading } = await goodwillReturn(deps, actorOf(request), {
        from: request.query.from,
        to: request.query.to,
        windowDays: request.query.window ?? 30,
        locationId: request.query.locationId,
      })
      return { reading, result: toGoodwillView(result) }
    },
  )

  app.get(
    '/insights/overview',
    {
      schema: {
        tags: ['insights'],
        summary: "The owner's insights: goodwill return, return curve, cost vs return, retention cohorts, visit frequency, tier mix — each with a plain reading",
        querystring: Type.Object({ locationId: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: { 200: OverviewView, ...problems(401, 403) },
      },
    },
    async (request) => toOverviewView(await insightsOverview(deps, actorOf(request), request.query)),
  )

  app.get(
    '/insights/gesture-signals',
    {
      schema: {
        tags: ['insights'],
        summary: 'Gesture abuse signals per staff member: per-shift outliers against peers, one customer getting most, own-account gestures',
        querystring: Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })), locationId: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: {
          200: Type.Array(
            Type.Object({
              staffId: Type.String(),
              staffName: Type.String(),
              locationId: Type.String(),
              shifts: Type.Integer(),
              gestures: Type.Integer(),
              valueMinor: Type.Integer(),
              gesturesPerShift: Type.Number(),
              valuePerShiftMinor: Type.Integer(),
              gesturesPerShiftScore: Nullable(Type.Number()),
              valuePerShiftScore: Nullable(Type.Number()),
              topCustomer: Nullable(Type.Object({ customerId: Type.String(), customerName: Nullable(Type.String()), gestures: Type.Integer(), share: Type.Number() })),
              ownAccountGestures: Type.Integer(),
              flags: Type.Array(Type.Union([Type.Literal('many_gestures'), Type.Literal('high_value'), Type.Literal('same_customer'), Type.Literal('own_account')])),
            }),
          ),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request) => gestureAbuseSignals(deps, actorOf(request), request.query),
  )

  app.post(
    '/insights/bgnbd/refit',
    {
      schema: {
        tags: ['insights'],
        summary: 'Refit the visit model now (it also refits nightly)',
        body: Type.Optional(Type.Object({ calibrationEnd: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })), timeUnit: Type.Optional(Type.Union([Type.Literal('day'), Type.Literal('week')])) })),
        response: { 200: FitView, ...problems(400, 401, 403, 422) },
      },
    },
    async (request) => toFitView(await refitBgNbdFor(deps, actorOf(request), request.body ?? {})),
  )
}
