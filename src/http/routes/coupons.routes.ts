import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import QRCode from 'qrcode'
import { getCoupon, publicCoupon, redeemCoupon, sendCouponLink } from '../../domain/coupons/index.js'
import { feedbackPath } from '../../domain/feedback/index.js'
import type { Deps } from '../../domain/ports.js'
import { businessSettings } from '../../domain/shared/settings.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, Instant, Nullable, problems } from './common.schemas.js'
import { CouponView, toCouponView } from './empowerment.schemas.js'

export const couponRoutes: FastifyPluginAsyncTypebox<{ deps: Deps; publicUrl?: string }> = async (app, { deps, publicUrl }) => {
  app.post(
    '/coupons/redemption',
    {
      schema: {
        tags: ['coupons'],
        summary: 'Redeem a coupon by its typed code or scanned token, once, at any location',
        body: Type.Object(
          {
            code: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
            token: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            orderId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
          },
          { additionalProperties: false },
        ),
        response: { 200: CouponView, ...problems(400, 401, 404, 409, 422, 429) },
      },
    },
    async (request) => toCouponView(await redeemCoupon(deps, actorOf(request), request.body)),
  )

  app.get(
    '/coupons/:id',
    { schema: { tags: ['coupons'], summary: 'A coupon, with its code and link, for printing or sending', params: IdParams, response: { 200: CouponView, ...problems(401, 403, 404) } } },
    async (request) => toCouponView(await getCoupon(deps, actorOf(request), request.params.id)),
  )

  app.post(
    '/coupons/:id/email',
    {
      schema: {
        tags: ['coupons'],
        summary: "Email the coupon's link to the customer (through the outbox)",
        params: IdParams,
        body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }) }, { additionalProperties: false }),
        response: { 202: Type.Object({ queued: Type.Boolean() }), ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const business = await businessSettings(deps.repos.settings)
      const baseUrl = publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`
      await sendCouponLink(deps, actorOf(request), request.params.id, { email: request.body.email, baseUrl, business: business.name })
      return reply.code(202).send({ queued: true })
    },
  )

  app.get(
    '/public/coupons/:token',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: "A coupon's public page: its message, benefit, expiry and status, a QR code and where to get help",
        params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: {
          200: Type.Object({
            business: Type.String(),
            message: Type.String(),
            benefit: Type.String(),
            code: Type.String(),
            expiresAt: Instant,
            status: Type.Union([Type.Literal('valid'), Type.Literal('redeemed'), Type.Literal('expired')]),
            qrSvg: Type.String({ description: 'SVG of a QR code for this page' }),
            customerCare: Type.String(),
            feedbackPath: Type.String(),
            locale: Type.String(),
            timeZone: Type.String(),
          }),
          ...problems(404, 429),
        },
      },
    },
    async (request) => {
      const { coupon, state } = await publicCoupon(deps, request.params.token)
      const business = await businessSettings(deps.repos.settings)
      const location = await deps.repos.locations.findById(coupon.locationId)
      const base = publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`
      const qrSvg = await QRCode.toString(`${base}/c/${coupon.token}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      return {
        business: business.name,
        message: coupon.message,
        benefit: coupon.benefit,
        code: toCouponView(coupon).code,
        expiresAt: coupon.expiresAt.toISOString(),
        status: state,
        qrSvg,
        customerCare: business.customerCareContact,
        feedbackPath: feedbackPath('coupon', coupon.id),
        locale: business.locale,
        timeZone: location?.timeZone ?? 'UTC',
      }
    },
  )
}
