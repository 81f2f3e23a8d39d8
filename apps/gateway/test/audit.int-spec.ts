import { MessagingModule } from '@scn/messaging';
import { Controller, Req } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { PrismaClient } from '@scn-prisma/gateway';
import type { CallerIdentity } from '@scn/contracts';
import { createRootLogger, DATABASE, DatabaseModule, installRequestContext, PlatformModule, requestIdFrom } from '@scn/platform';
import { createTestDatabase, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { setAuditActor } from '../src/audit/audit-actor';
import { AuditModule } from '../src/audit/audit.module';
import { AuditRecorder } from '../src/audit/audit.recorder';
import { ACCESS_TOKEN_VERIFIER, type AccessTokenVerifier } from '../src/authorization/access-token-verifier';
import { AccessGuard } from '../src/authorization/access.guard';
import { unauthenticated } from '../src/authorization/authorization.errors';
import { Endpoint } from '../src/http/endpoint.decorator';
import { defineRoute } from '../src/http/route-declaration';
import { RouteInterceptor } from '../src/http/route.interceptor';

const staff: CallerIdentity = { accountId: uuidv7(), email: 'staff@example.org', grants: [{ role: 'network-staff', scopeIds: [] }] };
const admin: CallerIdentity = { accountId: uuidv7(), email: 'admin@example.org', grants: [{ role: 'program-admin', scopeIds: ['mp-1'] }] };
const signedIn = { id: uuidv7(), email: 'new@example.org' };

/** Fixed bearer strings instead of signed tokens: the audit log does not care how callers are verified. */
const verifier: AccessTokenVerifier = {
  verify: (token) => {
    const caller = ({ 'staff-token': staff, 'admin-token': admin } as Record<string, CallerIdentity>)[token];
    return caller ? Promise.resolve(caller) : Promise.reject(unauthenticated());
  },
};

const probe = {
  change: defineRoute({
    operationId: 'changeAuditProbe',
    method: 'POST',
    path: '/v1/audit-probes/:probeId',
    summary: 'A change, for the test',
    tag: 'test',
    access: { kind: 'roles', roles: ['network-staff'] },
    params: z.object({ probeId: z.string() }),
    query: z.object({ mode: z.string().optional() }),
    body: z.object({ note: z.string() }).strict(),
    response: z.object({ ok: z.literal(true) }),
  }),
  read: defineRoute({
    operationId: 'readAuditProbe',
    method: 'GET',
    path: '/v1/audit-probes/:probeId',
    summary: 'A read, for the test',
    tag: 'test',
    access: { kind: 'roles', roles: ['network-staff'] },
    params: z.object({ probeId: z.string() }),
  }),
  fail: defineRoute({
    operationId: 'failAuditProbe',
    method: 'DELETE',
    path: '/v1/audit-probes/:probeId',
    summary: 'A change that breaks, for the test',
    tag: 'test',
    access: { kind: 'roles', roles: ['network-staff'] },
    params: z.object({ probeId: z.string() }),
  }),
  signIn: defineRoute({
    operationId: 'signInAuditProbe',
    method: 'POST',
    path: '/v1/audit-probe-sessions',
    summary: 'A sign-in, for the test',
    tag: 'test',
    access: { kind: 'public' },
  }),
};

@Controller()
class AuditProbeController {
  @Endpoint(probe.change)
  change() {
    return { ok: true};
  }

  @Endpoint(probe.read)
  read() {
    return { ok: true };
  }

  @Endpoint(probe.fail)
  fail(): never {
    throw new Error('the probe broke');
  }

  @Endpoint(probe.signIn)
  signIn(@Req() request: FastifyRequest) {
    setAuditActor(request, signedIn);
    return { ok: true };
  }
}

describe('audit log', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase('gateway');
    const config = { DATABASE_URL: database.url, SCN_NAMESPACE: testNamespace() };
    const logger = createRootLogger({ service: 'gateway', level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({ service: 'gateway', config, logger, healthEndpoints: false }),
        DatabaseModule.forRoot(PrismaClient),
        // The route interceptor reads resources through request/reply (for scope checks).
        MessagingModule.forRoot({
          service: 'gateway',
          namespace: config.SCN_NAMESPACE,
          natsServers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'],
        }),
        AuditModule,
      ],
      controllers: [AuditProbeController],
      providers: [
        { provide: ACCESS_TOKEN_VERIFIER, useValue: verifier },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: RouteInterceptor },
      ],
    }).compile();
    const adapter = new FastifyAdapter({
      genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => requestIdFrom(request.headers),
    });
    // As startService does: the request id is the correlation id, echoed in X-Request-Id.
    installRequestContext(adapter.getInstance());
    app = moduleRef.createNestApplication<NestFastifyApplication>(adapter, { logger: false });
    app.get(AuditRecorder).install(app.getHttpAdapter().getInstance());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    db = app.get(DATABASE);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token?: string, payload?: object) =>
    app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { 'x-request-id': `t-${uuidv7()}`, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });

  /** The entry of a request, by its correlation id (written just after the response). */
  const entryOf = (response: { headers: Record<string, unknown> }) =>
    waitFor('the audit entry', () => db.auditEntry.findFirst({ where: { correlationId: String(response.headers['x-request-id']) } }));

  it('records a change with who, where, what and how it ended — never its body, token or query', async () => {
    const before = Date.now();
    const response = await call('POST', '/v1/audit-probes/p-1?mode=fast', 'staff-token', { note: 'confidential note' });
    expect(response.statusCode).toBe(200);
    const entry = await entryOf(response);
    expect(entry).toEqual({
      id: expect.any(String),
      at: expect.any(Date),
      actorId: staff.accountId,
      actorEmail: 'staff@example.org',
      actorRoles: ['network-staff'],
      method: 'POST',
      route: '/v1/audit-probes/:probeId',
      path: '/v1/audit-probes/p-1',
      targetId: 'p-1',
      status: 200,
      outcome: 'success',
      correlationId: response.headers['x-request-id'],
      clientIp: '127.0.0.1',
    });
    expect(entry.at.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(entry.at.getTime()).toBeLessThanOrEqual(Date.now());
    expect(JSON.stringify(entry)).not.toMatch(/confidential|staff-token|fast/);
  });

  it('records refusals of the access guard as denied: 403 with the caller, 401 without', async () => {
    const forbidden = await call('POST', '/v1/audit-probes/p-2', 'admin-token', { note: 'x' });
    const anonymous = await call('POST', '/v1/audit-probes/p-3', undefined, { note: 'x' });
    expect([forbidden.statusCode, anonymous.statusCode]).toEqual([403, 401]);
    expect(await entryOf(forbidden)).toMatchObject({
      actorId: admin.accountId,
      actorRoles: ['program-admin:mp-1'],
      targetId: 'p-2',
      status: 403,
      outcome: 'denied',
    });
    expect(await entryOf(anonymous)).toMatchObject({ actorId: null, actorEmail: null, actorRoles: [], status: 401, outcome: 'denied' });
  });

  it('records invalid requests as rejected and server errors as failed', async () => {
    const invalid = await call('POST', '/v1/audit-probes/p-4', 'staff-token', { note: 42 });
    const broken = await call('DELETE', '/v1/audit-probes/p-5', 'staff-token');
    expect([invalid.statusCode, broken.statusCode]).toEqual([400, 500]);
    expect(await entryOf(invalid)).toMatchObject({ status: 400, outcome: 'rejected', targetId: 'p-4' });
    expect(await entryOf(broken)).toMatchObject({ method: 'DELETE', status: 500, outcome: 'failed', targetId: 'p-5' });
  });

  it('names the actor identity code set on a sign-in', async () => {
    const response = await call('POST', '/v1/audit-probe-sessions');
    expect(response.statusCode).toBe(200);
    expect(await entryOf(response)).toMatchObject({ actorId: signedIn.id, actorEmail: signedIn.email, outcome: 'success' });
  });

  it('does not record reads', async () => {
    const reads = [await call('GET', '/v1/audit-probes/p-6', 'staff-token'), await call('GET', '/v1/audit-log', 'staff-token')];
    expect(reads.map((read) => read.statusCode)).toEqual([200, 200]);
    // A change after them: once its entry is there, entries of the reads would be too.
    await entryOf(await call('POST', '/v1/audit-probes/p-7', 'staff-token', { note: 'x' }));
    await app.get(AuditRecorder).settled();
    const correlationIds = reads.map((read) => String(read.headers['x-request-id']));
    expect(await db.auditEntry.count({ where: { correlationId: { in: correlationIds } } })).toBe(0);
    expect(await db.auditEntry.count({ where: { method: 'GET' } })).toBe(0);
  });

  describe('GET /v1/audit-log', () => {
    const target = 'listed-target';
    const base = Date.parse('2026-01-10T12:00:00.000Z');
    const seeded = Array.from({ length: 5 }, (_, i) => ({
      id: uuidv7(),
      // Two entries share an instant: the id breaks the tie, so no page repeats or skips one.
      at: new Date(base + Math.min(i, 3) * 60_000),
      actorId: i % 2 ? admin.accountId : staff.accountId,
      actorEmail: 'seeded@example.org',
      actorRoles: ['network-staff'],
      method: i === 0 ? 'DELETE' : 'POST',
      route: '/v1/listed/:id',
      path: `/v1/listed/${target}`,
      targetId: target,
      status: i === 4 ? 403 : 200,
      outcome: i === 4 ? 'denied' : 'success',
      correlationId: `seed-${i}`,
      clientIp: null,
    }));

    beforeAll(async () => {
      await db.auditEntry.createMany({ data: seeded });
    });

    const list = async (query: string, token = 'staff-token') => {
      const response = await call('GET', `/v1/audit-log?${query}`, token);
      return { status: response.statusCode, body: response.json(), headers: response.headers };
    };

    it('pages newest first on (at, id) with no overlap and no gap', async () => {
      const first = await list(`targetId=${target}&limit=3`);
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(3);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await list(`targetId=${target}&limit=3&cursor=${first.body.nextCursor}`);
      expect(second.body.items).toHaveLength(2);
      expect(second.body.nextCursor).toBeNull();
      const ids = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
      const expected = [...seeded]
        .sort((a, b) => b.at.getTime() - a.at.getTime() || (b.id < a.id ? -1 : 1))
        .map((entry) => entry.id);
      expect(ids).toEqual(expected);
      expect(first.body.items[0]).toMatchObject({ at: '2026-01-10T12:03:00.000Z', targetId: target, correlationId: expect.any(String) });
    });

    it('filters by actor, route, method, outcome and time', async () => {
      const ids = async (query: string) =>
        (await list(`targetId=${target}&${query}`)).body.items.map((item: { correlationId: string }) => item.correlationId).sort();
      expect(await ids(`actorId=${admin.accountId}`)).toEqual(['seed-1', 'seed-3']);
      expect(await ids('method=DELETE')).toEqual(['seed-0']);
      expect(await ids('outcome=denied')).toEqual(['seed-4']);
      expect(await ids(`route=${encodeURIComponent('/v1/listed/:id')}&from=2026-01-10T12:01:00Z&to=2026-01-10T12:03:00Z`)).toEqual([
        'seed-1',
        'seed-2',
      ]);
      expect(await ids('route=/v1/elsewhere')).toEqual([]);
    });

    it('is for network staff only', async () => {
      expect((await list('', 'admin-token')).status).toBe(403);
      expect((await call('GET', '/v1/audit-log')).statusCode).toBe(401);
    });

    it('refuses a page bigger than the maximum and a cursor it did not make, naming the field', async () => {
      const tooBig = await list('limit=1000');
      expect(tooBig.status).toBe(400);
      expect(tooBig.headers['content-type']).toContain('application/problem+json');
      expect(tooBig.body).toMatchObject({ code: 'REQUEST.INVALID', errors: [expect.objectContaining({ field: 'query.limit' })] });
      const forged = await list(`cursor=${Buffer.from('not a cursor').toString('base64url')}`);
      expect(forged.status).toBe(400);
      expect(forged.body).toMatchObject({ code: 'REQUEST.INVALID', errors: [expect.objectContaining({ field: 'query.cursor' })] });
      expect((await list('from=yesterday')).body.errors).toEqual([expect.objectContaining({ field: 'query.from' })]);
    });
  });
});
