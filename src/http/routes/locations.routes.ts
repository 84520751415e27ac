import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { addLocation, listDevices, renameDevice, unenrolDevice, updateLocation, type Device, type Location } from '../../domain/locations/index.js'
import type { Deps } from '../../domain/ports.js'
import { DomainError } from '../../domain/shared/errors.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, problems } from './common.schemas.js'

const LocationView = Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String(), country: Type.String() })
const toLocationView = ({ id, name, timeZone, country }: Location) => ({ id, name, timeZone, country })

const DeviceView = Type.Object({
  id: Type.String(),
  locationId: Type.String(),
  name: Type.String(),
  enrolledAt: Type.String({ format: 'date-time' }),
  enrolledBy: Type.String({ description: 'The staff member whose sign-in enrolled it' }),
  lastSeenAt: Type.String({ format: 'date-time', description: 'The last sign-in on it' }),
})
const toDeviceView = (device: Device) => ({
  id: device.id,
  locationId: device.locationId,
  name: device.name,
  enrolledAt: device.enrolledAt.toISOString(),
  enrolledBy: device.enrolledBy,
  lastSeenAt: device.lastSeenAt.toISOString(),
})

const Text = Type.String({ maxLength: 200 })

const PUBLIC_RATE = { max: 60, timeWindow: '1 minute' }

export const locationRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/locations',
    {
      config: { public: true, rateLimit: PUBLIC_RATE },
      schema: {
        tags: ['locations'],
        summary: 'Locations, for enrolling a counter tablet',
        response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String() })), ...problems(429) },
      },
    },
    async () => (await deps.repos.locations.list()).map(({ id, name, timeZone }) => ({ id, name, timeZone })),
  )

  app.get(
    '/locations/:id/staff',
    {
      config: { public: true, rateLimit: PUBLIC_RATE },
      schema: {
        tags: ['locations'],
        summary: "The sign-in screen's names: first names only",
        params: IdParams,
        response: { 200: Type.Array(Type.Object({ id: Type.String(), firstName: Type.String(), codePending: Type.Boolean() })), ...problems(404, 429) },
      },
    },
    async (request) => {
      if (!(await deps.repos.locations.findById(request.params.id))) {
        throw new DomainError('not_found', 'location.not_found', 'This location does not exist.')
      }
      const staff = await deps.repos.staff.listForLocation(request.params.id)
      return staff.map(({ id, firstName, pinResetExpiresAt }) => ({ id, firstName, codePending: pinResetExpiresAt != null }))
    },
  )

  app.post(
    '/locations',
    {
      schema: {
        tags: ['locations'],
        summary: 'Open another location (owner)',
        body: Type.Object({ name: Text, timeZone: Text, country: Type.Optional(Type.String({ maxLength: 8 })) }, { additionalProperties: false }),
        response: { 201: LocationView, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(toLocationView(await addLocation(deps, actorOf(request), request.body))),
  )

  app.patch(
    '/locations/:id',
    {
      schema: {
        tags: ['locations'],
        summary: 'Rename a location or change its time zone (owner)',
        params: IdParams,
        body: Type.Object({ name: Type.Optional(Text), timeZone: Type.Optional(Text) }, { additionalProperties: false, minProperties: 1 }),
        response: { 200: LocationView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toLocationView(await updateLocation(deps, actorOf(request), request.params.id, request.body)),
  )

  app.get(
    '/devices',
    {
      schema: {
        tags: ['locations'],
        summary: 'Enrolled tablets and screens: a manager sees their location, an owner any or all',
        querystring: Type.Object({ locationId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }),
        response: { 200: Type.Array(DeviceView), ...problems(401, 403) },
      },
    },
    async (request) => (await listDevices(deps, actorOf(request), request.query.locationId || undefined)).map(toDeviceView),
  )

  app.patch(
    '/devices/:id',
    {
      schema: {
        tags: ['locations'],
        summary: 'Name a tablet ("Front counter")',
        params: IdParams,
        body: Type.Object({ name: Text }, { additionalProperties: false }),
        response: { 200: DeviceView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => toDeviceView(await renameDevice(deps, actorOf(request), request.params.id, request.body.name)),
  )

  app.post(
    '/devices/:id/unenrol',
    {
      schema: {
        tags: ['locations'],
        summary: 'Un-enrol a tablet: everyone on it is signed out; only a manager or owner can enrol it again',
        params: IdParams,
        response: { 200: Type.Object({ device: DeviceView, sessionsEnded: Type.Integer() }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { device, sessionsEnded } = await unenrolDevice(deps, actorOf(request), request.params.id)
      return { device: toDeviceView(device), sessionsEnded }
    },
  )
}
