import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import QRCode from 'qrcode'
import { adjustStamps, publicStampCard, redeemReward, setStampProgramme, stampCard, stampCardLink, stampProgramme } from '../../domain/loyalty/index.js'
import type { Deps } from '../../domain/ports.js'
import { setTierSettings, tierSettings } from '../../domain/recognition/index.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, Nullable, problems } from './common.schemas.js'
import { StampCardView, StampProgrammeBody, StampProgrammeView, TierSettingsBody, toStampCardView } from './loyalty.schemas.js'

/** The stamp card: the programme an owner sets, each customer's card, and the customer's own card page. */
export const loyaltyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps; publicUrl?: string }> = async (app, { deps, publicUrl }) => {
  app.get(
    '/stamp-programme',
    { schema: { tags: ['loyalty'], summary: "The chain's stamp programme", response: { 200: StampProgrammeView, ...problems(401) } } },
    async () => stampProgramme(deps.repos),
  )

  app.put(
    '/stamp-programme',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Set the stamp programme (owner); stamps already issued keep their expiry',
        body: StampProgrammeBody,
        response: { 200: StampProgrammeView, ...problems(400, 401, 403, 422) },
      },
    },
    async (request) => setStampProgramme(deps, actorOf(request), request.body),
  )

  app.get(
    '/customers/:id/stamps',
    { schema: { tags: ['loyalty'], summary: "A customer's stamp card and its recent history", params: IdParams, response: { 200: StampCardView, ...problems(401, 404) } } },
    async (request) => {
      actorOf(request)
      return toStampCardView(await stampCard(deps, request.params.id))
    },
  )

  app.post(
    '/customers/:id/stamps/redemption',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Redeem a full card’s reward, once (parallel taps give one)',
        params: IdParams,
        body: Type.Object({ orderId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))) }, { additionalProperties: false }),
        response: { 200: StampCardView, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => toStampCardView(await redeemReward(deps, actorOf(request), request.params.id, request.body.orderId ?? null)),
  )

  app.post(
    '/customers/:id/stamps/adjustment',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Correct a card up or down (manager, with a reason)',
        params: IdParams,
        body: Type.Object({ qty: Type.Integer({ minimum: -50, maximum: 50 }), reason: Type.String({ maxLength: 400 }) }, { additionalProperties: false }),
        response: { 200: StampCardView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toStampCardView(await adjustStamps(deps, actorOf(request), request.params.id, request.body.qty, request.body.reason)),
  )

  app.post(
    '/customers/:id/stamps/link',
    {
      schema: {
        tags: ['loyalty'],
        summary: "The customer's own card page: a link and its QR code, made once",
        params: IdParams,
        response: { 200: Type.Object({ path: Type.String(), url: Type.String(), qrSvg: Type.String() }), ...problems(401, 404) },
      },
    },
    async (request) => {
      actorOf(request)
      const token = await stampCardLink(deps, request.params.id)
      const url = `${publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`}/s/${token}`
      return { path: `/s/${token}`, url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) }
    },
  )

  app.get(
    '/public/stamp-cards/:token',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: "A customer's stamp card page: the stamps and their history, no name or contact",
        params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 200: Type.Composite([StampCardView, Type.Object({ business: Type.String() })]), ...problems(404, 429) },
      },
    },
    async (request) => {
      const card = await publicStampCard(deps, request.params.token)
      return { ...toStampCardView(card), business: card.business }
    },
  )

  app.get(
    '/tier-settings',
    { schema: { tags: ['loyalty'], summary: 'Tier thresholds and what each tier gets', response: { 200: TierSettingsBody, ...problems(401) } } },
    async (request) => {
      actorOf(request)
      return tierSettings(deps)
    },
  )

  app.put(
    '/tier-settings',
    { schema: { tags: ['loyalty'], summary: 'Set tier thresholds and perks (owner)', body: TierSettingsBody, response: { 200: TierSettingsBody, ...problems(400, 401, 403, 422) } } },
    async (request) => setTierSettings(deps, actorOf(request), request.body),
  )
}
