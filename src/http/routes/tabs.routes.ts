import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { decideTabApproval } from '../../domain/orders/index.js'
import type { Deps } from '../../domain/ports.js'
import { businessSettings } from '../../domain/shared/settings.js'
import { emailStatement, getStatement, getTabApproval, issueStatement, listOpenTabs, listTabApprovals, openTab, settleTab, tabOf, writeOffTab } from '../../domain/tabs/index.js'
import { actorOf } from '../plugins/auth.js'
import { IdParams, problems } from './common.schemas.js'
import { OpenTabView, TabStatementView, TabViewSchema, toOpenTabView, toTabStatementView, toTabView } from './loyalty.schemas.js'
import { OrderView, TabApprovalView, toOrderView, toTabApprovalView } from './orders.schemas.js'

const Amount = Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000_000, description: 'Minor units; without it, the whole balance' }))

/** Tabs and house accounts: open, settle, write off, statements, and the manager's answer to a charge over the limit. */
export const tabRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/customers/:id/tab',
    { schema: { tags: ['tabs'], summary: "A customer's tab or house account and its ledger", params: IdParams, response: { 200: TabViewSchema, ...problems(401, 404) } } },
    async (request) => {
      actorOf(request)
      return toTabView(await tabOf(deps, request.params.id))
    },
  )

  app.post(
    '/customers/:id/tab',
    {
      schema: {
        tags: ['tabs'],
        summary: 'Open a tab (the tier decides at the counter) or a house account (manager, any limit)',
        params: IdParams,
        body: Type.Object(
          { kind: Type.Optional(Type.Union([Type.Literal('tab'), Type.Literal('house')])), limitMinor: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })) },
          { additionalProperties: false },
        ),
        response: { 200: TabViewSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toTabView(await openTab(deps, actorOf(request), request.params.id, request.body)),
  )

  app.post(
    '/customers/:id/tab/settlement',
    {
      schema: {
        tags: ['tabs'],
        summary: 'Settle up, in full or in part; a same-day tab settled to zero closes',
        params: IdParams,
        body: Type.Object({ amountMinor: Amount }, { additionalProperties: false }),
        response: { 200: TabViewSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toTabView(await settleTab(deps, actorOf(request), request.params.id, request.body.amountMinor)),
  )

  app.post(
    '/customers/:id/tab/write-off',
    {
      schema: {
        tags: ['tabs'],
        summary: 'Write off what will not be paid (manager, with a reason)',
        params: IdParams,
        body: Type.Object({ amountMinor: Amount, reason: Type.String({ maxLength: 400 }) }, { additionalProperties: false }),
        response: { 200: TabViewSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => toTabView(await writeOffTab(deps, actorOf(request), request.params.id, request.body)),
  )

  app.post(
    '/customers/:id/tab/statements',
    { schema: { tags: ['tabs'], summary: 'Issue the next statement (manager); statements never change', params: IdParams, response: { 201: TabStatementView, ...problems(401, 403, 404, 409) } } },
    async (request, reply) => reply.code(201).send(toTabStatementView(await issueStatement(deps, actorOf(request), request.params.id))),
  )

  app.get(
    '/tab-statements/:id',
    { schema: { tags: ['tabs'], summary: 'One statement, for printing', params: IdParams, response: { 200: TabStatementView, ...problems(401, 404) } } },
    async (request) => {
      return toTabStatementView(await getStatement(deps, actorOf(request), request.params.id))
    },
  )

  app.post(
    '/tab-statements/:id/email',
    { schema: { tags: ['tabs'], summary: 'Email a statement to the customer (through the outbox)', params: IdParams, response: { 202: Type.Object({ to: Type.String() }), ...problems(401, 403, 404, 422) } } },
    async (request, reply) => {
      const business = await businessSettings(deps.repos.settings)
      const money = new Intl.NumberFormat(business.locale, { style: 'currency', currency: business.currency })
      return reply.code(202).send(await emailStatement(deps, actorOf(request), request.params.id, (minor) => money.format(minor / 100)))
    },
  )

  app.get(
    '/tabs/open',
    {
      schema: {
        tags: ['tabs'],
        summary: 'Open tabs with money on them: the list for closing time',
        querystring: Type.Object({ locationId: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: { 200: Type.Object({ tabs: Type.Array(OpenTabView) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      return { tabs: (await listOpenTabs(deps, actorOf(request), request.query.locationId)).map(toOpenTabView) }
    },
  )

  app.get(
    '/tab-approvals',
    {
      schema: {
        tags: ['tabs'],
        summary: 'Charges waiting for a manager because they would pass a tab limit',
        response: { 200: Type.Object({ approvals: Type.Array(Type.Composite([TabApprovalView, Type.Object({ customerName: Type.String(), staffName: Type.String() })])) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      return { approvals: (await listTabApprovals(deps, actorOf(request))).map((a) => ({ ...toTabApprovalView(a), customerName: a.customerName, staffName: a.staffName })) }
    },
  )

  app.get(
    '/tab-approvals/:id',
    { schema: { tags: ['tabs'], summary: 'One request, for the counter waiting on it', params: IdParams, response: { 200: TabApprovalView, ...problems(401, 403, 404) } } },
    async (request) => toTabApprovalView(await getTabApproval(deps, actorOf(request), request.params.id)),
  )

  app.post(
    '/tab-approvals/:id/decision',
    {
      schema: {
        tags: ['tabs'],
        summary: 'Approve (the order goes on the tab past its limit) or decline; the first answer wins',
        params: IdParams,
        body: Type.Object({ approve: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: Type.Object({ approval: TabApprovalView, order: Type.Union([Type.Null(), OrderView]) }), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { approval, order } = await decideTabApproval(deps, actorOf(request), request.params.id, request.body.approve)
      return { approval: toTabApprovalView(approval), order: order && toOrderView(order) }
    },
  )
}
