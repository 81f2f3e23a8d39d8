import fastifyCors from '@fastify/cors';
import { HTTP_REQUEST_ID_HEADER } from '@scn/contracts';
import type { FastifyInstance } from 'fastify';

/** Response headers browser code may read across origins. */
export const CORS_EXPOSED_HEADERS = [
  HTTP_REQUEST_ID_HEADER,
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
] as const;

/** The methods the API's routes use. */
const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * The configured origins in the form browsers send in `Origin` (scheme://host[:port], no
 * path, no trailing slash), so `https://app.example.com/` in the config still matches.
 */
export function normaliseOrigins(origins: readonly string[]): ReadonlySet<string> {
  return new Set(origins.map((origin) => new URL(origin).origin));
}

/**
 * CORS for the configured origins only, with credentials (cookies, Authorization). No
 * configured origin means no cross-origin browser access at all, so the plugin is not even
 * registered: no CORS header is ever sent and preflights get the ordinary 404.
 */
export async function registerCors(fastify: FastifyInstance, origins: readonly string[]): Promise<void> {
  const allowed = normaliseOrigins(origins);
  if (allowed.size === 0) return;
  await fastify.register(fastifyCors, {
    // A function rather than the array: for a foreign origin (or none) it answers `false`,
    // which makes the plugin send no CORS header at all and refuse the preflight, instead
    // of sending credentials/expose headers without an allowed origin.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: CORS_METHODS,
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    maxAge: PREFLIGHT_MAX_AGE_S,
  });
}
