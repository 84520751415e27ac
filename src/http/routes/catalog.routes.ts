import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  addItem,
  addModifier,
  readMenu,
  setItemArchived,
  setItemAvailable,
  setModifierArchived,
  updateItem,
  updateModifier,
  type MenuItem,
  type MenuModifier,
} from '../../domain/catalog/index.js'
import type { Deps } from '../../domain/ports.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, problems } from './common.schemas.js'

const Money = Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'Minor units (cents)' })
const Label = Type.String({ maxLength: 200 })
const Groups = Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 })

const ItemView = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  category: Type.String(),
  priceMinor: Type.Integer(),
  modifierGroups: Type.Array(Type.String()),
})

const ModifierView = Type.Object({ id: Type.String(), group: Type.String(), name: Type.String(), priceMinor: Type.Integer() })

const MenuItemView = Type.Object({
  ...ItemView.properties,
  position: Type.Integer(),
  archived: Type.Boolean(),
  unavailableAt: Type.Array(Type.String(), { description: 'Locations whose counter does not sell it' }),
})

const MenuModifierView = Type.Object({ ...ModifierView.properties, position: Type.Integer(), archived: Type.Boolean() })

const toMenuItemView = ({ archivedAt, ...item }: MenuItem) => ({ ...item, archived: archivedAt !== null })
const toMenuModifierView = ({ archivedAt, ...modifier }: MenuModifier) => ({ ...modifier, archived: archivedAt !== null })

const ItemParams = Type.Object({ id: IdParams.properties.id, locationId: IdParams.properties.id })

/** The counter's menu, and the console's menu settings: owners change items and options, managers what their counter sells. */
export const catalogRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  const business = async () => (await deps.repos.settings.get<{ currency: string; locale: string }>('business')) ?? { currency: 'USD', locale: 'en-US' }

  app.get(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: 'What the signed-in counter sells: items and options, prices in minor units',
        response: {
          200: Type.Object({ currency: Type.String(), locale: Type.String(), items: Type.Array(ItemView), modifiers: Type.Array(ModifierView) }),
          ...problems(401),
        },
      },
    },
    async (request) => {
      const [catalog, { currency, locale }] = await Promise.all([deps.repos.catalog.load(actorOf(request).locationId), business()])
      return { currency, locale, ...catalog }
    },
  )

  app.get(
    '/menu',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The whole menu for the console, archived items and options too',
        response: {
          200: Type.Object({ currency: Type.String(), locale: Type.String(), items: Type.Array(MenuItemView), modifiers: Type.Array(MenuModifierView) }),
          ...problems(401, 403),
        },
      },
    },
    async (request) => {
      const [menu, { currency, locale }] = await Promise.all([readMenu(deps, actorOf(request)), business()])
      return { currency, locale, items: menu.items.map(toMenuItemView), modifiers: menu.modifiers.map(toMenuModifierView) }
    },
  )

  app.post(
    '/menu/items',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Add an item (owner); it goes last and every counter shows it at once',
        body: Type.Object(
          { name: Label, category: Label, priceMinor: Money, modifierGroups: Type.Optional(Groups), sku: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: { 201: MenuItemView, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(toMenuItemView(await addItem(deps, actorOf(request), request.body))),
  )

  app.patch(
    '/menu/items/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Change an item (owner); orders already rung keep the price they were rung at',
        params: IdParams,
        body: Type.Object(
          { name: Type.Optional(Label), category: Type.Optional(Label), priceMinor: Type.Optional(Money), modifierGroups: Type.Optional(Groups), position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })) },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: MenuItemView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => toMenuItemView(await updateItem(deps, actorOf(request), request.params.id, request.body)),
  )

  for (const [path, archived] of [['archive', true], ['restore', false]] as const) {
    app.post(
      `/menu/items/:id/${path}`,
      {
        schema: {
          tags: ['catalog'],
          summary: archived ? 'Take an item off every counter (owner); its history stays' : 'Put an archived item back on the menu (owner)',
          params: IdParams,
          response: { 200: MenuItemView, ...problems(401, 403, 404) },
        },
      },
      async (request) => toMenuItemView(await setItemArchived(deps, actorOf(request), request.params.id, archived)),
    )
    app.post(
      `/menu/modifiers/:id/${path}`,
      {
        schema: {
          tags: ['catalog'],
          summary: archived ? 'Stop offering an option (owner); orders that had it keep it' : 'Offer an archived option again (owner)',
          params: IdParams,
          response: { 200: MenuModifierView, ...problems(401, 403, 404) },
        },
      },
      async (request) => toMenuModifierView(await setModifierArchived(deps, actorOf(request), request.params.id, archived)),
    )
  }

  app.put(
    '/menu/items/:id/availability/:locationId',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Whether one location sells an item (a manager for their location, an owner for any)',
        params: ItemParams,
        body: Type.Object({ available: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: MenuItemView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toMenuItemView(await setItemAvailable(deps, actorOf(request), request.params.id, request.params.locationId, request.body.available)),
  )

  app.post(
    '/menu/modifiers',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Add an option to a group, e.g. "Oat" to "milk" (owner); a new group starts with its first option',
        body: Type.Object({ group: Label, name: Label, priceMinor: Money }, { additionalProperties: false }),
        response: { 201: MenuModifierView, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(toMenuModifierView(await addModifier(deps, actorOf(request), request.body))),
  )

  app.patch(
    '/menu/modifiers/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Rename an option, change its price or place (owner)',
        params: IdParams,
        body: Type.Object(
          { name: Type.Optional(Label), priceMinor: Type.Optional(Money), position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })) },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: MenuModifierView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => toMenuModifierView(await updateModifier(deps, actorOf(request), request.params.id, request.body)),
  )
}
