import fastifyRateLimit from '@fastify/rate-limit';
import { PROBLEM_CONTENT_TYPE, toProblem } from '@scn/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import {
  authClientKey,
  generalClientKey,
  isAuthRateLimited,
  isRateLimitExempt,
  limitedPath,
} from './rate-limit-keys';
import { bucketState, rateLimitVerdict, type BucketAnswer } from './rate-limit-verdict';

/** Budgets are per minute. */
const WINDOW_MS = 60_000;

export const RATE_LIMITED_CODE = 'RATE_LIMITED';

export interface RateLimitOptions {
  redis: Redis;
  namespace: string;
  ratePerMinute: number;
  authRatePerMinute: number;
}

type Bucket = (request: FastifyRequest) => Promise<BucketAnswer>;

/**
 * Two budgets, both counted in Redis so every gateway replica shares them: a general one
 * per caller on every request but the health probes, and a stricter per-IP one on the
 * authentication endpoints (which also count against the general one).
 */
export async function registerRateLimits(fastify: FastifyInstance, options: RateLimitOptions): Promise<void> {
  const general = await createBucket(fastify, options, 'general', options.ratePerMinute, (request) =>
    generalClientKey(request.headers.authorization, request.ip),
  );
  const auth = await createBucket(fastify, options, 'auth', options.authRatePerMinute, (request) =>
    authClientKey(limitedPath(request.routeOptions.url, request.url), request.ip),
  );

  // One hook on the root instance rather than the plugin's per-route hooks: it covers the
  // routes Nest adds later and unknown URLs too (probing 404s costs budget), and it can count
  // one request against two buckets (the plugin runs only one limiter per request).
  fastify.addHook('onRequest', async (request, reply) => {
    const path = limitedPath(request.routeOptions.url, request.url);
    if (isRateLimitExempt(path)) return;
    // While Redis is down, don't even try: each attempt would only fail (skipOnError lets it
    // pass) after building an error. Calls that fail while it is up are covered by skipOnError.
    if (options.redis.status !== 'ready') return;
    const buckets = isAuthRateLimited(request.method, path) ? [general, auth] : [general];
    const answers = await Promise.all(buckets.map((bucket) => bucket(request)));
    const verdict = rateLimitVerdict(answers.map(bucketState));
    void reply.headers(verdict.headers);
    if (verdict.limited) return refuse(request, reply, verdict.headers['retry-after'] ?? '1');
  });
}

/**
 * One budget, as a limiter function of @fastify/rate-limit over its Redis store. Each one is
 * registered in a scope of its own so that `createRateLimit()` hands out the plugin's root
 * store with a namespace of our choosing (`<namespace>:rate-limit:<bucket>:<client>`); the
 * per-call options variant would put `undefinedundefined-` in every key.
 */
async function createBucket(
  fastify: FastifyInstance,
  options: RateLimitOptions,
  name: string,
  max: number,
  keyGenerator: (request: FastifyRequest) => string,
): Promise<Bucket> {
  let bucket: Bucket | undefined;
  await fastify.register(async (scope) => {
    await scope.register(fastifyRateLimit, {
      global: false,
      redis: options.redis,
      nameSpace: `${options.namespace}:rate-limit:${name}:`,
      max,
      timeWindow: WINDOW_MS,
      keyGenerator,
      // Rate limiting protects the API; it must never be the reason the API is down. When
      // Redis fails or times out, the request passes uncounted instead of failing with a 500.
      skipOnError: true,
    });
    bucket = scope.createRateLimit();
  });
  if (!bucket) throw new Error(`rate-limit bucket ${name} was not created`);
  return bucket;
}

/**
 * Answers 429 right here, as a problem document: the reply never reaches Nest (whose
 * exception filters don't see Fastify hooks) nor an error handler that could reshape it.
 */
function refuse(request: FastifyRequest, reply: FastifyReply, retryAfterSeconds: string): FastifyReply {
  const problem = toProblem(
    {
      status: 429,
      code: RATE_LIMITED_CODE,
      message: `Too many requests; retry in ${retryAfterSeconds} seconds.`,
    },
    String(request.id),
    request.url,
  );
  return reply.code(429).type(PROBLEM_CONTENT_TYPE).send(problem);
}
