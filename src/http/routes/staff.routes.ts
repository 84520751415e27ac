import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../../domain/ports.js'
import { addStaff, deactivateStaff, listStaff, reactivateStaff, resetPin, updateStaff, type PinCode, type StaffMember } from '../../domain/staff/index.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, problems } from './common.schemas.js'

const RoleView = Type.Union([Type.Literal('staff'), Type.Literal('manager'), Type.Literal('owner')])

const StaffView = Type.Object({
  id: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  role: RoleView,
  homeLocationId: Type.String(),
  active: Type.Boolean(),
  /** True after "Add" or "Reset PIN" until the person has chosen their PIN at the counter. */
  pinPending: Type.Boolean(),
})

const PinCodeView = Type.Object({
  code: Type.String({ description: 'Six digits the person types at the counter instead of a PIN, once, to choose their own' }),
  expiresAt: Type.String({ format: 'date-time' }),
})

const toStaffView = (member: StaffMember) => ({
  id: member.id,
  firstName: member.firstName,
  lastName: member.lastName,
  role: member.role,
  homeLocationId: member.homeLocationId,
  active: member.archivedAt === null,
  pinPending: member.pinResetExpiresAt != null,
})

const toPinCodeView = (pinCode: PinCode) => ({ code: pinCode.code, expiresAt: pinCode.expiresAt.toISOString() })

const Name = Type.String({ maxLength: 200 })
const Id = Type.String({ minLength: 1, maxLength: 64 })

/** /console/staff: owners manage everyone, managers the staff of their location. */
export const staffRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/staff',
    { schema: { tags: ['staff'], summary: 'Everyone the signed-in manager or owner manages, deactivated people too', response: { 200: Type.Array(StaffView), ...problems(401, 403) } } },
    async (request) => (await listStaff(deps, actorOf(request))).map(toStaffView),
  )

  app.post(
    '/staff',
    {
      schema: {
        tags: ['staff'],
        summary: 'Add a person; they choose their PIN at the counter with the one-time code returned',
        body: Type.Object({ firstName: Name, lastName: Type.Optional(Name), role: RoleView, homeLocationId: Id }, { additionalProperties: false }),
        response: { 201: Type.Object({ member: StaffView, pinCode: PinCodeView }), ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { member, pinCode } = await addStaff(deps, actorOf(request), request.body)
      return reply.code(201).send({ member: toStaffView(member), pinCode: toPinCodeView(pinCode) })
    },
  )

  app.patch(
    '/staff/:id',
    {
      schema: {
        tags: ['staff'],
        summary: 'Change a name, role or home location (moving someone signs them out)',
        params: IdParams,
        body: Type.Object(
          { firstName: Type.Optional(Name), lastName: Type.Optional(Name), role: Type.Optional(RoleView), homeLocationId: Type.Optional(Id) },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: StaffView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toStaffView(await updateStaff(deps, actorOf(request), request.params.id, request.body)),
  )

  app.post(
    '/staff/:id/deactivate',
    {
      schema: {
        tags: ['staff'],
        summary: 'Deactivate: no more sign-in, sessions end, history kept; never the last owner',
        params: IdParams,
        response: { 200: StaffView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => toStaffView(await deactivateStaff(deps, actorOf(request), request.params.id)),
  )

  app.post(
    '/staff/:id/reactivate',
    { schema: { tags: ['staff'], summary: 'Reactivate a deactivated person', params: IdParams, response: { 200: StaffView, ...problems(401, 403, 404, 422) } } },
    async (request) => toStaffView(await reactivateStaff(deps, actorOf(request), request.params.id)),
  )

  app.post(
    '/staff/:id/pin-reset',
    {
      schema: {
        tags: ['staff'],
        summary: 'Reset a PIN: the old one stops working; the person chooses a new one at the counter with the code returned',
        params: IdParams,
        response: { 200: PinCodeView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => toPinCodeView(await resetPin(deps, actorOf(request), request.params.id)),
  )
}
