import { Type } from '@sinclair/typebox'
import type { Coupon } from '../../domain/coupons/index.js'
import { displayCouponCode } from '../../domain/coupons/index.js'
import type { Decision, EmpowermentPolicy, Gesture, GestureRow } from '../../domain/empowerment/index.js'
import { GESTURE_REASONS, GESTURE_TYPES } from '../../domain/empowerment/index.js'
import { Instant, literals, Nullable } from './common.schemas.js'

export const GestureTypeSchema = literals(GESTURE_TYPES)
export const GestureReasonSchema = literals(GESTURE_REASONS)
export const GestureStatusSchema = literals(['granted', 'pending_approval', 'approved', 'declined', 'expired'] as const)
const LimitSchema = literals(['type_not_allowed', 'per_gesture', 'daily_budget', 'customer_30d'] as const)

export const GestureView = Type.Object({
  id: Type.String(),
  type: GestureTypeSchema,
  reason: GestureReasonSchema,
  valueMinor: Type.Integer(),
  note: Nullable(Type.String()),
  staffId: Type.String(),
  staffName: Type.Optional(Type.String()),
  customerId: Nullable(Type.String()),
  customerName: Type.Optional(Nullable(Type.String())),
  locationId: Type.String(),
  locationName: Type.Optional(Type.String()),
  orderId: Nullable(Type.String()),
  status: GestureStatusSchema,
  limit: Nullable(LimitSchema),
  capMinor: Nullable(Type.Integer()),
  wouldBeMinor: Nullable(Type.Integer()),
  requestedAt: Instant,
  expiresAt: Nullable(Instant),
  decidedAt: Nullable(Instant),
  decidedBy: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  couponId: Nullable(Type.String()),
})

export const toGestureView = (gesture: Gesture | GestureRow) => ({
  ...gesture,
  requestedAt: gesture.requestedAt.toISOString(),
  expiresAt: gesture.expiresAt?.toISOString() ?? null,
  decidedAt: gesture.decidedAt?.toISOString() ?? null,
})

export const DecisionView = Type.Object({
  outcome: literals(['grant', 'needs_approval'] as const),
  limit: Type.Optional(LimitSchema),
  capMinor: Type.Optional(Type.Integer()),
  wouldBeMinor: Type.Optional(Type.Integer()),
  remainingTodayMinor: Type.Optional(Type.Integer()),
})

export const toDecisionView = (decision: Decision) => decision

export const CouponView = Type.Object({
  id: Type.String(),
  code: Type.String({ description: 'Grouped for reading aloud: 7KQ4-9XM2-HT3B-C' }),
  link: Type.String({ description: 'Path of the public page: /c/{token}' }),
  benefit: Type.String(),
  message: Type.String(),
  valueMinor: Type.Integer(),
  customerId: Nullable(Type.String()),
  gestureId: Nullable(Type.String()),
  issuedAt: Instant,
  expiresAt: Instant,
  redeemedAt: Nullable(Instant),
  redeemedLocationId: Nullable(Type.String()),
  redeemedLocationName: Type.Optional(Nullable(Type.String())),
  redeemedOrderId: Nullable(Type.String()),
})

export const toCouponView = (coupon: Coupon & { redeemedLocationName?: string | null }) => ({
  id: coupon.id,
  code: displayCouponCode(coupon.code),
  link: `/c/${coupon.token}`,
  benefit: coupon.benefit,
  message: coupon.message,
  valueMinor: coupon.valueMinor,
  customerId: coupon.customerId,
  gestureId: coupon.gestureId,
  issuedAt: coupon.issuedAt.toISOString(),
  expiresAt: coupon.expiresAt.toISOString(),
  redeemedAt: coupon.redeemedAt?.toISOString() ?? null,
  redeemedLocationId: coupon.redeemedLocationId,
  redeemedLocationName: coupon.redeemedLocationName ?? null,
  redeemedOrderId: coupon.redeemedOrderId,
})

export const PolicyBody = Type.Object(
  {
    maxPerGestureMinor: Type.Integer({ minimum: 0 }),
    dailyBudgetMinor: Type.Integer({ minimum: 0 }),
    maxPerCustomer30dMinor: Type.Integer({ minimum: 0 }),
    allowedTypes: Type.Array(GestureTypeSchema, { uniqueItems: true }),
  },
  { additionalProperties: false },
)

export const PolicyView = Type.Object({
  role: literals(['staff', 'manager', 'owner'] as const),
  maxPerGestureMinor: Type.Integer(),
  dailyBudgetMinor: Type.Integer(),
  maxPerCustomer30dMinor: Type.Integer(),
  allowedTypes: Type.Array(GestureTypeSchema),
})

export const toPolicyView = (policy: EmpowermentPolicy) => policy
