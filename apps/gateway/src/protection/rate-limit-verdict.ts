import type { FastifyInstance } from 'fastify';

/** What @fastify/rate-limit answers for one bucket and one request. */
export type BucketAnswer = Awaited<ReturnType<ReturnType<FastifyInstance['createRateLimit']>>>;

/** One bucket's state after counting a request. */
export interface BucketState {
  limit: number;
  remaining: number;
  /** Seconds until the bucket's window ends. */
  resetSeconds: number;
  exceeded: boolean;
}

/** What to do with a request: its rate-limit headers, and whether it is refused. */
export interface RateLimitVerdict {
  limited: boolean;
  headers: Record<string, string>;
}

/**
 * The bucket's state, or `null` when it is unknown. With `skipOnError` a failed Redis call
 * comes back as "nothing counted" (remaining = max); a successful call always counts the
 * request itself, so remaining = max means the store did not answer and the request passes
 * without headers that would claim a budget nobody counted.
 */
export function bucketState(answer: BucketAnswer): BucketState | null {
  if (answer.isAllowed || answer.remaining >= answer.max) return null;
  return { limit: answer.max, remaining: answer.remaining, resetSeconds: answer.ttlInSeconds, exceeded: answer.isExceeded };
}

/**
 * Combines the buckets a request counted against. A request is refused when any bucket is
 * exceeded, and told to wait for the latest of those to reset; otherwise the headers
 * describe the bucket closest to running out, the one the client should pace itself by.
 */
export function rateLimitVerdict(states: ReadonlyArray<BucketState | null>): RateLimitVerdict {
  const known = states.filter((state): state is BucketState => state !== null);
  const exceeded = known.filter((state) => state.exceeded);
  if (exceeded.length > 0) {
    const binding = exceeded.reduce((a, b) => (b.resetSeconds > a.resetSeconds ? b : a));
    const retryAfter = String(Math.max(1, binding.resetSeconds));
    return { limited: true, headers: { ...standardHeaders(binding), 'retry-after': retryAfter } };
  }
  if (known.length === 0) return { limited: false, headers: {} };
  const tightest = known.reduce((a, b) => (b.remaining < a.remaining ? b : a));
  return { limited: false, headers: standardHeaders(tightest) };
}

/** The IETF draft's RateLimit-* fields (names as @fastify/rate-limit's `enableDraftSpec`). */
function standardHeaders(state: BucketState): Record<string, string> {
  return {
    'ratelimit-limit': String(state.limit),
    'ratelimit-remaining': String(state.remaining),
    'ratelimit-reset': String(state.resetSeconds),
  };
}
