import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { PROBLEM_CONTENT_TYPE } from '@scn/platform';
import { testNamespace } from '@scn/testing';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { Redis } from 'ioredis';
import { installProtection, type ProtectionOptions } from '../src/protection/install-protection';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const ALLOWED_ORIGIN = 'https://app.example.com';
const silent = { info: () => undefined, warn: () => undefined };

/** A bare Fastify with the protection installed first, then a few stand-in routes. */
async function buildApp(overrides: Partial<ProtectionOptions> = {}): Promise<FastifyInstance> {
  const app = Fastify();
  await installProtection(app, {
    redisUrl: REDIS_URL,
    namespace: testNamespace(),
    ratePerMinute: 5,
    authRatePerMinute: 2,
    corsOrigins: [`${ALLOWED_ORIGIN}/`],
    production: false,
    logger: silent,
    ...overrides,
  });
  app.get('/v1/things', async () => ({ things: [] }));
  app.post('/v1/auth/login', async () => ({ token: 'x' }));
  app.post('/v1/auth/refresh', async () => ({ token: 'y' }));
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async () => ({ status: 'ready' }));
  await app.ready();
  return app;
}

/** Sends the same request `times` times, one after the other; the status codes in order. */
async function statuses(app: FastifyInstance, request: InjectOptions, times: number): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < times; i++) codes.push((await app.inject(request)).statusCode);
  return codes;
}

describe('gateway protection (security headers, CORS, rate limits)', () => {
  let app: FastifyInstance;

  afterEach(async () => {
    await app?.close();
  });

  describe('security headers', () => {
    it('sends the hardening headers and a CSP that allows nothing on API responses', async () => {
      app = await buildApp();

      const response = await app.inject({ method: 'GET', url: '/v1/things' });

      expect(response.statusCode).toBe(200);
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'content-security-policy': "default-src 'none';frame-ancestors 'none'",
      });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends HSTS in production', async () => {
      app = await buildApp({ production: true });

      const response = await app.inject({ method: 'GET', url: '/v1/things' });

      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    });

    it("leaves the CSP of the Swagger UI under /docs to the UI plugin's own", async () => {
      app = Fastify();
      await installProtection(app, {
        redisUrl: REDIS_URL,
        namespace: testNamespace(),
        ratePerMinute: 100,
        authRatePerMinute: 10,
        corsOrigins: [],
        production: false,
        logger: silent,
      });
      await app.register(fastifySwagger, { openapi: { info: { title: 'test', version: '1' } } });
      await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });
      await app.ready();

      const page = await app.inject({ method: 'GET', url: '/docs' });

      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).not.toContain("default-src 'none'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  describe('CORS', () => {
    it('allows a configured origin, with credentials and the exposed headers', async () => {
      app = await buildApp();

      const response = await app.inject({ method: 'GET', url: '/v1/things', headers: { origin: ALLOWED_ORIGIN } });

      expect(response.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(response.headers['access-control-allow-credentials']).toBe('true');
      expect(String(response.headers['access-control-expose-headers']).split(', ')).toEqual(
        expect.arrayContaining(['x-request-id', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']),
      );
    });

    it('sends no CORS header to a foreign origin', async () => {
      app = await buildApp();

      const response = await app.inject({ method: 'GET', url: '/v1/things', headers: { origin: 'https://evil.example' } });

      expect(response.statusCode).toBe(200);
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    });

    it('answers the preflight of a configured origin, and refuses a foreign one', async () => {
      app = await buildApp();
      const preflight = (origin: string) =>
        app.inject({
          method: 'OPTIONS',
          url: '/v1/things',
          headers: { origin, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,content-type' },
        });

      const allowed = await preflight(ALLOWED_ORIGIN);
      const foreign = await preflight('https://evil.example');

      expect(allowed.statusCode).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(allowed.headers['access-control-allow-methods']).toContain('PATCH');
      expect(allowed.headers['access-control-allow-headers']).toBe('authorization,content-type');
      expect(foreign.statusCode).toBe(404);
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('sends no CORS header at all when no origin is configured', async () => {
      app = await buildApp({ corsOrigins: [] });

      const response = await app.inject({ method: 'GET', url: '/v1/things', headers: { origin: ALLOWED_ORIGIN } });

      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    });
  });

  describe('rate limits', () => {
    it('refuses the 6th request of a minute with a RATE_LIMITED problem and retry-after', async () => {
      app = await buildApp();

      const first = await app.inject({ method: 'GET', url: '/v1/things' });
      expect(first.headers).toMatchObject({ 'ratelimit-limit': '5', 'ratelimit-remaining': '4' });
      expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(0);
      expect(await statuses(app, { method: 'GET', url: '/v1/things' }, 4)).toEqual([200, 200, 200, 200]);

      const limited = await app.inject({ method: 'GET', url: '/v1/things?page=2', headers: { origin: ALLOWED_ORIGIN } });

      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(limited.headers).toMatchObject({ 'ratelimit-limit': '5', 'ratelimit-remaining': '0' });
      // A browser can only read the 429 if it carries the CORS and security headers too.
      expect(limited.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(limited.headers['x-content-type-options']).toBe('nosniff');
      expect(limited.json()).toEqual({
        type: 'urn:scn:problem:rate_limited',
        title: 'Too Many Requests',
        status: 429,
        code: 'RATE_LIMITED',
        detail: expect.stringContaining('retry in'),
        correlationId: expect.any(String),
        instance: '/v1/things?page=2',
      });
    });

    it('uses the request id as the correlation id of the problem', async () => {
      app = Fastify({ genReqId: (request) => String(request.headers['x-request-id'] ?? 'none') });
      await installProtection(app, {
        redisUrl: REDIS_URL,
        namespace: testNamespace(),
        ratePerMinute: 1,
        authRatePerMinute: 1,
        corsOrigins: [],
        production: false,
        logger: silent,
      });
      app.get('/v1/things', async () => ({}));

      await app.inject({ method: 'GET', url: '/v1/things' });
      const limited = await app.inject({ method: 'GET', url: '/v1/things', headers: { 'x-request-id': 'req-429' } });

      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ correlationId: 'req-429' });
    });

    it('gives each Authorization header a budget of its own, apart from the IP', async () => {
      app = await buildApp();
      const asAlice = { method: 'GET', url: '/v1/things', headers: { authorization: 'Bearer alice' } } as const;
      const asBob = { method: 'GET', url: '/v1/things', headers: { authorization: 'Bearer bob' } } as const;

      expect(await statuses(app, asAlice, 6)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(await statuses(app, asBob, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(await statuses(app, { method: 'GET', url: '/v1/things' }, 1)).toEqual([200]);
    });

    it('counts anonymous callers per IP', async () => {
      app = await buildApp();
      const from = (remoteAddress: string): InjectOptions => ({ method: 'GET', url: '/v1/things', remoteAddress });

      expect(await statuses(app, from('203.0.113.7'), 6)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(await statuses(app, from('198.51.100.1'), 1)).toEqual([200]);
    });

    it('refuses the 3rd login from one IP while the general budget remains', async () => {
      app = await buildApp();
      const login = { method: 'POST', url: '/v1/auth/login', payload: {}, remoteAddress: '203.0.113.7' } as const;

      expect(await statuses(app, login, 2)).toEqual([200, 200]);
      const third = await app.inject(login);

      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ code: 'RATE_LIMITED', instance: '/v1/auth/login' });
      expect(third.headers).toMatchObject({ 'ratelimit-limit': '2', 'ratelimit-remaining': '0' });
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      // 3 of the 5 general requests are used: other routes still answer ...
      expect(await statuses(app, { method: 'GET', url: '/v1/things', remoteAddress: '203.0.113.7' }, 1)).toEqual([200]);
      // ... another auth endpoint has its own budget, and another IP may still log in.
      expect(await statuses(app, { ...login, url: '/v1/auth/refresh' }, 1)).toEqual([200]);
      expect(await statuses(app, { ...login, remoteAddress: '198.51.100.1' }, 1)).toEqual([200]);
    });

    it('counts the auth budget per IP even with different credentials', async () => {
      app = await buildApp();
      const login = (authorization: string): InjectOptions => ({
        method: 'POST',
        url: '/v1/auth/login',
        payload: {},
        headers: { authorization },
      });

      expect((await app.inject(login('Bearer a'))).statusCode).toBe(200);
      expect((await app.inject(login('Bearer b'))).statusCode).toBe(200);
      expect((await app.inject(login('Bearer c'))).statusCode).toBe(429);
    });

    it('never limits the health probes', async () => {
      app = await buildApp();

      expect(await statuses(app, { method: 'GET', url: '/healthz' }, 10)).toEqual(Array(10).fill(200));
      expect(await statuses(app, { method: 'GET', url: '/readyz' }, 10)).toEqual(Array(10).fill(200));
      const probe = await app.inject({ method: 'GET', url: '/healthz' });
      expect(probe.headers['ratelimit-limit']).toBeUndefined();
    });

    it('keeps counters under the namespace, never with the credentials in a key', async () => {
      const namespace = testNamespace();
      app = await buildApp({ namespace });
      await app.inject({ method: 'GET', url: '/v1/things', headers: { authorization: 'Bearer very-secret' } });
      await app.inject({ method: 'POST', url: '/v1/auth/login', payload: {}, remoteAddress: '203.0.113.7' });

      const redis = new Redis(REDIS_URL);
      try {
        const keys = (await redis.keys(`${namespace}:*`)).sort();
        expect(keys).toHaveLength(3);
        expect(keys).toEqual(
          expect.arrayContaining([
            `${namespace}:rate-limit:auth:/v1/auth/login:ip:203.0.113.7`,
            `${namespace}:rate-limit:general:ip:203.0.113.7`,
          ]),
        );
        expect(keys.join(' ')).not.toContain('very-secret');
        expect(await redis.pttl(keys[0] ?? '')).toBeGreaterThan(0);
      } finally {
        await redis.quit();
      }
    });

    it('lets a request through uncounted when its counter cannot be updated (skipOnError)', async () => {
      const namespace = testNamespace();
      app = await buildApp({ namespace });
      const redis = new Redis(REDIS_URL);
      try {
        // A counter key of the wrong type makes the store's INCR fail for this client only.
        await redis.hset(`${namespace}:rate-limit:general:ip:203.0.113.9`, 'broken', '1');

        const codes = await statuses(app, { method: 'GET', url: '/v1/things', remoteAddress: '203.0.113.9' }, 7);
        const response = await app.inject({ method: 'GET', url: '/v1/things', remoteAddress: '203.0.113.9' });

        expect(codes).toEqual(Array(7).fill(200));
        expect(response.headers['ratelimit-limit']).toBeUndefined();
      } finally {
        await redis.quit();
      }
    });

    it('lets every request through, quickly, when Redis cannot be reached', async () => {
      const started = Date.now();
      app = await buildApp({ redisUrl: 'redis://127.0.0.1:1' });

      expect(await statuses(app, { method: 'GET', url: '/v1/things' }, 8)).toEqual(Array(8).fill(200));
      expect(await statuses(app, { method: 'POST', url: '/v1/auth/login', payload: {} }, 4)).toEqual(Array(4).fill(200));
      const response = await app.inject({ method: 'GET', url: '/v1/things' });
      expect(response.headers['ratelimit-limit']).toBeUndefined();
      await app.close();
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
});
