import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcOperationName, RpcRequest, RpcResponse } from '@scn/contracts';
import { ManagedNatsConnection, RpcClient, type RunningService } from '@scn/messaging';
import { CONFIG, DATABASE, RpcCallError } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, startTestService, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { Redis } from 'ioredis';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { v7 as uuidv7 } from 'uuid';
import type { NotificationsConfig } from '../src/config';
import { PermanentDeliveryError, RetryableDeliveryError, type NotificationToDeliver } from '../src/deliveries/domain/channel-sender';
import { notificationsService } from '../src/notifications.service-definition';
import { DestinationGuard, systemHostResolver } from '../src/webhooks/infra/destination-guard';
import { EndpointHealth, GONE_REASON } from '../src/webhooks/commands/track-endpoint-health/endpoint-health';
import { WebhookChannelSender } from '../src/webhooks/infra/webhook-channel.sender';

// Webhooks end to end against a REAL HTTP receiver on loopback that verifies every
// signature with the Standard Webhooks library: endpoint management over request/reply,
// the channel sender's classification of answers (200, 500, 503 + Retry-After, 400, 410,
// 302, time-out, connection refused), the disabling of failing endpoints with their owner
// told, the production address rules at send time, and the whole pipeline (ping → dispatcher
// → BullMQ → worker → sender): 500, 500, then 200 is three attempts and one delivery.

/** What the receiver answers one request with. */
interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (a slow receiver). */
  delayMs?: number;
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The message as the Standard Webhooks library verified it, or the verification error. */
  verified: { ok: true; payload: unknown } | { ok: false; error: string };
}

/**
 * An HTTP server on loopback: verifies each request with the endpoint's secret (set per
 * test), records it, and answers from a script (then 200).
 */
class TestReceiver {
  readonly received: Received[] = [];
  private script: Answer[] = [];
  secret = '';
  private constructor(private readonly server: Server) {}

  static async start(): Promise<TestReceiver> {
    const server = createServer();
    const receiver = new TestReceiver(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        receiver.received.push({ headers: request.headers, body, verified: receiver.verify(body, request.headers) });
        const answer = receiver.script.shift() ?? { status: 200 };
        setTimeout(() => {
          if (response.destroyed) return;
          response.writeHead(answer.status, answer.headers);
          response.end(answer.body ?? '');
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks`;
  }

  /** The next requests' answers, in order (200 once they run out). */
  answerWith(...answers: Answer[]): void {
    this.script = [...answers];
  }

  reset(secret: string): void {
    this.received.length = 0;
    this.script = [];
    this.secret = secret;
  }

  private verify(body: string, headers: IncomingHttpHeaders): Received['verified'] {
    try {
      const flat = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
      return { ok: true, payload: new Webhook(this.secret).verify(body, flat) };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const STAFF: CallerIdentity = { accountId: uuidv7(), email: 'staff@test.scn', grants: [{ role: 'network-staff', scopeIds: [] }] };
const PARIS = 'gn:2988507';
const LYON = 'gn:2996944';
const CONTACT: CallerIdentity = { accountId: uuidv7(), email: 'contact@paris.test', grants: [{ role: 'partner-contact', scopeIds: [PARIS] }] };
const ADMIN: CallerIdentity = { accountId: uuidv7(), email: 'admin@program.test', grants: [{ role: 'program-admin', scopeIds: [uuidv7()] }] };

describe('webhooks', () => {
  const namespace = testNamespace();
  let database: TestDatabase;
  let service: RunningService;
  let db: PrismaClient;
  let rpc: RpcClient;
  let receiver: TestReceiver;

  const call = <O extends RpcOperationName>(operation: O, request: RpcRequest<O>, caller: CallerIdentity = STAFF): Promise<RpcResponse<O>> =>
    rpc.call('notifications', operation, request, { caller });
  /** The problem a call is refused with. */
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof RpcCallError)) throw new Error(`expected a refusal, got ${String(error)}`);
    return { status: error.error.status, code: error.error.code };
  };
  /** A new endpoint on the receiver (the receiver verifies with its secret from now on). */
  const endpointOnReceiver = async (caller: CallerIdentity = STAFF, extra: { cityId?: string } = {}) => {
    const created = await call('webhook-endpoints.create', { url: receiver.url, description: 'test receiver', ...extra }, caller);
    receiver.reset(created.secret);
    return created;
  };
  /** A webhook notification as the delivery worker hands it to the sender (not stored: the sender does not need it to be). */
  const notificationFor = (endpointId: string): NotificationToDeliver => ({
    id: uuidv7(),
    channel: 'webhook',
    type: 'partnership.activated',
    category: 'partnerships',
    critical: false,
    language: 'en',
    payload: { partnershipId: uuidv7(), title: 'Paris – Lyon', memberCity: 'Lyon', partnerCity: 'Paris' },
    title: 'Partnership active',
    body: 'Paris – Lyon is active',
    createdAt: new Date('2026-12-01T09:00:00.000Z'),
    recipient: null,
    endpointId,
  });
  const sender = () => service.app.get(WebhookChannelSender);
  const failureOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof Error)) throw new Error('expected the delivery to fail');
    return error as RetryableDeliveryError | PermanentDeliveryError;
  };

  beforeAll(async () => {
    database = await createTestDatabase('notifications');
    receiver = await TestReceiver.start();
    service = await startTestService(notificationsService, {
      namespace,
      databaseUrl: database.url,
      env: {
        // Quick retries and a short patience, so the pipeline test runs in seconds.
        DELIVERY_BACKOFF_BASE_MS: '50',
        DELIVERY_BACKOFF_MAX_MS: '200',
        DELIVERY_MAX_ATTEMPTS: '5',
        WEBHOOK_TIMEOUT_MS: '500',
        DISPATCH_POLL_MS: '100',
        WEBHOOK_DISABLE_AFTER_MS: String(60 * 60 * 1000),
      },
    });
    db = service.app.get<PrismaClient>(DATABASE);
    rpc = service.app.get(RpcClient);
    // The staff member is known (from account events) and reads French: told when their endpoints are disabled.
    await db.recipient.create({
      data: { id: uuidv7(), email: STAFF.email, accountId: STAFF.accountId, displayName: 'Camille Staff', language: 'fr', grants: STAFF.grants },
    });
  });

  afterAll(async () => {
    await service?.app.close();
    await receiver?.stop();
    const connection = await ManagedNatsConnection.open({
      servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'],
      name: 'webhooks-test',
      logger: pino({ level: 'silent' }),
    });
    await deleteNamespaceStreams(connection.nc, namespace);
    await connection.drain();
    await deleteNamespaceKeys(namespace);
    await database?.drop();
  });

  describe('endpoint management', () => {
    it('creates a network endpoint for staff, showing its secret once', async () => {
      const created = await call('webhook-endpoints.create', { url: receiver.url, types: ['partnership.activated', 'partnership.activated'] });
      expect(created).toMatchObject({ owner: 'network', cityId: null, enabled: true, types: ['partnership.activated'], createdBy: STAFF.accountId });
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(created.secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
      const read = await call('webhook-endpoints.get', { endpointId: created.id });
      expect(read).not.toHaveProperty('secret');
      expect(read.url).toBe(receiver.url);
    });

    it('lets a partner contact manage their city’s endpoints only', async () => {
      const own = await call('webhook-endpoints.create', { url: receiver.url }, CONTACT);
      // Their only city is taken when they name none.
      expect(own).toMatchObject({ owner: 'partner_city', cityId: PARIS });
      expect(await refusal(call('webhook-endpoints.create', { url: receiver.url, cityId: LYON }, CONTACT))).toEqual({
        status: 403,
        code: 'WEBHOOK_ENDPOINT.CITY_NOT_IN_SCOPE',
      });
      const lyons = await call('webhook-endpoints.create', { url: receiver.url, cityId: LYON });
      const network = await call('webhook-endpoints.create', { url: receiver.url });
      for (const other of [lyons, network]) {
        expect(await refusal(call('webhook-endpoints.get', { endpointId: other.id }, CONTACT))).toEqual({ status: 404, code: 'WEBHOOK_ENDPOINT.NOT_FOUND' });
        expect(await refusal(call('webhook-endpoints.update', { endpointId: other.id, description: 'mine now' }, CONTACT))).toMatchObject({ status: 404 });
        expect(await refusal(call('webhook-endpoints.ping', { endpointId: other.id }, CONTACT))).toMatchObject({ status: 404 });
        expect(await refusal(call('webhook-endpoints.delete', { endpointId: other.id }, CONTACT))).toMatchObject({ status: 404 });
      }
      const theirs = await call('webhook-endpoints.list', { limit: 100 }, CONTACT);
      expect(theirs.items.map((endpoint) => endpoint.cityId)).toEqual(theirs.items.map(() => PARIS));
      expect(theirs.items.map((endpoint) => endpoint.id)).toContain(own.id);
      const lyonOnly = await call('webhook-endpoints.list', { cityId: LYON, limit: 100 });
      expect(lyonOnly.items.map((endpoint) => endpoint.id)).toEqual([lyons.id]);
    });

    it('refuses callers who are neither staff nor partner contacts', async () => {
      expect(await refusal(call('webhook-endpoints.list', { limit: 10 }, ADMIN))).toEqual({ status: 403, code: 'WEBHOOK_ENDPOINT.FORBIDDEN' });
    });

    it('checks each field: URL scheme and credentials, known notification types', async () => {
      expect(await refusal(call('webhook-endpoints.create', { url: 'ftp://example.org/x' }))).toEqual({ status: 400, code: 'REQUEST.INVALID' });
      expect(await refusal(call('webhook-endpoints.create', { url: 'https://user:pw@example.org/x' }))).toEqual({
        status: 400,
        code: 'WEBHOOK_ENDPOINT.INVALID_URL',
      });
      expect(await refusal(call('webhook-endpoints.create', { url: receiver.url, types: ['partnership.exploded'] }))).toEqual({
        status: 400,
        code: 'REQUEST.INVALID',
      });
    });

    it('pages the list newest first', async () => {
      const first = await call('webhook-endpoints.list', { limit: 2 });
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      const second = await call('webhook-endpoints.list', { limit: 2, cursor: first.nextCursor! });
      expect(second.items[0]!.id < first.items[1]!.id).toBe(true);
    });

    it('rotates the secret, disables and re-enables, and deletes', async () => {
      const created = await endpointOnReceiver();
      const rotated = await call('webhook-endpoints.rotate-secret', { endpointId: created.id });
      expect(rotated.secret).not.toBe(created.secret);
      await db.webhookEndpoint.update({ where: { id: created.id }, data: { failingSince: new Date(Date.now() - 1000) } });
      const disabled = await call('webhook-endpoints.update', { endpointId: created.id, enabled: false });
      expect(disabled).toMatchObject({ enabled: false, disabledReason: `disabled by ${STAFF.email}` });
      expect(await refusal(call('webhook-endpoints.ping', { endpointId: created.id }))).toEqual({ status: 409, code: 'WEBHOOK_ENDPOINT.DISABLED' });
      const enabled = await call('webhook-endpoints.update', { endpointId: created.id, enabled: true, description: 'fixed' });
      expect(enabled).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, failingSince: null, description: 'fixed' });
      expect(await call('webhook-endpoints.delete', { endpointId: created.id })).toEqual({ id: created.id, deleted: true });
      expect(await refusal(call('webhook-endpoints.get', { endpointId: created.id }))).toEqual({ status: 404, code: 'WEBHOOK_ENDPOINT.NOT_FOUND' });
    });
  });

  describe('the channel sender against a real receiver', () => {
    it('delivers a signed message on 200: the receiver verifies it with the Standard Webhooks library', async () => {
      const endpoint = await endpointOnReceiver();
      const notification = notificationFor(endpoint.id);
      await expect(sender().deliver(notification)).resolves.toEqual({ outcome: 'delivered', responseStatus: 200 });
      expect(receiver.received).toHaveLength(1);
      const [request] = receiver.received;
      expect(request!.verified).toEqual({
        ok: true,
        payload: { type: 'partnership.activated', timestamp: '2026-12-01T09:00:00.000Z', data: notification.payload },
      });
      expect(request!.headers).toMatchObject({ 'webhook-id': notification.id, 'content-type': 'application/json' });
      expect(request!.headers['user-agent']).toMatch(/SisterCityNetwork/);
    });

    it('retries on 500, and on 503 after the receiver’s Retry-After', async () => {
      const endpoint = await endpointOnReceiver();
      receiver.answerWith({ status: 500, body: 'database on fire' }, { status: 503, headers: { 'retry-after': '7' } });
      const first = await failureOf(sender().deliver(notificationFor(endpoint.id)));
      expect(first).toBeInstanceOf(RetryableDeliveryError);
      expect(first).toMatchObject({ responseStatus: 500, message: expect.stringContaining('database on fire') });
      // The same sender with the default cap of an hour or more: the receiver's 7 s as asked.
      const config = service.app.get<NotificationsConfig>(CONFIG);
      const patient = new WebhookChannelSender(
        db,
        { ...config, DELIVERY_BACKOFF_MAX_MS: 60 * 60 * 1000 },
        service.app.get(DestinationGuard),
        service.app.get(EndpointHealth),
      );
      const second = await failureOf(patient.deliver(notificationFor(endpoint.id)));
      expect(second).toBeInstanceOf(RetryableDeliveryError);
      expect(second).toMatchObject({ responseStatus: 503, retryAfterMs: 7_000 });
      // This service's DELIVERY_BACKOFF_MAX_MS is 200 ms: what a receiver asks for is capped by it.
      receiver.answerWith({ status: 429, headers: { 'retry-after': '7' } });
      const third = await failureOf(sender().deliver(notificationFor(endpoint.id)));
      expect(third).toMatchObject({ responseStatus: 429, retryAfterMs: 200 });
    });

    it('fails for good on 400 and on a redirect, which it does not follow', async () => {
      const endpoint = await endpointOnReceiver();
      receiver.answerWith({ status: 400, body: 'bad signature?' }, { status: 302, headers: { location: 'http://127.0.0.1:1/elsewhere' } });
      const rejected = await failureOf(sender().deliver(notificationFor(endpoint.id)));
      expect(rejected).toBeInstanceOf(PermanentDeliveryError);
      expect(rejected).toMatchObject({ responseStatus: 400 });
      const redirected = await failureOf(sender().deliver(notificationFor(endpoint.id)));
      expect(redirected).toBeInstanceOf(PermanentDeliveryError);
      expect(redirected).toMatchObject({ responseStatus: 302, message: expect.stringContaining('redirects are not followed') });
      expect(receiver.received).toHaveLength(2);
      // The endpoint still works: one refused message says nothing about the next.
      expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ enabled: true });
    });

    it('retries a receiver that answers too late, and one that cannot be reached', async () => {
      const endpoint = await endpointOnReceiver();
      receiver.answerWith({ status: 200, delayMs: 1_500 });
      const slow = await failureOf(sender().deliver(notificationFor(endpoint.id)));
      expect(slow).toBeInstanceOf(RetryableDeliveryError);
      expect(slow.message).toMatch(/no answer within 500 ms/);

      const closed = await TestReceiver.start();
      const closedUrl = closed.url;
      await closed.stop();
      const unreachable = await call('webhook-endpoints.create', { url: closedUrl });
      const refused = await failureOf(sender().deliver(notificationFor(unreachable.id)));
      expect(refused).toBeInstanceOf(RetryableDeliveryError);
      expect(refused.message).toMatch(/could not reach the receiver: ECONNREFUSED/);
    });

    it('on 410 disables the endpoint at once, cancels what was queued for it and tells its owner', async () => {
      const endpoint = await endpointOnReceiver();
      const waiting = uuidv7();
      await db.notification.create({
        data: {
          id: waiting,
          sourceKey: `test:${waiting}`,
          targetKey: `endpoint:${endpoint.id}`,
          endpointId: endpoint.id,
          channel: 'webhook',
          type: 'webhook.ping',
          category: 'webhooks',
          payload: { endpointId: endpoint.id },
          title: 'waiting',
          body: 'waiting',
          // Not before tomorrow: the dispatcher leaves it alone meanwhile.
          notBefore: new Date(Date.now() + 86_400_000),
          enqueuedAt: new Date(),
        },
      });
      receiver.answerWith({ status: 410 });
      const gone = await failureOf(sender().deliver(notificationFor(endpoint.id)));
      expect(gone).toBeInstanceOf(PermanentDeliveryError);
      expect(gone).toMatchObject({ responseStatus: 410 });

      const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
      expect(row).toMatchObject({ enabled: false, disabledReason: GONE_REASON });
      expect(await db.notification.findUniqueOrThrow({ where: { id: waiting } })).toMatchObject({ status: 'cancelled', statusReason: 'endpoint disabled' });
      const told = await db.notification.findMany({ where: { type: 'webhook.endpoint-disabled', sourceKey: { startsWith: `endpoint-disabled:${endpoint.id}:` } } });
      expect(told.length).toBeGreaterThan(0);
      expect(told.every((n) => n.channel !== 'webhook')).toBe(true);
      expect(told.map((n) => n.channel)).toContain('email');
      const owner = await db.recipient.findUniqueOrThrow({ where: { accountId: STAFF.accountId } });
      expect(told.every((n) => n.recipientId === owner.id && n.language === 'fr')).toBe(true);
      expect(told[0]!.payload).toEqual({ endpointId: endpoint.id, url: receiver.url, reason: GONE_REASON });

      // Nothing more goes to a disabled endpoint.
      const after = await failureOf(sender().deliver(notificationFor(endpoint.id)));
      expect(after).toBeInstanceOf(PermanentDeliveryError);
      expect(after.message).toBe('endpoint disabled');
      expect(receiver.received).toHaveLength(1);
    });

    it('disables an endpoint whose deliveries have all failed for WEBHOOK_DISABLE_AFTER_MS, once, and tells its owner', async () => {
      const endpoint = await endpointOnReceiver();
      const health = service.app.get(EndpointHealth);
      const given = notificationFor(endpoint.id);
      await sender().onGaveUp!(given, new Error('500'));
      const failing = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
      expect(failing.enabled).toBe(true);
      expect(failing.failingSince).not.toBeNull();

      // A success in between starts the count again.
      await sender().onDelivered!(given);
      expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ failingSince: null, lastSuccessAt: expect.any(Date) });

      const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: longAgo } });
      // Two workers giving up at once disable it once and tell the owner once.
      await Promise.all([health.recordGaveUp(endpoint.id, uuidv7()), health.recordGaveUp(endpoint.id, uuidv7())]);
      const disabled = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
      expect(disabled.enabled).toBe(false);
      expect(disabled.disabledReason).toMatch(/^every delivery has failed since .* \(2 hours\)$/);
      const told = await db.notification.findMany({ where: { sourceKey: { startsWith: `endpoint-disabled:${endpoint.id}:` }, channel: 'email' } });
      expect(told).toHaveLength(1);
    });

    it('in production refuses, at send time, a URL whose host resolves to a loopback address', async () => {
      const endpoint = await endpointOnReceiver();
      const config = service.app.get<NotificationsConfig>(CONFIG);
      const production = new WebhookChannelSender(
        db,
        config,
        new DestinationGuard({ NODE_ENV: 'production' }, systemHostResolver),
        service.app.get(EndpointHealth),
      );
      const refused = await failureOf(production.deliver(notificationFor(endpoint.id)));
      expect(refused).toBeInstanceOf(PermanentDeliveryError);
      expect(refused.message).toMatch(/destination refused: .*https:\/\/ in production/);
      await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: receiver.url.replace('http://127.0.0.1', 'https://localhost') } });
      const loopback = await failureOf(production.deliver(notificationFor(endpoint.id)));
      expect(loopback).toBeInstanceOf(PermanentDeliveryError);
      expect(loopback.message).toMatch(/localhost resolves to .*loopback/);
      expect(receiver.received).toHaveLength(0);
    });
  });

  describe('the whole pipeline', () => {
    it('a ping answered 500, 500 then 200: three attempts, one delivery, all in the log', async () => {
      const endpoint = await endpointOnReceiver();
      receiver.answerWith({ status: 500 }, { status: 500 });
      const ping = await call('webhook-endpoints.ping', { endpointId: endpoint.id });
      expect(ping).toMatchObject({ endpointId: endpoint.id, status: 'queued' });

      const delivered = await waitFor(
        'the ping delivered',
        async () => {
          const row = await db.notification.findUniqueOrThrow({ where: { id: ping.notificationId } });
          return row.status === 'delivered' ? row : undefined;
        },
        { timeoutMs: 20_000 },
      );
      expect(delivered).toMatchObject({ type: 'webhook.ping', channel: 'webhook', targetKey: `endpoint:${endpoint.id}`, recipientId: null, attempts: 3 });
      expect(delivered.sourceKey).toMatch(/^ping:[0-9a-f-]{36}$/);

      const log = await db.deliveryAttempt.findMany({ where: { notificationId: ping.notificationId }, orderBy: { attempt: 'asc' } });
      expect(log.map(({ attempt, outcome, responseStatus }) => ({ attempt, outcome, responseStatus }))).toEqual([
        { attempt: 1, outcome: 'retrying', responseStatus: 500 },
        { attempt: 2, outcome: 'retrying', responseStatus: 500 },
        { attempt: 3, outcome: 'delivered', responseStatus: 200 },
      ]);

      // Three requests, each verified, all with the notification's id: a receiver can drop repeats by it.
      expect(receiver.received).toHaveLength(3);
      for (const request of receiver.received) {
        expect(request.verified).toEqual({ ok: true, payload: { type: 'webhook.ping', timestamp: expect.any(String), data: { endpointId: endpoint.id } } });
        expect(request.headers['webhook-id']).toBe(ping.notificationId);
      }
      expect(new Set(receiver.received.map((request) => request.body)).size).toBe(1);
      await waitFor('the endpoint marked working', async () => (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).lastSuccessAt);
    });

    it('a ping answered 410: one attempt, the notification failed, the endpoint disabled and its owner told', async () => {
      const endpoint = await endpointOnReceiver();
      receiver.answerWith({ status: 410 });
      const ping = await call('webhook-endpoints.ping', { endpointId: endpoint.id });
      const failed = await waitFor('the ping failed', async () => {
        const row = await db.notification.findUniqueOrThrow({ where: { id: ping.notificationId } });
        return row.status === 'failed' ? row : undefined;
      });
      expect(failed.statusReason).toMatch(/410 Gone/);
      const log = await db.deliveryAttempt.findMany({ where: { notificationId: ping.notificationId } });
      expect(log.map(({ attempt, outcome, responseStatus }) => ({ attempt, outcome, responseStatus }))).toEqual([
        { attempt: 1, outcome: 'failed', responseStatus: 410 },
      ]);
      expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ enabled: false, disabledReason: GONE_REASON });
      expect(await db.notification.count({ where: { sourceKey: { startsWith: `endpoint-disabled:${endpoint.id}:` }, channel: 'email' } })).toBe(1);
      expect(receiver.received).toHaveLength(1);
    });
  });
});

/** Deletes this namespace's BullMQ keys, and nothing else of the shared Redis. */
async function deleteNamespaceKeys(namespace: string): Promise<void> {
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{${namespace}}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
