import type { FastifyInstance } from 'fastify';
import { registerCors } from './cors';
import { createRateLimitRedis, type ProtectionLogger } from './rate-limit-redis';
import { registerRateLimits } from './rate-limits';
import { registerSecurityHeaders } from './security-headers';

export { AUTH_RATE_LIMITED_PATHS, RATE_LIMIT_EXEMPT_PATHS } from './rate-limit-keys';
export { CORS_EXPOSED_HEADERS } from './cors';
export { RATE_LIMITED_CODE } from './rate-limits';
export { DOCS_PATH_PREFIX } from './security-headers';
export type { ProtectionLogger } from './rate-limit-redis';

export interface ProtectionOptions {
  redisUrl: string;
  /** Prefix of every Redis key, so deployments and parallel test runs never share counters. */
  namespace: string;
  ratePerMinute: number;
  authRatePerMinute: number;
  corsOrigins: string[];
  production: boolean;
  /** Where Redis outages are reported; `fastify.log` when not given. */
  logger?: ProtectionLogger;
}

/**
 * Security headers, CORS and rate limits for every route of `fastify`. Call it before any
 * route is registered (before Nest creates the app): the hooks it adds apply only to routes
 * added after them. Their order matters and is kept here: security headers first, then CORS
 * (a preflight is answered there and never counts), then the rate limits, so even a 429
 * carries the security and CORS headers a browser needs to read it.
 *
 * The Redis connection is closed by the returned `close()`, or when `fastify` closes.
 */
export async function installProtection(
  fastify: FastifyInstance,
  options: ProtectionOptions,
): Promise<{ close(): Promise<void> }> {
  const redis = createRateLimitRedis(options.redisUrl, options.logger ?? fastify.log);
  await registerSecurityHeaders(fastify, { production: options.production });
  await registerCors(fastify, options.corsOrigins);
  await registerRateLimits(fastify, {
    redis: redis.client,
    namespace: options.namespace,
    ratePerMinute: options.ratePerMinute,
    authRatePerMinute: options.authRatePerMinute,
  });
  // Connected before the first request, so early requests are counted; a Redis that does
  // not answer delays start-up by at most the connect timeout and is then retried.
  await redis.connect();
  fastify.addHook('onClose', async () => redis.close());
  return { close: () => redis.close() };
}
