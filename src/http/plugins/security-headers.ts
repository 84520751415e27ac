import fastifyHelmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/**
 * The web app loads only its own scripts, styles, images and API; nothing may frame it (a counter screen cannot be
 * clickjacked); a link out says nothing of the page it came from. The box often runs on plain HTTP in a shop, so
 * the policy never asks the browser to upgrade requests to HTTPS.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  // React sets styles through the DOM, which CSP allows; inline style attributes in the built HTML need this.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

export async function securityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Sent over HTTPS only, as browsers heed it only there; a short max-age so a box moved to HTTP recovers.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  })
}

/** Everything the API answers is about staff or customers: no browser or proxy may keep a copy. */
export function noStore(api: FastifyInstance): void {
  api.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
    return payload
  })
}
