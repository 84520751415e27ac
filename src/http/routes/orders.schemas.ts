import type { TabApproval } from '../../domain/tabs/index.js'
import { Type } from '@sinclair/typebox'
import type { OrderSummary } from '../../domain/orders/index.js'
import { Instant, Nullable } from './common.schemas.js'

export const OrderView = Type.Object({
  id: Type.String(),
  locationId: Type.String(),
  locationName: Type.String(),
  customerId: Nullable(Type.String()),
  staffId: Nullable(Type.String()),
  status: Type.Union([Type.Literal('paid'), Type.Literal('tab')]),
  totalMinor: Type.Integer(),
  placedAt: Instant,
  lines: Type.Array(
    Type.Object({
      catalogItemId: Type.String(),
      name: Type.String(),
      quantity: Type.Integer(),
      unitPriceMinor: Type.Integer(),
      lineTotalMinor: Type.Integer(),
      modifiers: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), priceMinor: Type.Integer() })),
    }),
  ),
  voided: Nullable(Type.Object({ at: Instant, by: Type.String({ description: 'The staff member who undid or voided it' }), reason: Type.String() })),
  stamps: Type.Optional(
    Nullable(
      Type.Object({
        earned: Type.Integer(),
        blocked: Nullable(Type.Object({ limit: Type.String({ description: "'per_day' or 'between_earns'" }) }, { additionalProperties: true })),
      }),
    ),
  ),
  tab: Type.Optional(Nullable(Type.Object({ balanceMinor: Type.Integer(), limitMinor: Type.Integer() }))),
})

export const TabApprovalView = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  locationId: Type.String(),
  staffId: Type.String(),
  amountMinor: Type.Integer(),
  limitMinor: Type.Integer(),
  balanceMinor: Type.Integer(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('declined'), Type.Literal('expired')]),
  requestedAt: Instant,
  expiresAt: Instant,
  decidedAt: Nullable(Instant),
  decidedBy: Nullable(Type.String()),
  orderId: Nullable(Type.String()),
})

export const toTabApprovalView = (a: TabApproval) => ({
  id: a.id,
  customerId: a.customerId,
  locationId: a.locationId,
  staffId: a.staffId,
  amountMinor: a.amountMinor,
  limitMinor: a.limitMinor,
  balanceMinor: a.balanceMinor,
  status: a.status,
  requestedAt: a.requestedAt.toISOString(),
  expiresAt: a.expiresAt.toISOString(),
  decidedAt: a.decidedAt?.toISOString() ?? null,
  decidedBy: a.decidedBy,
  orderId: a.orderId,
})

export const NeedsApprovalView = Type.Object({
  outcome: Type.Literal('needs_approval'),
  limit: Type.Literal('tab_limit'),
  capMinor: Type.Integer({ description: "The tab's limit" }),
  wouldBeMinor: Type.Integer({ description: 'The balance with this order' }),
  approval: TabApprovalView,
})

export const toOrderView = (order: OrderSummary) => ({
  id: order.id,
  locationId: order.locationId,
  locationName: order.locationName,
  customerId: order.customerId,
  staffId: order.staffId,
  status: order.status,
  totalMinor: order.totalMinor,
  placedAt: order.placedAt.toISOString(),
  lines: order.lines.map(({ catalogItemId, name, quantity, unitPriceMinor, lineTotalMinor, modifiers }) => ({
    catalogItemId,
    name,
    quantity,
    unitPriceMinor,
    lineTotalMinor,
    modifiers,
  })),
  voided: order.voided ? { at: order.voided.at.toISOString(), by: order.voided.by, reason: order.voided.reason } : null,
  stamps: order.stamps ?? null,
  tab: order.tab ?? null,
})

export const OrderBody = Type.Object(
  {
    customerId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    lines: Type.Array(
      Type.Object(
        {
          catalogItemId: Type.String({ minLength: 1, maxLength: 64 }),
          quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 99 })),
          modifierIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 12 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
    payment: Type.Optional(Type.Union([Type.Literal('paid'), Type.Literal('tab')], { description: "'tab': put it on the customer's tab" })),
  },
  { additionalProperties: false },
)
