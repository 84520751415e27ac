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
  },
  { additionalProperties: false },
)
