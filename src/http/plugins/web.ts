import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { sendProblem } from '../problem.js'

export const WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url))

const SPA_PREFIXES = ['/counter', '/m', '/console', '/c/', '/f/', '/s/', '/privacy', '/setup']

/** Serves the built SPA; unknown paths under the app's routes get index.html so the client router takes over. */
export async function webPlugin(app: FastifyInstance): Promise<void> {
  if (!existsSync(WEB_ROOT)) {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain').send('The web app is not built yet: run `npm run build` (npm start does it for you).'),
    )
    return
  }
  await app.register(fastifyStatic, {
    root: WEB_ROOT,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      // Hashed assets never change; everything else is checked on each load.
      res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  app.get('/', async (_request, reply) => reply.redirect('/counter'))
  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    if (SPA_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix))) {
      return reply.sendFile('index.html')
    }
    if (!existsSync(WEB_ROOT + path.slice(1)) || path.includes('..')) return sendProblem(reply, request, 404, 'route.not_found', `Nothing at ${path}`)
    return reply.sendFile(path.slice(1))
  })
}
