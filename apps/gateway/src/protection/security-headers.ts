import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** Where the Swagger UI is mounted; its pages need a CSP of their own. */
export const DOCS_PATH_PREFIX = '/docs';

/** True for the docs page and everything below it (not for e.g. `/docsearch`). */
export function isDocsPath(path: string): boolean {
  return path === DOCS_PATH_PREFIX || path.startsWith(`${DOCS_PATH_PREFIX}/`);
}

/**
 * Security headers on every response. The API only ever answers JSON, so its CSP allows
 * nothing at all: a response that a browser is tricked into rendering can run no script,
 * load nothing and be framed by no one.
 */
export async function registerSecurityHeaders(fastify: FastifyInstance, options: { production: boolean }): Promise<void> {
  // Routes under /docs serve the Swagger UI (HTML, scripts, styles), which `default-src
  // 'none'` would break. @fastify/swagger-ui (with `staticCSP: true`) sets a CSP fitted to
  // its page on those routes, so helmet leaves the CSP there to it and keeps the rest.
  // This onRoute hook must be added before helmet's own, which turns `routeOptions.helmet`
  // into the route config helmet reads on each request.
  fastify.addHook('onRoute', (routeOptions) => {
    if (routeOptions.helmet === undefined && isDocsPath(routeOptions.url)) {
      routeOptions.helmet = { contentSecurityPolicy: false };
    }
  });
  await fastify.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    xFrameOptions: { action: 'deny' },
    // HSTS pins browsers to HTTPS for a year; sent over plain HTTP in development it would
    // only make localhost unusable for other projects, so production alone sends it.
    strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
