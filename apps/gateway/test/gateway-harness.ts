import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { PrismaClient } from '@scn-prisma/gateway';
import { queuePrefix, type CallerIdentity, type RoleGrant } from '@scn/contracts';
import type { RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, startTestService, testNamespace, type TestDatabase } from '@scn/testing';
import { Redis } from 'ioredis';
import { connect } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { applicationsService } from '../../applications/src/applications.service-definition';
import { exchangesService } from '../../exchanges/src/exchanges.service-definition';
import { notificationsService } from '../../notifications/src/notifications.service-definition';
import { partnershipsService } from '../../partnerships/src/partnerships.service-definition';
import { gatewayService } from '../src/gateway.service-definition';
import { AccessTokenService } from '../src/identity/infra/access-token.service';

export const TEST_ADMIN = { email: 'staff@test.scn', password: 'staff-password-for-tests' };
export const TEST_JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef-xyz';

@Module({})
class GatewayTestRootModule {}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any;
}

/** A real gateway in a database and namespace of its own, with helpers to call it. */
export class GatewayUnderTest {
  private constructor(
    readonly service: RunningService,
    readonly database: TestDatabase,
    readonly namespace: string,
    /** Services started behind the gateway, each with a database of its own. */
    readonly backends: Array<{ service: RunningService; database: TestDatabase }>,
  ) {}

  static async start(
    options: {
      env?: Record<string, string>;
      extraModules?: Array<Type | DynamicModule>;
      withPartnerships?: boolean;
      withExchanges?: boolean;
      withApplications?: boolean;
      /** The notifications service too (its BullMQ keys, under the namespace's hash tag, are deleted on stop). */
      withNotifications?: boolean;
      /** Every started service exports its spans here (tracing on, without a collector). */
      spanExporter?: SpanExporter;
      /** Settings of the notifications service (an SMTP sink's URL, quick deliveries). */
      notificationsEnv?: Record<string, string>;
    } = {},
  ) {
    const database = await createTestDatabase('gateway');
    const namespace = testNamespace();
    const extra = options.extraModules ?? [];
    const spanProcessors = options.spanExporter ? [new SimpleSpanProcessor(options.spanExporter)] : undefined;
    const service = await startTestService(
      {
        ...gatewayService,
        rootModule: (config, logger) => ({
          module: GatewayTestRootModule,
          imports: [gatewayService.rootModule(config, logger), ...extra],
        }),
      },
      {
        namespace,
        databaseUrl: database.url,
        env: {
          JWT_SECRET: TEST_JWT_SECRET,
          BOOTSTRAP_ADMIN_EMAIL: TEST_ADMIN.email,
          BOOTSTRAP_ADMIN_PASSWORD: TEST_ADMIN.password,
          // Tests make many requests from one address: the limits have their own test.
          RATE_LIMIT_PER_MINUTE: '100000',
          AUTH_RATE_LIMIT_PER_MINUTE: '10000',
          ...options.env,
        },
        spanProcessors,
      },
    );
    const backends: Array<{ service: RunningService; database: TestDatabase }> = [];
    if (options.withPartnerships) {
      const backendDatabase = await createTestDatabase('partnerships');
      const backend = await startTestService(partnershipsService, { namespace, databaseUrl: backendDatabase.url, spanProcessors });
      backends.push({ service: backend, database: backendDatabase });
    }
    if (options.withExchanges) {
      const backendDatabase = await createTestDatabase('exchanges');
      const backend = await startTestService(exchangesService, { namespace, databaseUrl: backendDatabase.url, spanProcessors });
      backends.push({ service: backend, database: backendDatabase });
    }
    if (options.withApplications) {
      const backendDatabase = await createTestDatabase('applications');
      const backend = await startTestService(applicationsService, { namespace, databaseUrl: backendDatabase.url, spanProcessors });
      backends.push({ service: backend, database: backendDatabase });
    }
    if (options.withNotifications) {
      const backendDatabase = await createTestDatabase('notifications');
      const backend = await startTestService(notificationsService, { namespace, databaseUrl: backendDatabase.url, spanProcessors, env: options.notificationsEnv });
      backends.push({ service: backend, database: backendDatabase });
    }
    return new GatewayUnderTest(service, database, namespace, backends);
  }

  get db(): PrismaClient {
    return this.service.app.get<PrismaClient>(DATABASE);
  }

  get<T>(token: Type<T> | string | symbol): T {
    return this.service.app.get<T>(token as Type<T>, { strict: false });
  }

  /**
   * Calls the gateway. With `stream`, a successful answer is not read (an event stream never
   * ends): its status and headers are returned and the connection is closed.
   */
  async request(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string>; stream?: boolean } = {},
  ): Promise<TestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let payload: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const controller = new AbortController();
    const response = await fetch(`${this.service.url}${path}`, { method, headers, body: payload, signal: controller.signal });
    if (options.stream && response.ok) {
      controller.abort();
      return { status: response.status, headers: response.headers, body: undefined };
    }
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body };
  }

  /** Signs in through the API and returns the issued tokens. */
  async login(email = TEST_ADMIN.email, password = TEST_ADMIN.password) {
    const response = await this.request('POST', '/v1/auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { accessToken: string; refreshToken: string; caller: CallerIdentity };
  }

  /** An access token for a made-up caller holding `grants` (signed by the gateway itself). */
  async tokenFor(grants: RoleGrant[], accountId: string = uuidv7()): Promise<string> {
    const issued = await this.get(AccessTokenService).issue({ accountId, email: `${accountId}@test.scn`, grants }, uuidv7());
    return issued.token;
  }

  /** Events the gateway wrote to its outbox, oldest first. */
  async outboxEvents(type?: string): Promise<Array<{ type: string; payload: any }>> {
    const rows = await this.db.$queryRawUnsafe<Array<{ type: string; payload: any }>>(
      `SELECT type, payload FROM outbox_events ${type ? 'WHERE type = $1' : ''} ORDER BY id`,
      ...(type ? [type] : []),
    );
    return rows;
  }

  async stop(): Promise<void> {
    for (const backend of this.backends) await backend.service.app.close();
    await this.service.app.close();
    const nc = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    await deleteNamespaceStreams(nc, this.namespace);
    await nc.close();
    await deleteNamespaceRedisKeys(this.namespace);
    await this.database.drop();
    for (const backend of this.backends) await backend.database.drop();
  }
}

/** Deletes the namespace's keys (BullMQ queues under its `{ns}` hash tag) from the shared Redis, and nothing else. */
async function deleteNamespaceRedisKeys(namespace: string): Promise<void> {
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix(namespace)}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
