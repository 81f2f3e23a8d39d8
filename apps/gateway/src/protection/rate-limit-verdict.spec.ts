import { bucketState, rateLimitVerdict, type BucketAnswer, type BucketState } from './rate-limit-verdict';

const answer = (overrides: Partial<Extract<BucketAnswer, { isAllowed: false }>>): BucketAnswer => ({
  isAllowed: false,
  key: 'k',
  max: 5,
  timeWindow: 60_000,
  remaining: 4,
  ttl: 60_000,
  ttlInSeconds: 60,
  isExceeded: false,
  isBanned: false,
  ...overrides,
});

const state = (overrides: Partial<BucketState>): BucketState => ({
  limit: 5,
  remaining: 4,
  resetSeconds: 60,
  exceeded: false,
  ...overrides,
});

describe('bucketState', () => {
  it('reads a counted request', () => {
    expect(bucketState(answer({ remaining: 2, ttlInSeconds: 31 }))).toEqual(state({ remaining: 2, resetSeconds: 31 }));
  });

  it('reads an exceeded bucket', () => {
    expect(bucketState(answer({ remaining: 0, isExceeded: true }))).toEqual(state({ remaining: 0, exceeded: true }));
  });

  it('is unknown when the store did not answer (skipOnError counts nothing)', () => {
    expect(bucketState(answer({ remaining: 5, ttl: 0, ttlInSeconds: 0 }))).toBeNull();
  });

  it('is unknown for an allow-listed key', () => {
    expect(bucketState({ isAllowed: true, key: 'k' })).toBeNull();
  });
});

describe('rateLimitVerdict', () => {
  it('lets a request within budget pass with the standard headers', () => {
    expect(rateLimitVerdict([state({ remaining: 3, resetSeconds: 42 })])).toEqual({
      limited: false,
      headers: { 'ratelimit-limit': '5', 'ratelimit-remaining': '3', 'ratelimit-reset': '42' },
    });
  });

  it('describes the bucket closest to running out', () => {
    const verdict = rateLimitVerdict([state({ limit: 600, remaining: 590 }), state({ limit: 10, remaining: 1, resetSeconds: 12 })]);

    expect(verdict.headers).toEqual({ 'ratelimit-limit': '10', 'ratelimit-remaining': '1', 'ratelimit-reset': '12' });
  });

  it('refuses when any bucket is exceeded, with retry-after of that bucket', () => {
    const verdict = rateLimitVerdict([state({ limit: 600, remaining: 590 }), state({ limit: 2, remaining: 0, resetSeconds: 17, exceeded: true })]);

    expect(verdict).toEqual({
      limited: true,
      headers: { 'ratelimit-limit': '2', 'ratelimit-remaining': '0', 'ratelimit-reset': '17', 'retry-after': '17' },
    });
  });

  it('waits for the latest reset when several buckets are exceeded', () => {
    const verdict = rateLimitVerdict([
      state({ remaining: 0, resetSeconds: 5, exceeded: true }),
      state({ remaining: 0, resetSeconds: 40, exceeded: true }),
    ]);

    expect(verdict.headers['retry-after']).toBe('40');
  });

  it('passes without headers when no bucket could be counted', () => {
    expect(rateLimitVerdict([null, null])).toEqual({ limited: false, headers: {} });
  });

  it('ignores the unknown bucket and reports the known one', () => {
    expect(rateLimitVerdict([null, state({ remaining: 1 })]).headers['ratelimit-remaining']).toBe('1');
  });
});
