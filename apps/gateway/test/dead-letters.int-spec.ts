import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { PrismaClient } from '@scn-prisma/gateway';
import { deadLetterStream, eventStream, HEADERS, type CallerIdentity } from '@scn/contracts';
import {
  DEAD_LETTER_STREAM_DEFAULTS,
  DeadLetters,
  ensureDurableConsumer,
  ensureStream,
  EVENT_STREAM_DEFAULTS,
  ManagedNatsConnection,
  MessagingModule,
} from '@scn/messaging';
import { createRootLogger, DATABASE, DatabaseModule, PlatformModule } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { headers as natsHeaders, type Consumer } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { AuditModule } from '../src/audit/audit.module';
import { ACCESS_TOKEN_VERIFIER, type AccessTokenVerifier } from '../src/authorization/access-token-verifier';
import { AccessGuard } from '../src/authorization/access.guard';
import { unauthenticated } from '../src/authorization/authorization.errors';
import { DeadLettersHttpModule } from '../src/dead-letters/dead-letters-http.module';
import { RouteInterceptor } from '../src/http/route.interceptor';

const staff: CallerIdentity = { accountId: uuidv7(), email: 'staff@example.org', grants: [{ role: 'network-staff', scopeIds: [] }] };
const admin: CallerIdentity = { accountId: uuidv7(), email: 'admin@example.org', grants: [{ role: 'program-admin', scopeIds: ['mp-1'] }] };

const verifier: AccessTokenVerifier = {
  verify: (token) => {
    const caller = ({ 'staff-token': staff, 'admin-token': admin } as Record<string, CallerIdentity>)[token];
    return caller ? Promise.resolve(caller) : Promise.reject(unauthenticated());
  },
};

const EVENT_TYPE = 'partnership.activated.v1';

describe('dead letters over HTTP', () => {
  const namespace = testNamespace();
  const source = eventStream(namespace, 'partnerships');
  const subject = `${namespace}.events.partnerships.${EVENT_TYPE}`;
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let connection: ManagedNatsConnection;

  beforeAll(async () => {
    database = await createTestDatabase('gateway');
    const config = { DATABASE_URL: database.url, SCN_NAMESPACE: namespace };
    const logger = createRootLogger({ service: 'gateway', level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({ service: 'gateway', config, logger, healthEndpoints: false }),
        DatabaseModule.forRoot(PrismaClient),
        MessagingModule.forRoot({
          service: 'gateway',
          namespace,
          natsServers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'],
        }),
        AuditModule,
        DeadLettersHttpModule,
      ],
      providers: [
        { provide: ACCESS_TOKEN_VERIFIER, useValue: verifier },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: RouteInterceptor },
      ],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    connection = app.get(ManagedNatsConnection);
  });

  afterAll(async () => {
    if (connection) await deleteNamespaceStreams(connection.nc, namespace);
    await app?.close();
    await database?.drop();
  });

  const call = async (method: 'GET' | 'POST', url: string, token = 'staff-token') => {
    const response = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  };

  /** An event consumed by `consumer` and given up on, the way the event processor does it. */
  async function deadLetterOneEvent(consumers: string[]): Promise<Consumer> {
    const nc = connection.nc;
    const jsm = await nc.jetstreamManager();
    await ensureStream(jsm, { ...source, ...EVENT_STREAM_DEFAULTS });
    await ensureStream(jsm, { ...deadLetterStream(namespace), ...DEAD_LETTER_STREAM_DEFAULTS });
    await ensureDurableConsumer(jsm, {
      stream: source.name,
      durable: 'exchanges',
      filterSubject: `${namespace}.events.partnerships.>`,
      ackWaitMs: 30_000,
      maxAckPending: 10,
    });
    const h = natsHeaders();
    h.set(HEADERS.eventType, EVENT_TYPE);
    h.set(HEADERS.msgId, 'event-1');
    await nc.jetstream().publish(subject, JSON.stringify({ id: 'event-1', poison: true }), { headers: h, msgID: 'event-1' });
    const consumer = await nc.jetstream().consumers.get(source.name, 'exchanges');
    const msg = await consumer.next({ expires: 5_000 });
    if (!msg) throw new Error('the event was not delivered');
    const deadLetters = new DeadLetters(namespace, nc.jetstream(), jsm);
    for (const name of consumers) await deadLetters.store(msg, name, `handler failed after 4 deliveries: ${name} broke`, EVENT_TYPE);
    msg.term();
    return consumer;
  }

  it('lists nothing, with 200, while nothing was ever dead-lettered (no stream yet)', async () => {
    expect(await call('GET', '/v1/dead-letters')).toMatchObject({ status: 200, body: { items: [], nextSequence: null } });
    expect(await call('POST', '/v1/dead-letters/1/replay')).toMatchObject({ status: 404, body: { code: 'DEAD_LETTER.NOT_FOUND' } });
  });

  it('is for network staff only, and validates its input', async () => {
    expect((await call('GET', '/v1/dead-letters', 'admin-token')).status).toBe(403);
    expect((await call('POST', '/v1/dead-letters/1/replay', 'admin-token')).status).toBe(403);
    const tooBig = await call('GET', '/v1/dead-letters?limit=1000');
    expect(tooBig).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID', errors: [expect.objectContaining({ field: 'query.limit' })] } });
    const badSequence = await call('POST', '/v1/dead-letters/abc/replay');
    expect(badSequence).toMatchObject({ status: 400, body: { errors: [expect.objectContaining({ field: 'params.sequence' })] } });
  });

  describe('once consumers gave up on an event', () => {
    let consumer: Consumer;

    beforeAll(async () => {
      consumer = await deadLetterOneEvent(['exchanges', 'applications', 'notifications']);
    });

    it('lists them oldest first, page by page', async () => {
      const first = await call('GET', '/v1/dead-letters?limit=2');
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.items[0]).toEqual({
        sequence: 1,
        consumer: 'exchanges',
        reason: 'handler failed after 4 deliveries: exchanges broke',
        originalSubject: subject,
        originalStream: source.name,
        originalSequence: 1,
        deliveries: 1,
        failedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        payload: JSON.stringify({ id: 'event-1', poison: true }),
      });
      expect(first.body.nextSequence).toBe(3);
      const second = await call('GET', `/v1/dead-letters?limit=2&fromSequence=${first.body.nextSequence}`);
      expect(second.body).toMatchObject({ items: [{ sequence: 3, consumer: 'notifications' }], nextSequence: null });
    });

    it('replays one on its original subject, removes it from the list, and audits the replay', async () => {
      const replay = await call('POST', '/v1/dead-letters/2/replay');
      expect(replay).toMatchObject({ status: 202, body: { sequence: 2, replayed: true } });

      const again = await consumer.next({ expires: 5_000 });
      expect(again?.subject).toBe(subject);
      expect(again?.string()).toBe(JSON.stringify({ id: 'event-1', poison: true }));
      expect(again?.headers?.get(HEADERS.eventType)).toBe(EVENT_TYPE);
      expect(again?.headers?.get(HEADERS.deadLetter.reason)).toBe('');
      again?.ack();

      const listed = await call('GET', '/v1/dead-letters');
      expect(listed.body.items.map((letter: { sequence: number }) => letter.sequence)).toEqual([1, 3]);
      expect(await call('POST', '/v1/dead-letters/2/replay')).toMatchObject({ status: 404, body: { code: 'DEAD_LETTER.NOT_FOUND' } });

      const db = app.get<PrismaClient>(DATABASE);
      const audited = await waitFor('the audit entry of the replay', () =>
        db.auditEntry.findFirst({ where: { route: '/v1/dead-letters/:sequence/replay', status: 202 } }),
      );
      expect(audited).toMatchObject({ actorId: staff.accountId, targetId: '2', path: '/v1/dead-letters/2/replay', outcome: 'success' });
    });
  });
});
