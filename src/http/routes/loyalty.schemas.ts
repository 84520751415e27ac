import { Type } from '@fastify/type-provider-typebox'
import { STAMP_KINDS, type StampCard, type StampProgramme } from '../../domain/loyalty/index.js'
import { TAB_ENTRY_KINDS, type TabStatement, type TabView } from '../../domain/tabs/index.js'
import { Instant, literals, Nullable } from './common.schemas.js'

const count = (minimum: number, maximum: number, description?: string) => Type.Integer({ minimum, maximum, description })

export const StampProgrammeBody = Type.Object(
  {
    active: Type.Boolean(),
    earnRule: Type.Union([Type.Literal('visit'), Type.Literal('item')], { description: "'visit': one stamp per qualifying order; 'item': one per qualifying item" }),
    qualifyingItemIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 500, description: 'Empty: every item qualifies' }),
    stampsRequired: count(2, 50),
    reward: Type.String({ minLength: 1, maxLength: 60 }),
    rewardValueMinor: count(0, 100_000, 'What the reward costs the business'),
    expiryDays: count(1, 3_650),
    maxEarnsPerDay: count(1, 20),
    minMinutesBetweenEarns: count(0, 1_440),
  },
  { additionalProperties: false },
)

export const StampProgrammeView = Type.Composite([StampProgrammeBody, Type.Object({ version: Type.Integer() })])
export const toStampProgrammeView = (p: StampProgramme) => p

export const StampCardView = Type.Object({
  active: Type.Boolean(),
  stamps: Type.Integer(),
  required: Type.Integer(),
  reward: Type.String(),
  stampValueMinor: Type.Integer({ description: 'What one stamp is worth; a bonus stamp counts this against the giver' }),
  ready: Type.Integer({ description: 'Rewards the card holds now' }),
  toNext: Type.Integer({ description: 'Stamps to the next reward' }),
  nextExpiry: Nullable(Type.Object({ at: Instant, qty: Type.Integer() })),
  history: Type.Array(
    Type.Object({ kind: literals(STAMP_KINDS), qty: Type.Integer(), at: Instant, expiresAt: Nullable(Instant), forgiven: Type.Integer(), reason: Nullable(Type.String()) }),
  ),
})

export const toStampCardView = (card: StampCard) => ({
  ...card,
  nextExpiry: card.nextExpiry && { at: card.nextExpiry.at.toISOString(), qty: card.nextExpiry.qty },
  history: card.history.map((e) => ({ ...e, at: e.at.toISOString(), expiresAt: e.expiresAt?.toISOString() ?? null })),
})

const TabEntryView = Type.Object({
  id: Type.String(),
  kind: literals(TAB_ENTRY_KINDS),
  amountMinor: Type.Integer({ description: 'Charges add to what is owed; the other kinds are negative' }),
  orderId: Nullable(Type.String()),
  reversesId: Nullable(Type.String()),
  staffId: Type.String(),
  approvedBy: Nullable(Type.String()),
  locationId: Type.String(),
  reason: Nullable(Type.String()),
  at: Instant,
})

export const TabAccountView = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  kind: Type.Union([Type.Literal('tab'), Type.Literal('house')]),
  limitMinor: Type.Integer(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  locationId: Type.String(),
  openedBy: Type.String(),
  openedAt: Instant,
  closedAt: Nullable(Instant),
})

export const TabViewSchema = Type.Object({
  account: Nullable(TabAccountView),
  balanceMinor: Type.Integer(),
  availableMinor: Type.Integer(),
  entries: Type.Array(TabEntryView),
})

const accountView = (a: NonNullable<TabView['account']>) => ({ ...a, openedAt: a.openedAt.toISOString(), closedAt: a.closedAt?.toISOString() ?? null })

export const toTabView = (tab: TabView) => ({
  account: tab.account && accountView(tab.account),
  balanceMinor: tab.balanceMinor,
  availableMinor: tab.availableMinor,
  entries: tab.entries.map((e) => ({ ...e, at: e.at.toISOString() })),
})

export const OpenTabView = Type.Object({
  account: TabAccountView,
  customerName: Type.String(),
  balanceMinor: Type.Integer(),
  lastChargeAt: Nullable(Instant),
  sameDay: Type.Boolean({ description: 'A same-day tab, to be settled before closing' }),
  chargedToday: Type.Boolean(),
})

export const toOpenTabView = (row: { account: NonNullable<TabView['account']>; customerName: string; balanceMinor: number; lastChargeAt: Date | null; sameDay: boolean; chargedToday: boolean }) => ({
  ...row,
  account: accountView(row.account),
  lastChargeAt: row.lastChargeAt?.toISOString() ?? null,
})

export const TabStatementView = Type.Object({
  id: Type.String(),
  accountId: Type.String(),
  number: Type.Integer(),
  periodStart: Instant,
  periodEnd: Instant,
  openingMinor: Type.Integer(),
  closingMinor: Type.Integer(),
  entries: Type.Array(Type.Object({ id: Type.String(), kind: literals(TAB_ENTRY_KINDS), amountMinor: Type.Integer(), orderId: Nullable(Type.String()), reason: Nullable(Type.String()), at: Instant })),
  issuedBy: Type.String(),
  issuedAt: Instant,
})

export const toTabStatementView = (s: TabStatement) => ({
  ...s,
  periodStart: s.periodStart.toISOString(),
  periodEnd: s.periodEnd.toISOString(),
  issuedAt: s.issuedAt.toISOString(),
  entries: s.entries.map((e) => ({ ...e, at: e.at.toISOString() })),
})

const PerkView = Type.Object(
  { tabLimitMinor: count(0, 100_000), birthdayReward: Type.Boolean(), welcomeBackMinor: count(0, 10_000) },
  { additionalProperties: false },
)

export const TierSettingsBody = Type.Object(
  {
    thresholds: Type.Object({ occasional: count(1, 365), regular: count(1, 365), vip: count(1, 365) }, { additionalProperties: false }),
    perks: Type.Object({ new: PerkView, occasional: PerkView, regular: PerkView, vip: PerkView }, { additionalProperties: false }),
  },
  { additionalProperties: false },
)
