import { StampCardView, toStampCardView } from './loyalty.schemas.js'
import { Type } from '@sinclair/typebox'
import type { Customer, CustomerNote } from '../../domain/customers/index.js'
import type { GreetingCard, Tier } from '../../domain/recognition/index.js'
import { groupCode } from '../../domain/shared/crockford.js'
import { Instant, Nullable } from './common.schemas.js'
import { OrderView, toOrderView } from './orders.schemas.js'

export const TierView = Type.Union([Type.Literal('new'), Type.Literal('occasional'), Type.Literal('regular'), Type.Literal('vip')])
const BirthdayView = Type.Object({ month: Type.Integer({ minimum: 1, maximum: 12 }), day: Type.Integer({ minimum: 1, maximum: 31 }) })
const HouseholdMemberView = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  relation: Type.Optional(Type.String({ maxLength: 40 })),
  pronunciation: Type.Optional(Type.String({ maxLength: 80 })),
})

export const CustomerView = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  pronunciation: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  phoneLast4: Nullable(Type.String()),
  email: Nullable(Type.String()),
  birthday: Nullable(BirthdayView),
  household: Type.Array(HouseholdMemberView),
  tags: Type.Array(Type.String()),
  contactConsent: Type.Boolean(),
  cardCode: Type.String(),
  createdAt: Instant,
})

export const toCustomerView = (customer: Customer) => ({
  id: customer.id,
  displayName: customer.displayName,
  pronunciation: customer.pronunciation,
  phone: customer.phone,
  phoneLast4: customer.phone ? customer.phone.slice(-4) : null,
  email: customer.email,
  birthday: customer.birthday,
  household: customer.household,
  tags: customer.tags,
  contactConsent: customer.contactConsentAt !== null,
  cardCode: groupCode(customer.cardCode, 3),
  createdAt: customer.createdAt.toISOString(),
})

export const SearchResultView = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  member: Nullable(Type.String({ description: 'The household member whose name matched' })),
  phoneLast4: Nullable(Type.String()),
  tier: TierView,
  matchedBy: Type.Union([Type.Literal('phone'), Type.Literal('card'), Type.Literal('name')]),
})

export const CustomerInputBody = Type.Object(
  {
    displayName: Type.String({ minLength: 1, maxLength: 80 }),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 32 }))),
    email: Type.Optional(Nullable(Type.String({ maxLength: 254 }))),
    pronunciation: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
    birthday: Type.Optional(Nullable(BirthdayView)),
    household: Type.Optional(Type.Array(HouseholdMemberView, { maxItems: 12 })),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
    contactConsent: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

export const CustomerPatchBody = Type.Partial(CustomerInputBody, { additionalProperties: false, minProperties: 1 })

export const NoteView = Type.Object({
  id: Type.String(),
  body: Type.String(),
  staffName: Type.String(),
  locationName: Type.String(),
  createdAt: Instant,
})

export const toNoteView = (note: CustomerNote) => ({
  id: note.id,
  body: note.body,
  staffName: note.staffName,
  locationName: note.locationName,
  createdAt: note.createdAt.toISOString(),
})

const UsualChoiceView = Type.Object({
  catalogItemId: Type.String(),
  name: Type.String(),
  modifiers: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  orders: Type.Integer(),
})

export const GreetingCardView = Type.Object({
  customer: CustomerView,
  tier: TierView,
  visits90: Type.Integer(),
  lastVisit: Nullable(Type.Object({ at: Instant, locationId: Type.String(), locationName: Type.String(), daysAgo: Type.Integer() })),
  birthdayInDays: Nullable(Type.Integer()),
  notes: Type.Array(NoteView),
  usual: Type.Object({
    kind: Type.Union([Type.Literal('usual'), Type.Literal('favourites'), Type.Literal('none')]),
    confidence: Nullable(Type.Number()),
    choice: Nullable(UsualChoiceView),
    favourites: Type.Array(UsualChoiceView),
  }),
  recentOrders: Type.Array(OrderView),
  outlook: Nullable(
    Type.Object({
      pAlive: Nullable(
        Type.Number({
          description: 'Probability the customer is still a customer (BG/NBD); null after a single visit, where the model would say 1 however long ago it was',
        }),
      ),
      expectedVisits30d: Type.Number(),
      daysSinceLastVisit: Type.Integer(),
      rhythmDays: Nullable(Type.Number({ description: 'Their usual days between visits' })),
      lapsing: Type.Boolean({ description: 'A regular slipping away: greet them with a welcome back' }),
      why: Nullable(Type.Union([Type.Literal('p_alive'), Type.Literal('overdue')])),
    }),
  ),
  stamps: Nullable(StampCardView),
  tab: Nullable(
    Type.Object({
      kind: Type.Union([Type.Literal('tab'), Type.Literal('house')]),
      balanceMinor: Type.Integer(),
      limitMinor: Type.Integer(),
      availableMinor: Type.Integer({ description: 'What a charge may add before a manager is asked' }),
    }),
  ),
  perks: Type.Object({
    tabLimitMinor: Type.Integer({ description: 'The tab the counter may open for this tier; 0: a manager opens it' }),
    birthdayReward: Type.Boolean(),
    birthdayRewardDue: Type.Boolean({ description: 'Within 3 days of the birthday and none given this year' }),
    welcomeBackMinor: Type.Integer(),
  }),
  goodwillLast30dMinor: Type.Integer({
    description: 'Goodwill given to the customer in the last 30 days, across the chain: a gesture passes the per-customer limit (customer_30d) when this plus its value exceeds it',
  }),
})

const toChoiceView = (choice: { catalogItemId: string; name: string; modifiers: { id: string; name: string }[]; orders: number }) => ({
  catalogItemId: choice.catalogItemId,
  name: choice.name,
  modifiers: choice.modifiers.map(({ id, name }) => ({ id, name })),
  orders: choice.orders,
})

export const toGreetingCardView = (card: GreetingCard) => ({
  customer: toCustomerView(card.customer),
  tier: card.tier satisfies Tier,
  visits90: card.visits90,
  lastVisit: card.lastVisit && { ...card.lastVisit, at: card.lastVisit.at.toISOString() },
  birthdayInDays: card.birthdayInDays,
  notes: card.notes.map(toNoteView),
  usual:
    card.usual.kind === 'usual'
      ? { kind: 'usual' as const, confidence: card.usual.confidence, choice: toChoiceView(card.usual.choice), favourites: [] }
      : card.usual.kind === 'favourites'
        ? { kind: 'favourites' as const, confidence: card.usual.confidence, choice: null, favourites: card.usual.favourites.map(toChoiceView) }
        : { kind: 'none' as const, confidence: null, choice: null, favourites: [] },
  recentOrders: card.recentOrders.map(toOrderView),
  outlook: card.outlook,
  stamps: card.stamps && toStampCardView(card.stamps),
  tab: card.tab,
  perks: card.perks,
  goodwillLast30dMinor: card.goodwillLast30dMinor,
})
